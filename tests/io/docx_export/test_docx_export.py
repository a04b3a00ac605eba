"""The official-format DOCX read back with python-docx (and lxml for the parts it does
not model): texts in order, italics, footnotes, NOTEREF fields and bookmarks, page
setup, running heads, languages, placeholders and the embedded draft."""

import zipfile
from pathlib import Path

import pytest
from docx.oxml.ns import qn
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches

from docx_export_reading import (
    W,
    body_paragraphs,
    footnotes,
    italic_texts,
    masthead_texts,
    open_docx,
    paragraph_events,
    part_xml,
)
from docx_export_samples import sample_draft
from draftapp.io.docx import export_docx
from draftapp.io.docx.embed import embedded_matches_text, read_embedded
from draftapp.io.docx.oxml import ORDER
from draftapp.io.errors import DraftIOError
from draftapp.io.formats import read_draft
from draftapp.lang import LANGUAGES, get_language
from draftapp.model import CrossRef, Draft, Footnote, FootnoteRef, Metadata, Paragraph, Text

EXAMPLE_EN = Path(__file__).resolve().parents[3] / "examples" / "csto-en.md"

EN_FOOTNOTES = [
    "A/71/160-S/2016/621.",
    "Resolution 49/57, annex.",
    "S/PRST/2010/1; see Resolutions and Decisions of the Security Council, 1 August 2009–31 July 2010.",
    "S/PRST/2013/12.",
    "Resolution 60/288.",
    "See Official Records of the Economic and Social Council, 2009, Supplement No. 8 (E/2009/28), chap. I, sect. C.",
]


@pytest.fixture(scope="module")
def english(tmp_path_factory):
    draft = read_draft(EXAMPLE_EN)
    draft.meta.symbol, draft.meta.date, draft.meta.job_number = "A/71/L.23", "2016-11-14", "16-20163"
    path = tmp_path_factory.mktemp("en") / "csto-en.docx"
    warnings = export_docx(draft, path)
    return draft, path, warnings


@pytest.fixture(scope="module")
def chinese(tmp_path_factory):
    draft = read_draft(Path(__file__).resolve().parents[2] / "fixtures" / "csto-draft-zh.md")
    path = tmp_path_factory.mktemp("zh") / "csto-zh.docx"
    warnings = export_docx(draft, path)
    return draft, path, warnings


# --- texts in order ----------------------------------------------------------------
def test_english_paragraph_texts_in_order(english):
    draft, path, warnings = english
    assert warnings == []
    paragraphs = [p.text for p in body_paragraphs(open_docx(path))]
    assert paragraphs[:4] == [
        "Seventy-first session",
        "Agenda item 126 (v)",
        "Cooperation between the United Nations and regional and other organizations:",
        "Cooperation between the United Nations and the Collective Security Treaty Organization",
    ]
    assert paragraphs[4] == "Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russian Federation and Tajikistan: draft resolution"
    assert paragraphs[5] == "Cooperation between the United Nations and the Collective Security Treaty Organization"
    assert paragraphs[6] == "The General Assembly,"
    assert paragraphs[-1] == ""  # the closing rule: an empty paragraph's top border
    closing = body_paragraphs(open_docx(path))[-1]._p
    assert closing.find(".//" + qn("w:pBdr") + "/" + qn("w:top")) is not None
    body = paragraphs[7:-1]
    assert len(body) == 14 + 9
    # preamble: the model's words; a citation adds nothing to the text
    for exported, p in zip(body[:14], draft.preamble):
        assert exported == p.text
    # operative: the number, a tab, the words; a repeated citation shows its number
    assert body[14] == "1.\t" + draft.operative[0].text.replace("organizations, and", "organizations,1 and")
    for n, (exported, p) in enumerate(zip(body[15:], draft.operative[1:]), start=2):
        expected = f"{n}.\t{p.text}"
        if n == 5:
            expected += "5"  # the repeated citation of footnote 5 at the very end
        assert exported == expected


