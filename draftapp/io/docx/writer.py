"""The official-format DOCX of a draft: `export_docx(draft, path, paper=...)`.

The order of the work: page and styles, then the masthead (page 1's head and its
footer), then the preambular and operative paragraphs with their footnotes, the
running heads of later pages, the document properties, and last the embedded draft
(which fingerprints the finished body). The file is written atomically.

Numbers come from the model as text (`model.labels` with the language's label scheme),
never from Word list numbering, so the document reopened in Word shows what the model
showed.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt

from draftapp.io import native
from draftapp.io.docx import oxml
from draftapp.io.docx.embed import embed_draft
from draftapp.io.docx.inline import FOOTNOTE_REFERENCE_STYLE, FOOTNOTE_TEXT_STYLE, InlineWriter
from draftapp.io.docx.masthead import Fields, Masthead
from draftapp.io.docx.pages import RunningHeads, set_up_page
from draftapp.io.docx.style import ExportStyle, twips
from draftapp.io.docx.typeset import CENTER, JUSTIFY, LEFT, Typesetter, xml_safe
from draftapp.io.errors import DraftIOError
from draftapp.model import KINDS, ORGANS, Draft, Paragraph, labels

_APP_PROPERTIES = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    b"<Application>Draftapp</Application></Properties>"
)
#: Parts of python-docx's default template that a UN document has no use for.
_DROP_RELS = ("http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",)


class DocxWriter:
    def __init__(self, draft: Draft, paper: str = "letter"):
        self.draft = draft
        self.style = ExportStyle.for_draft(draft.language, paper)
        self.warnings: list[str] = []
        self.document = docx.Document()
        self._trim_template()
        self.typeset = Typesetter(self.style)
        self.labels = labels(draft, self.style.language.labels)

    # --- entry point ---------------------------------------------------------------
    def build(self):
        set_up_page(self.document, self.style)
        self._styles()
        self.inline = InlineWriter(self.document, self.draft, self.typeset, Masthead.star_notes(self.draft))
        fields = Fields(self.draft, self.style, self.warnings)
        masthead = Masthead(self.document, self.draft, self.style, self.typeset, self.inline, fields)
        masthead.write()
        for p in self.draft.preamble:
            self._preambular(p)
        for p in self.draft.operative:
            self._operative(p, depth=0)
        masthead.meeting_lines()
        self._end_rule()
        masthead.first_footer(self.document.sections[0].first_page_footer)
        RunningHeads(self.document, self.style, self.typeset, fields.symbol, fields.job_number).write()
        self._properties(fields)
        self._report_footnotes()
        oxml.prune_styles(self.document)
        embed_draft(self.document, self.draft)
        return self.document

    # --- the template --------------------------------------------------------------
    def _trim_template(self) -> None:
        body = self.document.element.body
        for p in list(body.iterchildren(qn("w:p"))):
            body.remove(p)
        part = self.document.part
        for rid, rel in list(part.rels.items()):
            if rel.reltype in _DROP_RELS:
                part.drop_rel(rid)
            elif rel.reltype == RT.CUSTOM_XML:  # the template's empty bibliography
                part.drop_rel(rid)
        package_rels = part.package.rels
        for rid, rel in list(package_rels.items()):
            if rel.reltype == RT.THUMBNAIL:
                package_rels.pop(rid)
            elif rel.reltype == RT.EXTENDED_PROPERTIES:
                # the template's app.xml names "Microsoft Macintosh Word" as the author program
                rel.target_part._blob = _APP_PROPERTIES

    def _styles(self) -> None:
        """Normal carries the body text facts; footnote styles use Word's built-in names."""
        s, fonts = self.style, self.style.fonts
        normal = self.document.styles["Normal"]
        rpr = normal.element.get_or_add_rPr()
        oxml.set_fonts(rpr, fonts.ascii, fonts.east_asia, fonts.complex)
        oxml.set_child(rpr, "w:sz", {"w:val": round(s.body.size * 2)})
        oxml.set_child(rpr, "w:szCs", {"w:val": round(s.body.size * 2)})
        oxml.set_language(rpr, *self._language_tags())
        fmt = normal.paragraph_format
        fmt.alignment = JUSTIFY
        fmt.line_spacing = Pt(s.body.line)
        fmt.line_spacing_rule = 4  # WD_LINE_SPACING.EXACTLY
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(s.body.after)
        fmt.widow_control = True
        # docDefaults too, so headers, footers and footnotes inherit the fonts
        defaults = self.document.styles.element.find(qn("w:docDefaults"))
        if defaults is not None:
            drpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
            if drpr is not None:
                oxml.set_fonts(drpr, fonts.ascii, fonts.east_asia, fonts.complex)
                oxml.set_language(drpr, *self._language_tags())
        fn = s.footnotes
        hang = twips(fn.hang)
        styles_el = self.document.styles.element
        for style_id, _ in (FOOTNOTE_TEXT_STYLE, FOOTNOTE_REFERENCE_STYLE):
            for old in styles_el.findall(qn("w:style")):
                if old.get(qn("w:styleId")) == style_id:
                    styles_el.remove(old)
        styles_el.append(parse_xml(
            f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="{FOOTNOTE_TEXT_STYLE[0]}">'
            f'<w:name w:val="{FOOTNOTE_TEXT_STYLE[1]}"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>'
            f'<w:pPr><w:tabs><w:tab w:val="left" w:pos="0"/></w:tabs>'
            f'<w:spacing w:before="0" w:after="{round(fn.after * 20)}" w:line="{round(fn.line * 20)}" w:lineRule="exact"/>'
            f'<w:ind w:left="0" w:hanging="{hang}"/><w:jc w:val="left"/></w:pPr>'
            f'<w:rPr><w:sz w:val="{round(fn.size * 2)}"/><w:szCs w:val="{round(fn.size * 2)}"/></w:rPr></w:style>'
        ))
        styles_el.append(parse_xml(
            f'<w:style {nsdecls("w")} w:type="character" w:styleId="{FOOTNOTE_REFERENCE_STYLE[0]}">'
            f'<w:name w:val="{FOOTNOTE_REFERENCE_STYLE[1]}"/><w:uiPriority w:val="99"/>'
            '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
        ))
        oxml.declare_fonts(self.document, s.font_fallbacks)

    def _language_tags(self) -> tuple[str, str | None, str | None]:
        s = self.style
        return (s.latin_language_tag, s.language_tag if s.language.cjk else None,
                s.language_tag if s.language.rtl else None)

    # --- paragraphs -----------------------------------------------------------------
    def _preambular(self, p: Paragraph) -> None:
        para = self.typeset.paragraph(self.document, first_line=self.style.body.first_line_indent)
        self.inline.write(para, p.runs)
        for child in p.children:
            self._operative(child, depth=1)

    def _operative(self, p: Paragraph, depth: int) -> None:
        body = self.style.body
        if p.heading:
            para = self.typeset.paragraph(self.document, first_line=0, align=LEFT, keep_with_next=True,
                                          before=body.line - body.after)
            self.inline.write(para, p.runs, bold=True)
            return
        label_at = body.first_line_indent + depth * body.level_step
        text_at = body.number_tab + depth * body.level_step
        para = self.typeset.paragraph(self.document, first_line=label_at)
        self.typeset.tab_stop(para, text_at)
        label = self.labels.get(p.id, "")
        if label:
            self.typeset.text(para, label)
            tab = para.add_run()
            tab._r.append(oxml.element("w:tab"))
            if self.typeset.rtl:
                oxml.mark_rtl(tab)
        self.inline.write(para, p.runs)
        for child in p.children:
            self._operative(child, depth + 1)

    def _end_rule(self) -> None:
        """The short centred rule that closes every issued document."""
        rule = self.style.layout["end_rule"]
        para = self.typeset.paragraph(self.document, first_line=0, align=CENTER, before=rule["space_before"])
        self.typeset.text(para, rule["text"], ltr=True)

    # --- the rest --------------------------------------------------------------------
    def _properties(self, fields: Fields) -> None:
        props = self.document.core_properties
        props.title = xml_safe(self.draft.meta.title)
        props.subject = xml_safe(self.draft.meta.symbol)
        props.language = self.style.language_tag
        props.author = ""
        props.last_modified_by = ""
        props.comments = ""
        props.keywords = ""
        props.revision = 1
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
        props.created = props.modified = now

    def _report_footnotes(self) -> None:
        numbers = self.inline.numbers
        for fid in self.inline.uncited_footnotes():
            self.warnings.append(f"footnote {numbers[fid]} is not cited in the text, so the document does not show it")
        if self.inline.missing:
            self.warnings.append(f"{len(self.inline.missing)} footnote citation(s) point to no footnote; shown as a superscript '?'")

    def save(self, path: Path) -> None:
        buffer = io.BytesIO()
        self.document.save(buffer)
        native.atomic_write(path, buffer.getvalue())


def _unknown_codes(draft: Draft) -> str:
    """What a hand-edited draft may carry that no language pack has words for."""
    if draft.meta.organ not in ORGANS:
        return f"unknown organ {draft.meta.organ!r}: expected one of {', '.join(ORGANS)}"
    if draft.meta.kind not in KINDS:
        return f"unknown document kind {draft.meta.kind!r}: expected one of {', '.join(KINDS)}"
    return ""


def export_docx(draft: Draft, path, *, paper: str = "letter") -> list[str]:
    """Write `draft` as an official-format DOCX at `path` (US Letter, or "a4").
    Returns warnings for the user (missing masthead fields shown as placeholders,
    uncited footnotes). The draft is embedded, so `embed.read_embedded` gives it back."""
    path = Path(path)
    if path.suffix.lower() != ".docx":
        raise DraftIOError(path, "the export is a Word document: give the file name the .docx extension")
    try:
        writer = DocxWriter(draft, paper)
    except ValueError as e:
        raise DraftIOError(path, str(e)) from None
    problem = _unknown_codes(draft)
    if problem:
        raise DraftIOError(path, problem)
    writer.build()
    writer.save(path)
    return writer.warnings
