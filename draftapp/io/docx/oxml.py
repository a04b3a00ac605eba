"""Raw OOXML for what python-docx lacks: the footnotes part, footnote references,
bookmarks and fields (NOTEREF, PAGE, NUMPAGES), right-to-left and East Asian run
properties, borders and the font table.

Word concepts behind the code:
- A *footnote* lives in word/footnotes.xml as `<w:footnote w:id="n">`; the body cites it
  with a run holding `<w:footnoteReference w:id="n"/>`, and the footnote's own first run
  holds `<w:footnoteRef/>` (Word draws the number at both places). Ids -1 and 0 are
  reserved, by convention, for the separator and continuation separator.
- A *complex field* is five runs: fldChar begin, instrText (" PAGE "), fldChar separate,
  the cached result, fldChar end. Word and LibreOffice recompute PAGE and NUMPAGES on
  layout; NOTEREF shows the number of the footnote whose reference a bookmark encloses.
"""

from __future__ import annotations

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import PartFactory
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.story import StoryPart

SEPARATOR_ID = -1
CONTINUATION_ID = 0


def element(tag: str, attrs: dict | None = None, children=()):
    """`element("w:ind", {"w:left": "0"})`: an OOXML element with attributes."""
    el = OxmlElement(tag)
    for key, value in (attrs or {}).items():
        el.set(qn(key), str(value))
    for child in children:
        el.append(child)
    return el


#: Schema order of the children of each properties element: Word refuses a file whose
#: properties come out of order, so every child is inserted at its place.
ORDER = {
    "w:rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
             "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd "
             "fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    "w:pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr "
             "shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN "
             "bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc "
             "textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "w:tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark",
    "w:tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
               "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription",
}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def insert_ordered(parent, child):
    """Insert `child` into a properties element at its schema position."""
    prefix_tag = "w:" + _local(parent.tag)
    order = ORDER[prefix_tag].split()
    rank = order.index(_local(child.tag))
    for i, existing in enumerate(parent):
        name = _local(existing.tag)
        if name in order and order.index(name) > rank:
            parent.insert(i, child)
            return child
    parent.append(child)
    return child


def set_child(parent, tag: str, attrs: dict | None = None):
    """Replace (or add) the one child `tag` of a properties element, in schema order."""
    for old in parent.findall(qn(tag)):
        parent.remove(old)
    return insert_ordered(parent, element(tag, attrs))


# --- run properties ------------------------------------------------------------------
def set_fonts(rpr, ascii: str, east_asia: str, complex: str) -> None:
    set_child(rpr, "w:rFonts", {"w:ascii": ascii, "w:hAnsi": ascii, "w:eastAsia": east_asia, "w:cs": complex})


def set_language(rpr, latin: str, east_asia: str | None = None, bidi: str | None = None) -> None:
    """`w:lang`: one tag for Latin-script text, one for East Asian, one for complex script."""
    attrs = {"w:val": latin}
    if east_asia:
        attrs["w:eastAsia"] = east_asia
    if bidi:
        attrs["w:bidi"] = bidi
    set_child(rpr, "w:lang", attrs)


def mark_rtl(run) -> None:
    """A run of right-to-left text (`w:rtl`): Word then uses its complex-script font/size."""
    set_child(run._r.get_or_add_rPr(), "w:rtl")


def set_complex_size(run, size_pt: float) -> None:
    set_child(run._r.get_or_add_rPr(), "w:szCs", {"w:val": round(size_pt * 2)})


def mark_bidi(paragraph) -> None:
    """A right-to-left paragraph (`w:bidi`): the start side becomes the right."""
    set_child(paragraph._p.get_or_add_pPr(), "w:bidi")


