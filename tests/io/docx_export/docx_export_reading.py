"""Reading an exported DOCX back for the tests: python-docx for the body, the zip and
lxml for the parts python-docx does not model (footnotes, fields, bookmarks)."""

import zipfile

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def open_docx(path):
    return docx.Document(str(path))


def body_paragraphs(document):
    """Paragraphs of the body (the masthead is in page 1's header), as python-docx Paragraphs."""
    return [DocxParagraph(p, document._body) for p in document.element.body.iterchildren(qn("w:p"))]


def masthead_texts(document) -> list[str]:
    """The masthead table's cells; it lives in page 1's own header."""
    table = document.sections[0].first_page_header.tables[0]
    return [cell.text for row in table.rows for cell in row.cells]


def part_xml(path, name):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def footnotes(path) -> dict[int, str]:
    """Word footnote id -> its text, separators left out."""
    root = part_xml(path, "word/footnotes.xml")
    out = {}
    for note in root.iter(f"{{{W}}}footnote"):
        if note.get(f"{{{W}}}type") in ("separator", "continuationSeparator"):
            continue
        out[int(note.get(f"{{{W}}}id"))] = "".join(t.text or "" for t in note.iter(f"{{{W}}}t"))
    return out


def paragraph_events(p_element):
    """What a body paragraph holds, in order: ("text", s), ("footnote", id),
    ("noteref", bookmark), ("bookmark", name)."""
    events = []
    for el in p_element.iter():
        tag = etree.QName(el).localname
        if tag == "t" and el.text:
            events.append(("text", el.text))
        elif tag == "footnoteReference":
            events.append(("footnote", int(el.get(f"{{{W}}}id"))))
        elif tag == "instrText" and "NOTEREF" in (el.text or ""):
            events.append(("noteref", el.text.split()[1]))
        elif tag == "bookmarkStart":
            events.append(("bookmark", el.get(f"{{{W}}}name")))
    return events


def italic_texts(paragraph) -> list[str]:
    return [r.text for r in paragraph.runs if r.italic]
