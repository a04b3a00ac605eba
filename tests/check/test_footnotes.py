"""Footnote rules: missing, uncited, ends, duplicates, the marker's place."""

from draftapp.io.text import read_text
from draftapp.model import Footnote

from .helpers import CLEAN_EN, FR_HEAD, apply_fix, en, found, rules_of, zh


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


def test_duplicate_footnotes_are_merged_by_the_fix():
    draft = en(
        "*Noting* the report,<sup>1</sup>\n\n*Recalling* the strategy,<sup>2</sup>\n\n"
        "1. *Welcomes* the report;<sup>3</sup>\n\n2. *Decides* to act.\n\n"
        "<sup>1</sup> A/80/1.\n\n<sup>2</sup> Resolution 60/288.\n\n<sup>3</sup> A/80/1.\n"
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