def test_chinese_paragraph_texts_in_order(chinese):
    draft, path, _ = chinese
    paragraphs = [p.text for p in body_paragraphs(open_docx(path))]
    assert paragraphs[0] == "第七十一届会议"
    assert paragraphs[1] == "议程项目 126(v)"
    # the kind label on a line of its own, as in the Chinese documents
    assert "亚美尼亚、白俄罗斯、哈萨克斯坦、吉尔吉斯斯坦、俄罗斯联邦和塔吉克斯坦：\n决议草案" in paragraphs
    organ = paragraphs.index("大会，")
    body = paragraphs[organ + 1:-1]
    assert len(body) == 23
    assert body[0] == draft.preamble[0].text
    assert body[14].startswith("1.\t表示赞赏地注意到")
    assert body[22] == "9.\t" + draft.operative[8].text


# --- italics ---------------------------------------------------------------------------
def test_opening_phrases_and_organ_line_are_italic(english):
    _, path, _ = english
    paragraphs = body_paragraphs(open_docx(path))
    organ = next(p for p in paragraphs if p.text == "The General Assembly,")
    assert italic_texts(organ) == ["The General Assembly"]
    texts = [p.text for p in paragraphs]
    start = texts.index("The General Assembly,") + 1
    assert italic_texts(paragraphs[start]) == ["Having considered"]
    assert italic_texts(paragraphs[start + 2]) == ["Recalling also"]
    first_operative = paragraphs[start + 14]
    assert italic_texts(first_operative) == ["Takes note with appreciation"]
    assert first_operative.runs[0].text == "1." and not first_operative.runs[0].italic


def test_footnote_italics_survive(english):
    _, path, _ = english
    root = part_xml(path, "word/footnotes.xml")
    italic = [
        "".join(t.text for t in r.iter(f"{{{W}}}t"))
        for r in root.iter(f"{{{W}}}r")
        if r.find(f"{{{W}}}rPr/{{{W}}}i") is not None
    ]
    assert "Resolutions and Decisions of the Security Council, 1 August 2009–31 July 2010" in italic
    assert "Official Records of the Economic and Social Council, 2009, Supplement No. 8" in italic


# --- footnotes, NOTEREF fields, bookmarks ---------------------------------------------------
def test_footnotes_part_has_texts_in_citation_order(english, chinese):
    _, path, _ = english
    assert footnotes(path) == dict(enumerate(EN_FOOTNOTES, start=1))
    root = part_xml(path, "word/footnotes.xml")
    kinds = {note.get(f"{{{W}}}type"): int(note.get(f"{{{W}}}id")) for note in root if note.get(f"{{{W}}}type")}
    assert kinds == {"separator": -1, "continuationSeparator": 0}
    settings = part_xml(path, "word/settings.xml")
    assert [int(f.get(f"{{{W}}}id")) for f in settings.find(f"{{{W}}}footnotePr")] == [-1, 0]
    _, zh_path, _ = chinese
    zh = footnotes(zh_path)
    assert zh[1] == "A/71/160-S/2016/621。" and zh[5] == "第 60/288 号决议。" and len(zh) == 6


def test_each_footnote_is_cited_once_and_repeats_are_noterefs(english):
    draft, path, _ = english
    document = part_xml(path, "word/document.xml")
    events = [(i, e) for i, p in enumerate(document.iter(f"{{{W}}}p")) for e in paragraph_events(p)]
    references = [e[1] for _, e in events if e[0] == "footnote"]
    assert references == [1, 2, 3, 4, 5, 6]
    bookmarks = [e[1] for _, e in events if e[0] == "bookmark"]
    assert bookmarks == [f"_RefFootnote{n}" for n in range(1, 7)]
    noterefs = [e[1] for _, e in events if e[0] == "noteref"]
    assert noterefs == ["_RefFootnote1", "_RefFootnote5"]
    # each bookmark encloses the footnote reference of the same number
    for start in document.iter(f"{{{W}}}bookmarkStart"):
        run = start.getnext()
        reference = run.find(f"{{{W}}}footnoteReference")
        assert start.get(f"{{{W}}}name") == f"_RefFootnote{reference.get(f'{{{W}}}id')}"
        end = run.getnext()
        assert end.tag == f"{{{W}}}bookmarkEnd" and end.get(f"{{{W}}}id") == start.get(f"{{{W}}}id")


