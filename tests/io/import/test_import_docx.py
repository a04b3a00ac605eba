"""DOCX import by structure, on Word documents made here with python-docx: paragraphs,
Word footnotes, italic runs, typed numbering and Word list numbering."""

from __future__ import annotations

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from draftapp.io.docx.oxml import footnotes_part, footnote_reference
from draftapp.io.formats import read_draft
from draftapp.model import FootnoteRef, Text, footnote_numbers

MASTHEAD = ["United Nations", "A/80/L.99", "General Assembly", "Distr.: Limited", "3 November 2025",
            "Original: English", "Eightieth session", "Agenda item 74", "Report of the International Criminal Court",
            "Andorra, Bosnia and Herzegovina and Zambia:* draft resolution", "Report of the International Criminal Court"]


def add(document, *pieces, style=None):
    """A paragraph from pieces: plain strings, ("i", text) for italic, ("fn", note text)."""
    p = document.add_paragraph(style=style)
    for piece in pieces:
        if isinstance(piece, str):
            p.add_run(piece)
        elif piece[0] == "i":
            p.add_run(piece[1]).italic = True
        elif piece[0] == "b":
            p.add_run(piece[1]).bold = True
        elif piece[0] == "fn":
            notes = footnotes_part(document)
            note_id = len(notes.element.findall(qn("w:footnote"))) - 1
            body = notes.add_footnote(note_id)
            body.append(parse_xml(f'<w:r {nsdecls("w")}><w:footnoteRef/></w:r>'))
            body.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve"> {piece[1]}</w:t></w:r>'))
            footnote_reference(p.add_run(), note_id)
    return p


def word_list(document):
    """A Word list: level 0 decimal "1.", level 1 "(a)", level 2 "(i)"; returns its numId."""
    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate([("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)")])
    )
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return 90


def listed(paragraph, num_id: int, level: int):
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return paragraph


def masthead(document):
    for line in MASTHEAD:
        document.add_paragraph(line)


def test_word_draft_with_typed_numbers_italics_and_footnotes(tmp_path):
    d = docx.Document()
    masthead(d)
    add(d, ("i", "The General Assembly"), ",")
    add(d, ("i", "Recalling"), " its resolution 79/6 of 29 October 2024,", ("fn", "A/79/PV.30."))
    add(d, ("i", "Noting"), " the report of the Court", ("fn", "A/80/342."), " and the ", ("i", "proprio motu"), " powers,")
    add(d, "1.\t", ("i", "Welcomes"), " the report;")
    add(d, "2.\t", ("i", "Decides"), ":")
    add(d, "(a)\tthat the Court", ("fn", "See A/80/1."), " shall report;")
    add(d, "(b)\tthat the report shall be ", ("b", "public"), ".")
    path = tmp_path / "draft.docx"
    d.save(path)

    draft = read_draft(path)
    assert draft.language == "en"
    assert (draft.meta.symbol, draft.meta.date, draft.meta.session) == ("A/80/L.99", "2025-11-03", 80)
    assert draft.meta.agenda[0].titles == ["Report of the International Criminal Court"]
    assert draft.sponsors == ["Andorra", "Bosnia and Herzegovina", "Zambia"] and draft.meta.sponsors_note
    assert draft.meta.title == "Report of the International Criminal Court"
    assert [p.text for p in draft.preamble] == [
        "Recalling its resolution 79/6 of 29 October 2024,", "Noting the report of the Court and the proprio motu powers,"]
    assert draft.preamble[0].runs[0] == Text("Recalling", italic=True)
    assert Text("proprio motu", italic=True) in draft.preamble[1].runs
    assert [p.text for p in draft.operative] == ["Welcomes the report;", "Decides:"]
    assert [c.text for c in draft.operative[1].children] == ["that the Court shall report;", "that the report shall be public."]
    assert Text("public", bold=True) in draft.operative[1].children[1].runs
    assert [f.text for f in draft.footnotes] == ["A/79/PV.30.", "A/80/342.", "See A/80/1."]
    numbers = footnote_numbers(draft)
    cite = draft.preamble[1].runs[2]
    assert isinstance(cite, FootnoteRef) and numbers[cite.footnote_id] == 2


def test_word_list_numbering_gives_operative_paragraphs_and_subparagraphs(tmp_path):
    d = docx.Document()
    add(d, ("i", "The General Assembly"), ",")
    add(d, ("i", "Recalling"), " its resolution 1/1,")
    num = word_list(d)
    listed(add(d, ("i", "Decides"), ":"), num, 0)
    listed(add(d, "that one;"), num, 1)
    listed(add(d, "first point;"), num, 2)
    listed(add(d, "second point;"), num, 2)
    listed(add(d, "that two;"), num, 1)
    listed(add(d, ("i", "Requests"), " a report."), num, 0)
    path = tmp_path / "listed.docx"
    d.save(path)

    draft = read_draft(path)
    assert len(draft.preamble) == 1
    assert [p.text for p in draft.operative] == ["Decides:", "Requests a report."]
    first = draft.operative[0]
    assert [c.text for c in first.children] == ["that one;", "that two;"]
    assert [c.text for c in first.children[0].children] == ["first point;", "second point;"]
    assert all(p.typed_label is None for p in draft.paragraphs())  # Word's numbers agree with ours


