"""Footnote rules: missing, uncited, ends, duplicates, the marker's place."""

from draftapp.io.text import read_text
from draftapp.model import Footnote

from .helpers import CLEAN_EN, EN_HEAD, FR_HEAD, apply_fix, en, found, rules_of, zh


def test_clean_draft_has_no_footnote_diagnostics():
    assert not [r for r in rules_of(en(CLEAN_EN)) if r.startswith("footnotes.")]


def test_citation_of_a_missing_footnote_is_an_error():
    draft = en("*Noting* the report,<sup>2</sup>\n\n1. *Decides* to act.<sup>1</sup>\n\n<sup>1</sup> A/80/1.\n")
    [d] = found(draft, "footnotes.missing")
    assert d.severity == "error" and "footnote 2" in d.message
    assert d.span == (len("Noting the report,"), len("Noting the report,") + 1)


def test_uncited_footnote_is_reported():
    draft = en(CLEAN_EN)
    draft.footnotes.append(Footnote.of("A/80/2."))
    [d] = found(draft, "footnotes.uncited")
    assert d.paragraph_id == draft.footnotes[-1].id


def test_footnote_end_is_reported_and_fixed():
    draft = en("*Noting* the report,<sup>1</sup>\n\n1. *Decides* to act.\n\n<sup>1</sup> A/80/1\n")
    [d] = found(draft, "footnotes.end")
    apply_fix(draft, d)
    assert draft.footnotes[0].text == "A/80/1."
    assert not found(draft, "footnotes.end")


def test_chinese_footnote_ends_with_full_stop():
    draft = zh("回顾报告，<sup>1</sup>\n\n1. 决定继续处理此案。\n\n<sup>1</sup> A/80/1.\n")
    [d] = found(draft, "footnotes.end")
    apply_fix(draft, d)
    assert draft.footnotes[0].text == "A/80/1。"


SAME_STYLE = "<!-- draftapp\nfootnote-repeats: same\n-->\n"


def test_duplicate_footnotes_are_merged_by_the_fix():
    # in a draft whose style cites the first footnote again (the 71st-session practice)
    draft = en(
        "*Noting* the report,<sup>1</sup>\n\n*Recalling* the strategy,<sup>2</sup>\n\n"
        "1. *Welcomes* the report;<sup>3</sup>\n\n2. *Decides* to act.\n\n"
        "<sup>1</sup> A/80/1.\n\n<sup>2</sup> Resolution 60/288.\n\n<sup>3</sup> A/80/1.\n",
        head=SAME_STYLE + EN_HEAD,
    )
    [d] = found(draft, "footnotes.duplicate")
    assert "footnote 3" in d.message.lower() and "footnote 1 again" in d.message
    apply_fix(draft, d)
    assert len(draft.footnotes) == 2
    assert not [r for r in rules_of(draft) if r.startswith("footnotes.")]
    refs = [r.footnote_id for r in draft.operative[0].runs if hasattr(r, "footnote_id")]
    assert refs == [draft.footnotes[0].id]


def test_marker_before_punctuation_is_wrong_in_english_and_fixed():
    draft = en("*Noting* the report<sup>1</sup>,\n\n1. *Decides* to act.\n\n<sup>1</sup> A/80/1.\n")
    [d] = found(draft, "footnotes.marker-place")
    apply_fix(draft, d)
    assert draft.preamble[0].flat_text() == "Noting the report,\ufffc"
    assert not found(draft, "footnotes.marker-place")


def test_marker_after_punctuation_is_wrong_in_french_and_fixed():
    body = "*Prenant note* du rapport,<sup>1</sup>\n\n1. *Décide* de rester saisie de la question.\n\n<sup>1</sup> A/80/1.\n"
    draft = read_text(FR_HEAD + body)
    [d] = found(draft, "footnotes.marker-place")
    apply_fix(draft, d)
    assert draft.preamble[0].flat_text() == "Prenant note du rapport\ufffc,"
    assert not found(draft, "footnotes.marker-place")


def test_french_marker_before_punctuation_passes():
    body = "*Prenant note* du rapport<sup>1</sup>,\n\n1. *Décide* de rester saisie de la question.\n\n<sup>1</sup> A/80/1.\n"
    assert not found(read_text(FR_HEAD + body), "footnotes.marker-place")


# --- the repetition style of the draft (issue 13) -----------------------------------------
NEW_STYLE = "<!-- draftapp\nfootnote-repeats: new\n-->\n"
REPEATED_TEXT = (
    "*Noting* the report,<sup>1</sup>\n\n1. *Welcomes* the report;<sup>2</sup>\n\n2. *Decides* to act.\n\n"
    "<sup>1</sup> A/80/1.\n\n<sup>2</sup> A/80/1.\n"
)
CITED_AGAIN = "*Noting* the report,<sup>1</sup>\n\n1. *Welcomes* the report;<sup>1</sup>\n\n2. *Decides* to act.\n\n<sup>1</sup> A/80/1.\n"


def test_new_footnote_style_never_suggests_merging():
    draft = en(REPEATED_TEXT, head=NEW_STYLE + EN_HEAD)
    assert draft.meta.footnote_repeats == "new"
    assert not found(draft, "footnotes.duplicate")