def test_noteref_result_is_superscript_footnote_reference(english):
    _, path, _ = english
    document = part_xml(path, "word/document.xml")
    styles = part_xml(path, "word/styles.xml")
    for instr in document.iter(f"{{{W}}}instrText"):
        if "NOTEREF" in instr.text:
            assert "\\f" in instr.text.split()  # formatted like a footnote reference
            run = instr.getparent()
            assert run.find(f"{{{W}}}rPr/{{{W}}}rStyle").get(f"{{{W}}}val") == "FootnoteReference"
    reference_style = next(s for s in styles.iter(f"{{{W}}}style") if s.get(f"{{{W}}}styleId") == "FootnoteReference")
    assert reference_style.find(f"{{{W}}}rPr/{{{W}}}vertAlign").get(f"{{{W}}}val") == "superscript"
    name = reference_style.find(f"{{{W}}}name").get(f"{{{W}}}val")
    assert name == "footnote reference"  # Word's built-in name, so Word treats it as its own


def test_marker_stands_before_punctuation_in_french_after_in_english(tmp_path):
    for code, expected in (("fr", ["text", "footnote", "text"]), ("en", ["text", "footnote"])):
        draft = sample_draft(code)
        # both written with the marker after the comma; the export places it per language
        path = tmp_path / f"{code}.docx"
        export_docx(draft, path)
        document = part_xml(path, "word/document.xml")
        first = next(p for p in document.iter(f"{{{W}}}p") if any(e[0] == "footnote" for e in paragraph_events(p)))
        events = [e for e in paragraph_events(first) if e[0] in ("text", "footnote")]
        assert [e[0] for e in events][-len(expected):] == expected
        if code == "fr":
            assert events[-1] == ("text", ",") and not events[-3][1].endswith(",")
        else:
            assert events[-2][1].endswith(",")


# --- page setup and running heads -----------------------------------------------------------
def test_section_page_size_margins_and_header_kinds(english, tmp_path):
    draft, path, _ = english
    section = open_docx(path).sections[0]
    assert section.page_width == Inches(8.5) and section.page_height == Inches(11)
    # the text block keeps its measured left edge (123.4 pt) and width (367.3 pt)
    assert abs(section.left_margin.pt - 123.4) < 0.1
    assert abs(section.page_width.pt - section.left_margin.pt - section.right_margin.pt - 367.3) < 0.1
    assert section.different_first_page_header_footer
    assert open_docx(path).settings.odd_and_even_pages_header_footer
    a4 = tmp_path / "a4.docx"
    export_docx(draft, a4, paper="a4")
    a4_section = open_docx(a4).sections[0]
    assert abs(a4_section.page_width.inches - 8.27) < 0.01 and abs(a4_section.page_height.inches - 11.69) < 0.01
    assert abs(Inches(1).inches * (a4_section.page_width - a4_section.left_margin - a4_section.right_margin) / Inches(1) - 5.10) < 0.01


def _instructions(story) -> list[str]:
    return [i.text.strip() for i in story._element.iter(f"{{{W}}}instrText")]


def test_headers_and_footers(english):
    _, path, _ = english
    section = open_docx(path).sections[0]
    even, odd = section.even_page_header.paragraphs[0], section.header.paragraphs[0]
    assert even.text == odd.text == "A/71/L.23"
    assert even.alignment == WD_ALIGN_PARAGRAPH.LEFT and odd.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert all(r.bold for r in even.runs)
    assert section.first_page_header.paragraphs[0].text == ""
    even_footer, odd_footer = section.even_page_footer.paragraphs[0], section.footer.paragraphs[0]
    # even: n/N then the job number; odd: mirrored
    assert even_footer.text.split("\t") == ["2/2", "16-20163"]
    assert odd_footer.text.split("\t") == ["16-20163", "2/2"]
    assert _instructions(section.even_page_footer) == ["PAGE", "NUMPAGES"]
    assert _instructions(section.footer) == ["PAGE", "NUMPAGES"]
    first = section.first_page_footer.paragraphs[0].text
    assert first.startswith("16-20163 (E)") and first.endswith("141116")