def test_a_decision_in_french_with_lettered_paragraphs(tmp_path):
    d = docx.Document()
    add(d, ("i", "L’Assemblée générale"), ",")
    add(d, ("i", "Rappelant"), " sa résolution 47/120 A du 18 décembre 1992 :")
    add(d, "a)\t", ("i", "Décide"), " de poursuivre l’examen de la question ;")
    add(d, "b)\t", ("i", "Prie"), " le Secrétaire général de lui faire rapport.")
    path = tmp_path / "decision.docx"
    d.save(path)
    draft = read_draft(path)
    assert draft.language == "fr"
    assert len(draft.preamble) == 1 and len(draft.operative) == 2
    assert [p.typed_label for p in draft.operative] == ["a)", "b)"]


def test_headings_in_the_operative_part(tmp_path):
    d = docx.Document()
    add(d, ("i", "The General Assembly"), ",")
    add(d, ("i", "Recalling"), " its resolution 1/1,")
    add(d, ("b", "I"))
    add(d, ("b", "Strengthening of the system"))
    add(d, "1.\t", ("i", "Decides"), " to act;")
    add(d, ("b", "II"))
    add(d, "2.\t", ("i", "Requests"), " a report.")
    path = tmp_path / "sections.docx"
    d.save(path)
    draft = read_draft(path)
    assert [(p.heading, p.text) for p in draft.operative] == [
        (True, "I. Strengthening of the system"), (False, "Decides to act;"), (True, "II"), (False, "Requests a report.")]


def test_numbering_through_the_list_number_style(tmp_path):
    """Word's "List Number" style numbers its paragraphs through styles.xml, not numPr."""
    d = docx.Document()
    add(d, ("i", "The General Assembly"), ",")
    add(d, ("i", "Recalling"), " its resolution 1/1,")
    # no opening phrase a reader would know: only the numbering says these are operative
    add(d, "Something is done;", style="List Number")
    add(d, "Something else is done.", style="List Number")
    path = tmp_path / "styled.docx"
    d.save(path)
    draft = read_draft(path)
    assert [p.text for p in draft.preamble] == ["Recalling its resolution 1/1,"]
    assert [p.text for p in draft.operative] == ["Something is done;", "Something else is done."]


def test_hidden_text_and_text_box_fallbacks_are_read_once(tmp_path):
    d = docx.Document()
    add(d, ("i", "The General Assembly"), ",")
    p = add(d, ("i", "Recalling"), " its resolution 1/1,")
    hidden = p.add_run(" secret note")
    hidden._r.get_or_add_rPr().append(parse_xml(f'<w:vanish {nsdecls("w")}/>'))
    box = parse_xml(
        f'<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:t>Boxed</w:t></mc:Choice>'
        '<mc:Fallback><w:pict><w:p><w:r><w:t>Fallback copy</w:t></w:r></w:p></w:pict></mc:Fallback>'
        "</mc:AlternateContent></w:r>")
    add(d, "1.\t", ("i", "Decides"), " to act.")._p.append(box)
    path = tmp_path / "hidden.docx"
    d.save(path)
    draft = read_draft(path)
    assert draft.preamble[0].text == "Recalling its resolution 1/1,"
    assert "Fallback copy" not in " ".join(p.text for p in draft.paragraphs())


def test_our_export_edited_in_word_is_read_from_its_text(tmp_path):
    """Word keeps the embedded draft when it saves; if the text was changed since the
    export, the text wins (the rest of the metadata still comes from the embedded draft)."""
    import zipfile

    from draftapp.io.docx import export_docx
    from draftapp.model import Draft, Metadata, Paragraph

    draft = Draft(meta=Metadata(title="Report", symbol="A/80/L.1", session=80, date="2025-11-05"), sponsors=["Armenia"],
                  preamble=[Paragraph(runs=[Text("Recalling", italic=True), Text(" its resolution 1/1,")])],
                  operative=[Paragraph(runs=[Text("Decides", italic=True), Text(" to act.")])])
    exported = tmp_path / "exported.docx"
    export_docx(draft, exported)
    assert read_draft(exported) == draft  # untouched: the embedded draft, losslessly

    edited = tmp_path / "edited.docx"
    with zipfile.ZipFile(exported) as zin, zipfile.ZipFile(edited, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b" to act.", b" to act at once.")
            zout.writestr(info, data)
    again = read_draft(edited)
    assert again.operative[0].text == "Decides to act at once."
    assert again.meta.date == "2025-11-05" and again.meta.symbol == "A/80/L.1"


def test_a_docx_made_by_another_program(tmp_path):
    """pandoc writes Word list numbering for "1." and real Word footnotes: A/80/L.9 comes
    back paragraph for paragraph. The DOCX is pandoc's, made once (fixtures/SOURCES.md),
    so that the tests need no pandoc (165 MiB of Debian packages)."""
    from pathlib import Path

    fixtures = Path(__file__).resolve().parents[2] / "fixtures"
    original = read_draft(fixtures / "texts" / "A_80_L.9_en.txt")
    again = read_draft(fixtures / "docx" / "A_80_L.9_en-pandoc.docx")
    assert [p.flat_text() for p in again.paragraphs()] == [p.flat_text() for p in original.paragraphs()]
    assert [f.text for f in again.footnotes] == [f.text for f in original.footnotes]
    assert again.sponsors == original.sponsors and again.meta.title == original.meta.title