# --- borders -------------------------------------------------------------------------
def paragraph_border(paragraph, side: str, eighths: int, space: int = 1) -> None:
    """A rule on one side of a paragraph, `eighths` of a point thick, `space` points
    from the text."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = insert_ordered(ppr, element("w:pBdr"))
    borders.append(element(f"w:{side}", {"w:val": "single", "w:sz": eighths, "w:space": space, "w:color": "000000"}))


def cell_borders(cell, **sides: int) -> None:
    """Rules on a table cell: `cell_borders(cell, bottom=12)`; 0 means none."""
    tcpr = cell._tc.get_or_add_tcPr()
    borders = set_child(tcpr, "w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        eighths = sides.get(side, 0)
        if eighths:
            borders.append(element(f"w:{side}", {"w:val": "single", "w:sz": eighths, "w:space": 0, "w:color": "000000"}))
        else:
            borders.append(element(f"w:{side}", {"w:val": "nil"}))


def table_layout(table, indent_twips: int, widths_twips: list[int], bidi: bool) -> None:
    """Fixed column widths, an indent from the margin, no cell padding, no borders."""
    tblpr = table._tbl.tblPr
    for tag in ("w:tblW", "w:tblInd", "w:tblLayout", "w:tblCellMar", "w:tblBorders", "w:bidiVisual"):
        for old in tblpr.findall(qn(tag)):
            tblpr.remove(old)
    if bidi:
        set_child(tblpr, "w:bidiVisual")
    set_child(tblpr, "w:tblW", {"w:w": sum(widths_twips), "w:type": "dxa"})
    set_child(tblpr, "w:tblInd", {"w:w": indent_twips, "w:type": "dxa"})
    set_child(tblpr, "w:tblLayout", {"w:type": "fixed"})
    margins = set_child(tblpr, "w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        margins.append(element(f"w:{side}", {"w:w": 0, "w:type": "dxa"}))
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_twips):
        col.set(qn("w:w"), str(width))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_twips):
            tcpr = cell._tc.get_or_add_tcPr()
            set_child(tcpr, "w:tcW", {"w:w": width, "w:type": "dxa"})


# --- pictures --------------------------------------------------------------------------
def float_on_page(run, left: int, top: int) -> None:
    """Turn the run's inline picture into one anchored at (left, top) EMU from the
    page's top-left corner, in front of the text and taking no room in the line."""
    inline = run._r.find(".//" + qn("wp:inline"))
    extent, doc_pr = inline.find(qn("wp:extent")), inline.find(qn("wp:docPr"))
    graphic = inline.find(qn("a:graphic"))
    anchor = parse_xml(
        f'<wp:anchor {nsdecls("wp", "a", "pic", "r")} distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        'relativeHeight="0" behindDoc="0" locked="1" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{int(left)}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{int(top)}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{extent.get("cx")}" cy="{extent.get("cy")}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{doc_pr.get("id")}" name="{doc_pr.get("name")}"/>'
        "<wp:cNvGraphicFramePr/></wp:anchor>"
    )
    anchor.append(graphic)
    inline.getparent().replace(inline, anchor)


# --- fields and bookmarks ------------------------------------------------------------
def add_field(paragraph, instruction: str, cached: str, style_run=None) -> list:
    """Append a complex field to `paragraph`; `style_run(run)` formats each of its runs.
    Returns the runs, the cached result among them."""
    runs = []

    def run_with(child):
        run = paragraph.add_run()
        if style_run:
            style_run(run)
        run._r.append(child)
        runs.append(run)
        return run

    run_with(element("w:fldChar", {"w:fldCharType": "begin"}))
    instr = element("w:instrText", {"xml:space": "preserve"})
    instr.text = f" {instruction} "
    run_with(instr)
    run_with(element("w:fldChar", {"w:fldCharType": "separate"}))
    result = paragraph.add_run(cached)
    if style_run:
        style_run(result)
    runs.append(result)
    run_with(element("w:fldChar", {"w:fldCharType": "end"}))
    return runs


def bookmark_around(run, bookmark_id: int, name: str) -> None:
    """Enclose `run` in a bookmark (start before it, end after it)."""
    run._r.addprevious(element("w:bookmarkStart", {"w:id": bookmark_id, "w:name": name}))
    run._r.addnext(element("w:bookmarkEnd", {"w:id": bookmark_id}))


def footnote_reference(run, footnote_id: int) -> None:
    run._r.append(element("w:footnoteReference", {"w:id": footnote_id}))


# --- the footnotes part ---------------------------------------------------------------
class FootnotesPart(StoryPart):
    """word/footnotes.xml. A StoryPart, so python-docx's Paragraph works inside it."""

    @classmethod
    def new(cls, package) -> "FootnotesPart":
        xml = (
            f"<w:footnotes {nsdecls('w', 'r')}>"
            f'<w:footnote w:type="separator" w:id="{SEPARATOR_ID}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
            '<w:ind w:left="-475"/><w:jc w:val="left"/></w:pPr>'
            '<w:r><w:rPr><w:b/><w:sz w:val="16"/></w:rPr><w:t>__________________</w:t></w:r></w:p></w:footnote>'
            f'<w:footnote w:type="continuationSeparator" w:id="{CONTINUATION_ID}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
            "</w:footnotes>"
        )
        return cls(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(xml), package)

    def add_footnote(self, footnote_id: int):
        """A new empty `<w:footnote>` holding one `w:p`; returns that paragraph element."""
        note = element("w:footnote", {"w:id": footnote_id})
        p = element("w:p")
        note.append(p)
        self.element.append(note)
        return p