def test_masthead(english, chinese):
    _, path, _ = english
    cells = masthead_texts(open_docx(path))
    assert cells[1:3] == ["United Nations", "A/71/L.23"]
    assert cells[4] == "General Assembly"
    assert cells[5].split("\n") == ["Distr.: Limited", "14 November 2016", "Original: English"]
    _, zh_path, _ = chinese
    zh_cells = masthead_texts(open_docx(zh_path))
    assert zh_cells[1] == "联合国" and zh_cells[4] == "大会"


def test_language_line_when_the_original_is_another_language(tmp_path):
    draft = sample_draft("fr")  # original_language "en"
    path = tmp_path / "fr.docx"
    export_docx(draft, path)
    cells = masthead_texts(open_docx(path))
    assert cells[5].split("\n") == ["Distr.: Limited", "14 November 2016", "French", "Original: English"]
    assert open_docx(path).sections[0].first_page_footer.paragraphs[0].text.startswith("16-20163 (F)")


def test_document_properties(english):
    draft, path, _ = english
    props = open_docx(path).core_properties
    assert props.title == draft.meta.title
    assert props.subject == "A/71/L.23"
    assert props.language == "en-GB"


# --- languages -------------------------------------------------------------------------------
@pytest.mark.parametrize("code", LANGUAGES)
def test_each_language_exports_with_its_own_words(code, tmp_path):
    lang = get_language(code)
    draft = sample_draft(code)
    path = tmp_path / f"{code}.docx"
    assert export_docx(draft, path) == []
    document = open_docx(path)
    texts = [p.text for p in body_paragraphs(document)]
    assert texts[0] == lang.session_name(71)
    assert texts[1] == lang.agenda_line(["126 (v)"])
    sponsors = next(t for t in texts if t.startswith(lang.join(draft.sponsors)))
    assert sponsors.endswith(lang.kind_label("draft-resolution"))
    organ = lang.organ_line("ga").replace("*", "")
    assert organ in texts
    labels = lang.labels
    body = texts[texts.index(organ) + 1:]
    assert body[2].startswith(labels.operative.format(1) + "\t")
    assert body[4].startswith(labels.level(1).label(1) + "\t")
    assert body[5].startswith(labels.level(1).label(2) + "\t")
    assert body[6].startswith(labels.operative.format(3) + "\t")
    assert masthead_texts(document)[1] == lang.united_nations
    assert footnotes(path)[1] == draft.footnotes[0].text
    assert read_embedded(path) == draft


def test_arabic_is_right_to_left(tmp_path):
    path = tmp_path / "ar.docx"
    export_docx(sample_draft("ar"), path)
    document = part_xml(path, "word/document.xml")
    body_ps = list(document.find(f"{{{W}}}body").iterchildren(f"{{{W}}}p"))
    assert body_ps and all(p.find(f"{{{W}}}pPr/{{{W}}}bidi") is not None for p in body_ps)
    arabic_runs = [r for p in body_ps for r in p.iter(f"{{{W}}}r") if any("\u0600" <= ch <= "\u06ff" for t in r.iter(f"{{{W}}}t") for ch in t.text or "")]
    assert arabic_runs and all(r.find(f"{{{W}}}rPr/{{{W}}}rtl") is not None for r in arabic_runs)
    masthead = open_docx(path).sections[0].first_page_header.tables[0]._tbl  # page 1's own header
    assert masthead.find(f"{{{W}}}tblPr/{{{W}}}bidiVisual") is not None
    styles = part_xml(path, "word/styles.xml")
    fonts = styles.find(f"{{{W}}}docDefaults//{{{W}}}rFonts")
    assert fonts.get(f"{{{W}}}cs") == "Simplified Arabic"
    notes = part_xml(path, "word/footnotes.xml")
    assert all(n.find(f".//{{{W}}}bidi") is not None for n in notes if not n.get(f"{{{W}}}type"))
    # running heads hold left-to-right text only and keep the other versions' places
    section = open_docx(path).sections[0]
    even = section.even_page_header.paragraphs[0]
    assert even.alignment == WD_ALIGN_PARAGRAPH.LEFT and even._p.find(f".//{{{W}}}bidi") is None


