"""The document before any text: python-docx's default template trimmed of what a UN
document has no use for, the styles that carry the body and footnote facts, and the
document properties.

Normal holds the body text facts (font, size, exact line height, spacing, justification,
language), so every paragraph inherits them; the footnote styles take Word's built-in
names ("footnote text", "footnote reference") so Word treats them as its own.
"""

from __future__ import annotations

import datetime as dt

import docx
from docx.enum.text import WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from draftapp.io.docx import oxml
from draftapp.io.docx.style import ExportStyle, twips
from draftapp.io.docx.typeset import JUSTIFY, xml_safe
from draftapp.model import Draft

#: Word's built-in footnote styles: (style id, style name).
FOOTNOTE_REFERENCE_STYLE = ("FootnoteReference", "footnote reference")
FOOTNOTE_TEXT_STYLE = ("FootnoteText", "footnote text")

_APP_PROPERTIES = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    b"<Application>Draftapp</Application></Properties>"
)
#: Word's compatibility mode for a document of the current Word (2013 and later).
WORD_MODE = 15
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def new_document():
    """python-docx's default template without its empty paragraph, its Word 2010 style
    copy, its bibliography part, its thumbnail, and its claim to come from Word for Mac."""
    document = docx.Document()
    body = document.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    part = document.part
    for rid, rel in list(part.rels.items()):
        if rel.reltype in (_STYLES_WITH_EFFECTS, RT.CUSTOM_XML):
            part.drop_rel(rid)
    package_rels = part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package_rels.pop(rid)
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = _APP_PROPERTIES
    _current_word_mode(document)
    return document


def _current_word_mode(document) -> None:
    """The template says Word 2010 (mode 14), so Word opens the file in compatibility
    mode; 15 is the current mode (Word 2013 and later)."""
    compat = document.settings.element.find(qn("w:compat"))
    if compat is None:
        compat = oxml.element("w:compat")
        document.settings.element.append(compat)
    # a justified line that ends in a line break (an amendment's instruction before its
    # quoted text) keeps its word spacing, in Word and in LibreOffice alike
    if compat.find(qn("w:doNotExpandShiftReturn")) is None:
        compat.insert(0, oxml.element("w:doNotExpandShiftReturn"))
    for setting in compat.findall(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), str(WORD_MODE))
            return
    compat.append(oxml.element("w:compatSetting", {
        "w:name": "compatibilityMode", "w:uri": "http://schemas.microsoft.com/office/word", "w:val": WORD_MODE}))


def language_tags(style: ExportStyle) -> tuple[str, str | None, str | None]:
    """(Latin, East Asian, complex script) language tags for `w:lang`."""
    lang = style.language
    return (style.latin_language_tag, style.language_tag if lang.cjk else None,
            style.language_tag if lang.rtl else None)


def set_up_styles(document, style: ExportStyle) -> None:
    fonts = style.fonts
    normal = document.styles["Normal"]
    rpr = normal.element.get_or_add_rPr()
    oxml.set_fonts(rpr, fonts.ascii, fonts.east_asia, fonts.complex)
    oxml.set_child(rpr, "w:sz", {"w:val": round(style.body.size * 2)})
    oxml.set_child(rpr, "w:szCs", {"w:val": round(style.body.size * 2)})
    oxml.set_language(rpr, *language_tags(style))
    fmt = normal.paragraph_format
    fmt.alignment = JUSTIFY
    fmt.line_spacing = Pt(style.body.line)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(style.body.after)
    fmt.widow_control = True
    # Chinese punctuation keeps Word's default and may hang past the right margin: with
    # hanging turned off (w:overflowPunct 0) LibreOffice 7.4 drops a full-width comma that
    # ends a line, which is worse than a comma in the margin (docs/export.md)
    # docDefaults too, so headers, footers and footnotes inherit the fonts
    defaults = document.styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if defaults is not None:
        oxml.set_fonts(defaults, fonts.ascii, fonts.east_asia, fonts.complex)
        oxml.set_language(defaults, *language_tags(style))
    _footnote_styles(document, style)
    oxml.declare_fonts(document, style.font_fallbacks)


def _footnote_styles(document, style: ExportStyle) -> None:
    fn = style.footnotes
    styles = document.styles.element
    for old in styles.findall(qn("w:style")):
        if old.get(qn("w:styleId")) in (FOOTNOTE_TEXT_STYLE[0], FOOTNOTE_REFERENCE_STYLE[0]):
            styles.remove(old)
    size = round(fn.size * 2)
    # the note's number hangs left of the text block; a tab takes the text to the edge
    styles.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="{FOOTNOTE_TEXT_STYLE[0]}">'
        f'<w:name w:val="{FOOTNOTE_TEXT_STYLE[1]}"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>'
        '<w:pPr><w:tabs><w:tab w:val="left" w:pos="0"/></w:tabs>'
        f'<w:spacing w:before="0" w:after="{round(fn.after * 20)}" w:line="{round(fn.line * 20)}" w:lineRule="exact"/>'
        f'<w:ind w:left="0" w:hanging="{twips(fn.hang)}"/><w:jc w:val="left"/></w:pPr>'
        f'<w:rPr><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>'
    ))
    styles.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="character" w:styleId="{FOOTNOTE_REFERENCE_STYLE[0]}">'
        f'<w:name w:val="{FOOTNOTE_REFERENCE_STYLE[1]}"/><w:uiPriority w:val="99"/>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
    ))


def set_properties(document, draft: Draft, style: ExportStyle) -> None:
    """Title, subject (the symbol) and language; no author."""
    props = document.core_properties
    props.title = xml_safe(draft.meta.title)[:255]  # the core properties' limit; the page has it whole
    props.subject = xml_safe(draft.meta.symbol)[:255]
    props.language = style.language_tag
    props.author = props.last_modified_by = props.comments = props.keywords = ""
    props.revision = 1
    props.created = props.modified = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