# Reopened documents load footnotes.xml as a FootnotesPart too.
PartFactory.part_type_for[CT.WML_FOOTNOTES] = FootnotesPart


def footnotes_part(document) -> FootnotesPart:
    """The document's footnotes part, created and related on first use, with the
    `<w:footnotePr>` settings that name the two separators."""
    part = document.part
    for rel in part.rels.values():
        if rel.reltype == RT.FOOTNOTES and not rel.is_external:
            return rel.target_part
    notes = FootnotesPart.new(part.package)
    part.relate_to(notes, RT.FOOTNOTES)
    settings = document.settings.element
    pr = element("w:footnotePr", children=[
        element("w:footnote", {"w:id": SEPARATOR_ID}),
        element("w:footnote", {"w:id": CONTINUATION_ID}),
    ])
    # footnotePr belongs before endnotePr/compat in settings' sequence
    anchor = settings.find(qn("w:compat"))
    if anchor is None:
        anchor = settings.find(qn("w:rsids"))
    if anchor is not None:
        anchor.addprevious(pr)
    else:
        settings.append(pr)
    return notes


def plain_separator_line(document) -> None:
    """Replace the UN's separator (underscores, which Word draws but LibreOffice ignores:
    it draws no separator at all then) with the renderer's own line (`w:separator`):
    for documents that LibreOffice lays out, such as the PDF export."""
    part = next((rel.target_part for rel in document.part.rels.values()
                 if rel.reltype == RT.FOOTNOTES and not rel.is_external), None)
    if part is None:
        return
    for note in part.element.findall(qn("w:footnote")):
        if note.get(qn("w:id")) == str(SEPARATOR_ID):
            for run in note.iter(qn("w:r")):
                for child in list(run):
                    run.remove(child)
                run.append(element("w:separator"))
            for ind in note.iter(qn("w:ind")):
                ind.getparent().remove(ind)


# --- the font table -------------------------------------------------------------------
def declare_fonts(document, fallbacks: dict[str, list[str]]) -> None:
    """Name each font with its first fallback (`w:altName`) in fontTable.xml, so a
    reader without SimSun or Simplified Arabic knows what to use instead."""
    table_part = None
    for rel in document.part.rels.values():
        if rel.reltype == RT.FONT_TABLE and not rel.is_external:
            table_part = rel.target_part
    if table_part is None or not fallbacks:
        return
    root = parse_xml(table_part.blob) if not hasattr(table_part, "element") else table_part.element
    for name, alts in fallbacks.items():
        for old in root.findall(qn("w:font")):
            if old.get(qn("w:name")) == name:
                root.remove(old)
        font = element("w:font", {"w:name": name})
        if alts:
            font.append(element("w:altName", {"w:val": alts[0]}))
        font.append(element("w:family", {"w:val": "roman"}))
        font.append(element("w:pitch", {"w:val": "variable"}))
        root.append(font)
    if not hasattr(table_part, "element"):
        from lxml import etree

        table_part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# --- trimming the template ------------------------------------------------------------
_STYLE_REFS = ("w:pStyle", "w:rStyle", "w:tblStyle", "w:numStyle")


def prune_styles(document) -> None:
    """Keep only the styles the document uses (with the styles they are based on or
    linked to, and the defaults), and drop the list definitions nobody uses: python-docx's
    template brings some 160 styles a UN document has no use for, and Word would list
    them all. Call it once the document is complete."""
    part = document.part
    for rid, rel in list(part.rels.items()):
        if rel.reltype == RT.NUMBERING and not _uses_numbering(document):
            part.drop_rel(rid)
    used: set[str] = set()
    for story in part.package.iter_parts():
        root = getattr(story, "element", None)
        if root is None or str(story.partname).endswith(("/styles.xml", "/numbering.xml")):
            continue
        for tag in _STYLE_REFS:
            for ref in root.iter(qn(tag)):
                used.add(ref.get(qn("w:val")))
    styles = document.styles.element
    by_id = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))}
    defaults = {sid for sid, s in by_id.items() if s.get(qn("w:default")) in ("1", "true", "on")}
    keep: set[str] = set()
    todo = list(used | defaults)
    while todo:
        sid = todo.pop()
        if sid in keep or sid not in by_id:
            continue
        keep.add(sid)
        for tag in ("w:basedOn", "w:link", "w:next"):
            ref = by_id[sid].find(qn(tag))
            if ref is not None:
                todo.append(ref.get(qn("w:val")))
    for sid, style in by_id.items():
        if sid not in keep:
            styles.remove(style)


def _uses_numbering(document) -> bool:
    return next(document.element.body.iter(qn("w:numPr")), None) is not None