def test_chinese_uses_a_cjk_font_with_fallbacks(chinese):
    _, path, _ = chinese
    styles = part_xml(path, "word/styles.xml")
    for rpr in (styles.find(f"{{{W}}}docDefaults//{{{W}}}rPr"), next(
        s for s in styles.iter(f"{{{W}}}style") if s.get(f"{{{W}}}styleId") == "Normal"
    ).find(f"{{{W}}}rPr")):
        assert rpr.find(f"{{{W}}}rFonts").get(f"{{{W}}}eastAsia") == "SimSun"
        assert rpr.find(f"{{{W}}}lang").get(f"{{{W}}}eastAsia") == "zh-CN"
    table = part_xml(path, "word/fontTable.xml")
    simsun = next(f for f in table if f.get(f"{{{W}}}name") == "SimSun")
    assert simsun.find(f"{{{W}}}altName") is not None
    # full-width punctuation comes through untouched
    texts = [p.text for p in body_paragraphs(open_docx(path))]
    assert any("，" in t and "；" in t for t in texts)


# --- placeholders and warnings ------------------------------------------------------------
def test_missing_masthead_fields_show_placeholders_and_warn(tmp_path):
    draft = sample_draft("en", complete=False)
    draft.meta.session = None
    path = tmp_path / "incomplete.docx"
    warnings = export_docx(draft, path)
    assert len(warnings) == 4
    for field, placeholder in (("symbol", "[Symbol]"), ("date", "[Date]"), ("job number", "[Job number]"), ("session", "[Session]")):
        assert any(w.startswith(f"the {field} ") and placeholder in w for w in warnings)
    document = open_docx(path)
    cells = masthead_texts(document)
    assert cells[2] == "[Symbol]" and "[Date]" in cells[5]
    assert body_paragraphs(document)[0].text == "[Session]"
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "[Symbol]"
    assert section.first_page_footer.paragraphs[0].text.startswith("[Job number] (E)")


def test_bad_date_is_a_warning_with_placeholder(tmp_path):
    draft = sample_draft("en")
    draft.meta.date = "14/11/2016"
    warnings = export_docx(draft, tmp_path / "x.docx")
    assert any("'14/11/2016' is not a date" in w for w in warnings)


def test_uncited_footnote_is_reported(tmp_path):
    draft = sample_draft("en")
    draft.operative[0].runs = [r for r in draft.operative[0].runs if isinstance(r, Text)]
    warnings = export_docx(draft, tmp_path / "x.docx")
    assert warnings == ["footnote 2 is not cited in the text, so the document does not show it"]


def test_a_draft_with_check_errors_still_exports(tmp_path):
    draft = sample_draft("en")
    draft.operative[0].runs = [Text("welcomes without capital or end punctuation")]
    draft.operative.append(Paragraph.of(""))
    path = tmp_path / "x.docx"
    export_docx(draft, path)
    texts = [p.text for p in body_paragraphs(open_docx(path))]
    assert "1.\twelcomes without capital or end punctuation" in texts
    assert texts[-2] == "4.\t"


def test_cross_reference_shows_the_current_number(tmp_path):
    draft = sample_draft("en")
    target = draft.operative[1].children[1]
    draft.operative[2].runs = [Text("Recalls paragraph "), CrossRef(target.id), Text(" above.")]
    path = tmp_path / "x.docx"
    export_docx(draft, path)
    assert [p.text for p in body_paragraphs(open_docx(path))][-2] == "3.\tRecalls paragraph 2 (b) above."