def test_new_footnote_style_reports_a_citation_again_and_makes_a_new_footnote():
    draft = en(CITED_AGAIN, head=NEW_STYLE + EN_HEAD)
    [d] = found(draft, "footnotes.duplicate")
    assert d.part == "operative" and "new footnote with the same text" in d.message
    apply_fix(draft, d)
    assert [f.text for f in draft.footnotes] == ["A/80/1.", "A/80/1."]
    assert not [r for r in rules_of(draft) if r.startswith("footnotes.")]


def test_a_mix_of_the_two_styles_is_reported_as_such():
    body = (
        "*Noting* the report,<sup>1</sup>\n\n*Recalling* it,<sup>1</sup>\n\n1. *Welcomes* the report;<sup>2</sup>\n\n2. *Decides* to act.\n\n"
        "<sup>1</sup> A/80/1.\n\n<sup>2</sup> A/80/1.\n"
    )
    for style in ("new", "same"):
        draft = en(body, head=f"<!-- draftapp\nfootnote-repeats: {style}\n-->\n" + EN_HEAD)
        [d] = found(draft, "footnotes.duplicate")
        assert "both ways" in d.message


def test_identical_ibid_notes_are_no_repeated_source():
    body = (
        "*Noting* the report,<sup>1</sup>\n\n*Recalling* it,<sup>2</sup>\n\n1. *Welcomes* the plan;<sup>3</sup>\n\n2. *Decides* to act.<sup>4</sup>\n\n"
        "<sup>1</sup> A/80/1.\n\n<sup>2</sup> Ibid.\n\n<sup>3</sup> A/80/2.\n\n<sup>4</sup> Ibid.\n"
    )
    assert not found(en(body, head=SAME_STYLE + EN_HEAD), "footnotes.duplicate")


def test_the_style_is_read_from_what_a_text_does():
    assert en(REPEATED_TEXT).meta.footnote_repeats == "new"
    assert en(CITED_AGAIN).meta.footnote_repeats == "same"
    # a text that repeats nothing takes the current practice
    assert en(CLEAN_EN.replace("<sup>1</sup>\n\n1.", "\n\n1.")).meta.footnote_repeats == "new"


def test_the_csto_draft_of_the_71st_session_cites_its_note_again(csto_text=None):
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "fixtures" / "csto-draft-zh.md").read_text(encoding="utf-8")
    draft = read_text(text)
    assert draft.meta.footnote_repeats == "same"
    assert not found(draft, "footnotes.duplicate")


def _styled(language_head: str, style: str) -> str:
    return language_head.replace("<!-- draftapp\n", f"<!-- draftapp\nfootnote-repeats: {style}\n")


def test_styles_in_french():
    body = "*Notant* le rapport<sup>1</sup>,\n\n1. *Accueille avec satisfaction* le rapport<sup>2</sup>;\n\n2. *Décide* d'agir.\n\n<sup>1</sup> A/80/1.\n\n<sup>2</sup> A/80/1.\n"
    assert not found(read_text(_styled(FR_HEAD, "new") + body), "footnotes.duplicate")
    assert len(found(read_text(_styled(FR_HEAD, "same") + body), "footnotes.duplicate")) == 1
    again = body.replace("rapport<sup>2</sup>;", "rapport<sup>1</sup>;").replace("\n\n<sup>2</sup> A/80/1.", "")
    assert len(found(read_text(_styled(FR_HEAD, "new") + again), "footnotes.duplicate")) == 1


ES_HEAD = "<!-- draftapp\nlanguage: es\n-->\n*La Asamblea General*,\n\n"


def test_styles_in_spanish():
    body = "*Observando* el informe<sup>1</sup>,\n\n1. *Acoge con beneplácito* el informe<sup>2</sup>;\n\n2. *Decide* actuar.\n\n<sup>1</sup> A/80/1.\n\n<sup>2</sup> A/80/1.\n"
    assert not found(read_text(_styled(ES_HEAD, "new") + body), "footnotes.duplicate")
    assert len(found(read_text(_styled(ES_HEAD, "same") + body), "footnotes.duplicate")) == 1
    ibid = body.replace("<sup>1</sup> A/80/1.", "<sup>1</sup> Ibid.").replace("<sup>2</sup> A/80/1.", "<sup>2</sup> Ibid.")
    assert not found(read_text(_styled(ES_HEAD, "same") + ibid), "footnotes.duplicate")


def test_styles_in_chinese():
    body = "注意到报告，<sup>1</sup>\n\n1. 欢迎报告；<sup>2</sup>\n\n2. 决定采取行动。\n\n<sup>1</sup> A/80/1。\n\n<sup>2</sup> A/80/1。\n"
    head = "<!-- draftapp\nlanguage: zh\nfootnote-repeats: {}\n-->\n"
    from .helpers import ZH_HEAD

    assert not found(zh(body, head=head.format("new") + ZH_HEAD), "footnotes.duplicate")
    assert len(found(zh(body, head=head.format("same") + ZH_HEAD), "footnotes.duplicate")) == 1
    ibid = body.replace("A/80/1。", "同上。")
    assert not found(zh(ibid, head=head.format("same") + ZH_HEAD), "footnotes.duplicate")