# --- the file ------------------------------------------------------------------------------
def test_export_embeds_the_draft(english):
    draft, path, _ = english
    assert read_embedded(path) == draft
    assert embedded_matches_text(path) is True


def test_properties_elements_are_in_schema_order(english, chinese, tmp_path):
    """Word refuses a file whose property children are out of schema order."""
    ar = tmp_path / "ar.docx"
    export_docx(sample_draft("ar"), ar)
    for path in (english[1], chinese[1], ar):
        for part in ("word/document.xml", "word/footnotes.xml", "word/styles.xml", "word/footer1.xml", "word/header1.xml"):
            root = part_xml(path, part)
            for parent_tag, order in ORDER.items():
                names = order.split()
                for parent in root.iter(f"{{{W}}}{parent_tag[2:]}"):
                    ranks = [names.index(c.tag.split("}")[1]) for c in parent if c.tag.split("}")[1] in names]
                    assert ranks == sorted(ranks), (part, parent_tag, [c.tag for c in parent])


def test_wrong_extension_and_unwritable_folder_are_clear_errors(tmp_path):
    draft = sample_draft("en")
    with pytest.raises(DraftIOError, match=r"\.docx"):
        export_docx(draft, tmp_path / "x.pdf")
    with pytest.raises(DraftIOError, match="cannot write"):
        export_docx(draft, tmp_path / "missing" / "x.docx")


def test_existing_file_is_replaced_whole(tmp_path):
    path = tmp_path / "x.docx"
    path.write_bytes(b"old")
    export_docx(sample_draft("en"), path)
    assert read_embedded(path) == sample_draft("en")
    assert [p.name for p in tmp_path.iterdir()] == ["x.docx"]


def test_command_line_export(tmp_path, capsys):
    from draftapp.cli import main

    source = tmp_path / "csto.md"
    source.write_text(EXAMPLE_EN.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "csto.docx"
    assert main(["export", str(source), "-o", str(out), "--paper", "a4"]) == 0
    assert read_embedded(out) == read_draft(source)
    err = capsys.readouterr().err
    assert "warning: the symbol is not set" in err
    assert main(["export", str(tmp_path / "none.md"), "-o", str(out)]) == 2
    assert "none.md" in capsys.readouterr().err


def test_asterisk_notes_for_the_provisional_agenda_and_the_sponsors(tmp_path):
    draft = sample_draft("en")
    draft.meta.provisional_agenda = "A/71/150"
    draft.meta.sponsors_note = True
    path = tmp_path / "stars.docx"
    assert export_docx(draft, path) == []
    document = part_xml(path, "word/document.xml")
    references = list(document.iter(f"{{{W}}}footnoteReference"))
    custom = [r for r in references if r.get(f"{{{W}}}customMarkFollows") == "1"]
    # the agenda note first (*), then the sponsors note (**); ids ascend in document order
    assert [int(r.get(f"{{{W}}}id")) for r in references] == [1, 2, 3, 4]
    assert len(custom) == 2
    for reference, mark in zip(custom, ("*", "**")):
        following = reference.getparent().itersiblings()
        assert "".join(next(following).findtext(f"{{{W}}}t") for _ in mark) == mark
    notes = footnotes(path)
    assert notes[1] == "*A/71/150."
    assert notes[2] == "**" + get_language("en").data["sponsors_note"]
    assert notes[3] == draft.footnotes[0].text
    texts = [p.text for p in body_paragraphs(open_docx(path))]
    assert texts[1] == "Item 126 (v) of the provisional agenda*"
    assert "Armenia and Belarus:** draft resolution" in texts
    # the numbered footnotes keep their numbers: bookmarks and NOTEREF use the number
    assert [e[1] for p in document.iter(f"{{{W}}}p") for e in paragraph_events(p) if e[0] == "noteref"] == ["_RefFootnote1"]


def test_adopted_resolution_has_its_own_head_and_closing(tmp_path):
    draft = read_draft(Path(__file__).resolve().parents[2] / "fixtures" / "A_RES_73_7-partial-en.md")
    path = tmp_path / "res.docx"
    assert export_docx(draft, path) == []
    document = open_docx(path)
    cells = masthead_texts(document)
    assert cells[2] == "A/RES/73/7"
    assert cells[5].split("\n") == ["Distr.: General", "31 October 2018"]  # no "Original" on a resolution
    paragraphs = body_paragraphs(document)
    texts = [p.text for p in paragraphs]
    assert texts[:5] == [
        "Seventy-third session",
        "Agenda item 77",
        "Resolution adopted by the General Assembly on 29 October 2018",
        "[without reference to a Main Committee (A/73/L.8 and A/73/L.8/Add.1)]",
        "73/7.\tReport of the International Criminal Court",
    ]
    reference = paragraphs[3]
    assert [(r.text, bool(r.italic)) for r in reference.runs] == [
        ("[", False), ("without reference to a Main Committee (A/73/L.8 and A/73/L.8/Add.1)", True), ("]", False)]
    title = paragraphs[4]
    assert title.paragraph_format.first_line_indent < 0  # the number hangs in the margin
    assert not any(t.endswith("draft resolution") for t in texts)
    closing = paragraphs[-3:-1]  # one paragraph a line, so each reads back as itself
    assert [p.text for p in closing] == ["28th plenary meeting", "29 October 2018"]
    for line in closing:
        assert line.alignment == WD_ALIGN_PARAGRAPH.RIGHT and all(r.italic for r in line.runs if r.text.strip())
    assert closing[0].paragraph_format.keep_with_next
    assert footnotes(path)[1] == "United Nations, Treaty Series, vol. 2187, No. 38544."


def test_a_real_english_draft_with_sixty_sponsors_and_the_sponsors_note(tmp_path):
    draft = read_draft(Path(__file__).resolve().parents[2] / "fixtures" / "A_80_L.9_en.md")
    draft.meta.symbol, draft.meta.date, draft.meta.job_number = "A/80/L.9", "2025-11-05", "25-17846"
    path = tmp_path / "l9.docx"
    assert export_docx(draft, path) == []
    texts = [p.text for p in body_paragraphs(open_docx(path))]
    sponsors = next(t for t in texts if t.startswith("Andorra, Armenia"))
    assert sponsors.endswith("Zambia and State of Palestine:* draft resolution")
    notes = footnotes(path)
    assert notes[1] == "*" + get_language("en").data["sponsors_note"]
    assert len(notes) == 1 + len(draft.footnotes)
    assert open_docx(path).sections[0].first_page_footer.paragraphs[0].text.split() == ["25-17846", "(E)", "051125"]


def test_security_council_draft_needs_no_session_agenda_or_title(tmp_path):
    draft = sample_draft("en")
    draft.meta.organ, draft.meta.session, draft.meta.agenda, draft.meta.title = "sc", None, [], ""
    draft.footnotes, draft.preamble[0].runs = [], draft.preamble[0].runs[:-1]
    draft.operative[0].runs, draft.operative[2].runs = draft.operative[0].runs[:-1], draft.operative[2].runs[:-1]
    path = tmp_path / "sc.docx"
    assert export_docx(draft, path) == []
    document = open_docx(path)
    assert masthead_texts(document)[4] == "Security Council"
    texts = [p.text for p in body_paragraphs(document)]
    assert texts[0] == "Armenia and Belarus: draft resolution"
    assert texts[1] == "The Security Council,"
    with zipfile.ZipFile(path) as z:
        assert "word/footnotes.xml" not in z.namelist()  # no notes, no footnotes part


def test_main_committee_draft_names_its_committee(tmp_path):
    draft = sample_draft("fr")
    draft.meta.organ = "ga-c3"
    path = tmp_path / "c3.docx"
    export_docx(draft, path)
    texts = [p.text for p in body_paragraphs(open_docx(path))]
    assert texts[:3] == ["Soixante et onzième session", "Troisième Commission", get_language("fr").agenda_line(["126 (v)"])]


def test_control_characters_tabs_and_breaks_do_not_break_the_file(tmp_path):
    draft = sample_draft("en")
    draft.meta.title = "Title\x0bwith a vertical tab"
    draft.preamble[1].runs = [Text("Pasted\x0cfrom a PDF\x01,\tthen a tab\nand a break,")]
    path = tmp_path / "x.docx"
    export_docx(draft, path)
    texts = [p.text for p in body_paragraphs(open_docx(path))]
    assert "Pastedfrom a PDF,\tthen a tab\nand a break," in texts
    assert open_docx(path).core_properties.title == "Titlewith a vertical tab"
    assert read_embedded(path) == draft  # the embedded draft keeps every character


@pytest.mark.parametrize("field, value, message", [
    ("organ", "ga-c9", "unknown organ 'ga-c9'"),
    ("kind", "memo", "unknown document kind 'memo'"),
])
def test_unknown_codes_from_a_hand_edited_draft_are_clear_errors(tmp_path, field, value, message):
    draft = sample_draft("en")
    setattr(draft.meta, field, value)
    with pytest.raises(DraftIOError, match=message):
        export_docx(draft, tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists()


def test_unknown_language_and_paper_are_clear_errors(tmp_path):
    draft = sample_draft("en")
    with pytest.raises(DraftIOError, match="paper"):
        export_docx(draft, tmp_path / "x.docx", paper="legal")
    draft.language = "de"
    with pytest.raises(DraftIOError, match="unknown language 'de'"):
        export_docx(draft, tmp_path / "x.docx")


def test_session_number_out_of_range_is_a_placeholder(tmp_path):
    draft = sample_draft("en")
    draft.meta.session = 500
    warnings = export_docx(draft, tmp_path / "x.docx")
    assert len(warnings) == 1 and warnings[0].startswith("the session cannot be named")
    assert body_paragraphs(open_docx(tmp_path / "x.docx"))[0].text == "[Session]"


def test_template_leftovers_are_gone(english):
    """Only the styles the document uses, no list definitions, no bibliography part,
    no thumbnail, and the document does not claim to come from Word for Mac."""
    _, path, _ = english
    styles = part_xml(path, "word/styles.xml")
    ids = {s.get(f"{{{W}}}styleId") for s in styles.iter(f"{{{W}}}style")}
    assert {"Normal", "FootnoteText", "FootnoteReference"} <= ids
    assert "Heading1" not in ids and "ListBullet" not in ids and len(ids) < 10
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert "word/numbering.xml" not in names and "docProps/thumbnail.jpeg" not in names
        assert [n for n in names if n.startswith("customXml/item") and "Props" not in n] == ["customXml/item1.xml"]
        assert b"<Application>Draftapp</Application>" in z.read("docProps/app.xml")


def test_an_empty_footnote_and_a_lost_cross_reference_are_warned_about(tmp_path):
    empty = Footnote.of("")
    gone = Paragraph.of("Decides two;")
    draft = Draft(
        meta=Metadata(session=80, symbol="A/80/L.1", date="2025-11-05", job_number="25-00001", title="T"),
        preamble=[Paragraph(runs=[Text("Recalling x,"), FootnoteRef(empty.id)])],
        operative=[Paragraph(runs=[Text("Decides as in paragraph "), CrossRef(gone.id), Text(" above.")])],
        footnotes=[empty],
    )
    warnings = export_docx(draft, tmp_path / "x.docx")
    assert any("footnote 1 is empty" in w for w in warnings)
    assert any("cross-reference" in w and "'?'" in w for w in warnings)


def test_new_footnote_style_prints_a_footnote_cited_again_as_a_new_footnote(tmp_path):
    draft = sample_draft("en")  # the 71st-session sample cites note 1 again ("same")
    same = tmp_path / "same.docx"
    export_docx(draft, same)
    draft.meta.footnote_repeats = "new"  # the current practice
    new = tmp_path / "new.docx"
    export_docx(draft, new)
    assert len(footnotes(new)) == len(footnotes(same)) + 1
    assert footnotes(new)[3] == footnotes(new)[1] == draft.footnotes[0].text
    assert read_embedded(new) == draft  # the draft itself is embedded, as given
