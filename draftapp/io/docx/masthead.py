"""Page 1 above the text: the masthead ("United Nations", organ, symbol, distribution,
date, language line, "Original: …"), the session block, the sponsors line with its
kind label, the title and the organ line; and the page-1 footer (job number).

Every masthead field the draft lacks gets a visible placeholder and a warning,
never a silent gap. Distribution, date and "Original: …" stay in English in every
language version (un-format.md, Parts 1); the rest is in the draft's language.
"""

from __future__ import annotations

import datetime as dt
import io

from babel.dates import format_date
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.shared import Inches, Pt

from draftapp.io.docx import barcode, oxml
from draftapp.io.docx.inline import InlineWriter
from draftapp.io.docx.style import ExportStyle, twips
from draftapp.io.docx.typeset import LEFT, Typesetter
from draftapp.io.text.inline import parse_inline
from draftapp.model import Draft

FIELD_NAMES = {
    "symbol": "symbol",
    "date": "date",
    "job_number": "job number",
    "session": "session",
    "agenda": "agenda item",
    "title": "title",
    "sponsors": "sponsors",
}


class Fields:
    """Masthead values as shown, with a placeholder (and a warning) for each missing one."""

    def __init__(self, draft: Draft, style: ExportStyle, warnings: list[str]):
        self.draft, self.style, self.warnings = draft, style, warnings
        self.required = set(style.required_fields(draft.meta.organ))
        self._warned: set[str] = set()

    def missing(self, field: str, why: str = "") -> str:
        if field not in self._warned:
            self._warned.add(field)
            reason = why or "is not set"
            self.warnings.append(f"the {FIELD_NAMES[field]} {reason}; the document shows {self.style.placeholder(field)!r} in its place")
        return self.style.placeholder(field)

    def value(self, field: str, text: str) -> str:
        if text:
            return text
        return self.missing(field) if field in self.required else ""

    @property
    def symbol(self) -> str:
        return self.value("symbol", self.draft.meta.symbol)

    def _date(self, raw: str | None = None) -> dt.date | None:
        raw = self.draft.meta.date if raw is None else raw
        if not raw:
            return None
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            return None

    @property
    def date(self) -> str:
        day = self._date()
        if day is None:
            if self.draft.meta.date:
                return self.missing("date", f"{self.draft.meta.date!r} is not a date (yyyy-mm-dd)")
            return self.value("date", "")
        words = self.style.words
        return format_date(day, words["date_pattern"], locale=words["date_locale"])

    @property
    def footer_date(self) -> str:
        """The day the job was processed, as the issued page-1 footer prints it
        ("021118"); the issue date when the draft does not say."""
        day = self._date(self.draft.meta.job_date) or self._date()
        return format_date(day, self.style.words["footer_date_pattern"], locale="en") if day else ""

    @property
    def job_line(self) -> str:
        words = self.style.words
        job = self.value("job_number", self.draft.meta.job_number)
        if not job:
            return ""
        return words["job_line"].format(job=job, letter=words["language_letters"][self.draft.language])

    @property
    def job_number(self) -> str:
        return self.value("job_number", self.draft.meta.job_number)


class Masthead:
    def __init__(self, document, draft: Draft, style: ExportStyle, typeset: Typesetter,
                 inline: InlineWriter, fields: Fields):
        self.document, self.draft, self.style = document, draft, style
        self.typeset, self.inline, self.fields = typeset, inline, fields
        self.lang = style.language
        self._stars = 0

    @staticmethod
    def star_notes(draft: Draft) -> int:
        """How many asterisk notes the masthead carries: the provisional-agenda note and
        the sponsors note."""
        agenda = bool(draft.meta.agenda and draft.meta.provisional_agenda)
        return int(agenda) + int(bool(draft.meta.sponsors_note and draft.sponsors))

    def write(self) -> None:
        self._masthead_table()
        self._session_block()
        if self.draft.meta.adoption is not None:
            self._adoption_lines()
        else:
            self._sponsors_line()
        self._title()
        if self.draft.meta.kind != "amendment":  # an amendment's paragraphs are instructions
            self._organ_line()

    # --- the top block ---------------------------------------------------------------
    def _masthead_table(self) -> None:
        """The masthead lives in page 1's own header, as in the UN's template: Word and
        LibreOffice then place it alike (LibreOffice puts space before a table that
        opens the body, Word does not). Its two rows have exact heights, so the thin
        rule under "United Nations" and the thick rule under the block fall where the
        issued documents have them whatever the fonts."""
        s, m, t = self.style, self.style.masthead, self.typeset
        header = self.document.sections[0].first_page_header
        first = s.outdent
        right = s.paper.width - s.outer - m.right_column_from_left_edge
        middle = m.right_column_from_left_edge - s.side_margin
        widths = [twips(first), twips(middle), twips(right)]
        table = header.add_table(rows=2, cols=3, width=Inches(first + middle + right))
        header.paragraphs[0]._p.addprevious(table._tbl)  # the header's closing paragraph stays last
        oxml.table_layout(table, -twips(s.outdent), widths, bidi=t.rtl)
        top, bottom = table.rows[0].cells, table.rows[1].cells
        top_edge = s.margins.header * 72
        table.rows[0].height = Pt(m.thin_rule_at - top_edge)
        table.rows[1].height = Pt(m.thick_rule_at - m.thin_rule_at)
        for row in table.rows:
            row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY

        name = self._cell_paragraph(top[1], after=m.united_nations_space_after)
        t.text(name, self.lang.united_nations, size=m.united_nations_size)
        symbol = self._cell_paragraph(top[2], align=t.outer_end, after=m.symbol_space_after, ltr=True)
        self._symbol(symbol, self.fields.symbol)
        for cell in top:  # the thin rule spans the emblem's column too
            oxml.cell_borders(cell, bottom=m.rule_thin_eighths)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM

        organ = self._cell_paragraph(bottom[1], before=m.organ_space_before)
        t.text(organ, self.lang.organ_name(self.draft.meta.organ), size=m.organ_size, bold=True)
        lines = self._distribution_lines()
        for i, line in enumerate(lines):
            p = self._cell_paragraph(bottom[2], before=m.distribution_space_before if i == 0 else 0, ltr=True)
            t.text(p, line, size=m.distribution_size, ltr=True)
        for cell in bottom:
            oxml.cell_borders(cell, bottom=m.rule_thick_eighths)

    def _cell_paragraph(self, cell, *, align=None, before=0, after=0, ltr=False):
        """The cell's first (empty) paragraph, or a new one after it."""
        first = cell.paragraphs[0]
        if not first.runs:  # callers fill each paragraph before asking for the next
            p = first
            if self.typeset.rtl and not ltr:
                oxml.mark_bidi(p)
        else:
            p = self.typeset.paragraph(cell, ltr=ltr)
        fmt = p.paragraph_format
        fmt.alignment = align if align is not None else LEFT
        fmt.first_line_indent = 0
        fmt.space_before = Pt(before)
        fmt.space_after = Pt(after)
        fmt.line_spacing = 1.0
        return p

    def _symbol(self, paragraph, symbol: str) -> None:
        """The symbol's first letter large, the rest small: "A/71/L.23"."""
        m = self.style.masthead
        if self.style.is_placeholder(symbol):
            self.typeset.text(paragraph, symbol, size=m.symbol_size, ltr=True)
            return
        self.typeset.text(paragraph, symbol[:1], size=m.symbol_initial_size, ltr=True)
        self.typeset.text(paragraph, symbol[1:], size=m.symbol_size, ltr=True)

    def _distribution_lines(self) -> list[str]:
        words, meta = self.style.words, self.draft.meta
        names = words["language_names"]
        original = meta.original_language or self.draft.language
        if original not in names:
            self.fields.warnings.append(f"unknown original language {original!r}; assumed {names[self.draft.language]}")
            original = self.draft.language
        lines = [words["distribution"].format(meta.distribution or "Limited"), self.fields.date]
        if meta.adoption is not None:
            return [line for line in lines if line]  # an issued resolution names no original
        if original != self.draft.language:
            lines.append(names[self.draft.language])
        lines.append(words["original"].format(names[original]))
        return [line for line in lines if line]

    # --- session block: out at the outer margin ---------------------------------------
    def _session_block(self) -> None:
        meta, lang, f = self.draft.meta, self.lang, self.fields
        lines: list[tuple[str, bool, bool]] = []  # (text, bold, carries the agenda star)
        if meta.session is not None:
            try:
                lines.append((lang.session_name(meta.session), True, False))
            except ValueError as e:
                lines.append((f.missing("session", f"cannot be named ({e})"), True, False))
        elif "session" in f.required:
            lines.append((f.missing("session"), True, False))
        if lang.committee_name(meta.organ):
            lines.append((lang.committee_name(meta.organ), False, False))
        if meta.agenda:
            numbers = [item.number for item in meta.agenda]
            if meta.provisional_agenda:
                lines.append((lang.data["provisional_agenda"].format(lang.join(numbers)), False, True))
            else:
                lines.append((lang.agenda_line(numbers), False, False))
            if meta.adoption is None:  # a resolution shows the item's number only
                for item in meta.agenda:
                    lines += [(title, True, False) for title in item.titles]
        elif "agenda" in f.required:
            lines.append((f.missing("agenda"), False, False))
        size = self.style.masthead.session_size
        for i, (text, bold, star) in enumerate(lines):
            p = self.typeset.paragraph(
                self.document, left=-self.style.outdent, first_line=0, before=self.style.masthead.session_space_before if i == 0 else 0, after=0,
                align=LEFT, keep_with_next=True,
            )
            if star:
                before, _, after = text.partition("*")
                self.typeset.text(p, before, size=size, bold=bold)
                symbol = meta.provisional_agenda if meta.provisional_agenda != "*" else f.missing("symbol", "of the provisional agenda is not set")
                self._star(p, symbol + self.lang.punct.footnote_end)
                if after:
                    self.typeset.text(p, after, size=size, bold=bold)
            else:
                self.typeset.text(p, text, size=size, bold=bold)
        if lines:
            m = self.style.masthead
            adopted = meta.adoption is not None and bool(meta.adoption.adopted_line)
            p.paragraph_format.space_after = Pt(m.space_before_adopted if adopted else m.space_after_session_block)

    def _star(self, paragraph, note: str) -> None:
        self._stars += 1
        self.inline.star_note(paragraph, "*" * self._stars, note)

    # --- sponsors, title, organ line --------------------------------------------------
    def _sponsors_line(self) -> None:
        meta, lang = self.draft.meta, self.lang
        p = self.typeset.paragraph(self.document, first_line=0, align=LEFT, keep_with_next=True, after=0)
        names = lang.join(self.draft.sponsors) if self.draft.sponsors else self.fields.value("sponsors", "")
        label = lang.kind_label(meta.kind)
        if meta.kind == "amendment" and meta.amends:  # "amendment to draft resolution A/80/L.12"
            label = lang.amendment_label(meta.amends)
        colon = lang.punct.label_colon
        if names:
            self.typeset.text(p, names + colon)
            if meta.sponsors_note and self.draft.sponsors:
                self._star(p, lang.data["sponsors_note"])
            if self.style.kind_label_on_own_line:
                p.add_run().add_break()
                self.typeset.text(p, label)
            else:
                self.typeset.text(p, " " + label)
        else:
            self.typeset.text(p, label)

    def _adoption_lines(self) -> None:
        """"Resolution adopted by the General Assembly on …" and "[without reference to
        a Main Committee (A/73/L.8)]", brackets roman, words italic."""
        adoption, m = self.draft.meta.adoption, self.style.masthead
        if adoption.adopted_line:
            p = self.typeset.paragraph(self.document, first_line=0, align=LEFT, after=m.space_after_title,
                                       right=m.adopted_right_indent, keep_with_next=True)
            p.paragraph_format.line_spacing = 1.0
            for i, line in enumerate(adoption.adopted_line.split("\n")):
                if i:
                    p.add_run().add_break()
                self.typeset.text(p, line, size=m.adopted_size, bold=True)
        reference = adoption.reference_line
        if reference:
            p = self.typeset.paragraph(self.document, first_line=0, align=LEFT, keep_with_next=True)
            inner = reference[1:-1] if reference.startswith("[") and reference.endswith("]") else None
            if inner is None:
                self.typeset.text(p, reference, italic=True)
            else:
                self.typeset.text(p, "[")
                self.typeset.text(p, inner, italic=True)
                self.typeset.text(p, "]")

    def meeting_lines(self) -> None:
        """An adopted resolution closes with its meeting and date at the right, in italics."""
        adoption = self.draft.meta.adoption
        if adoption is None or not adoption.meeting_line:
            return
        # One paragraph a line (not a line break): each line reads back as itself.
        lines = adoption.meeting_line.split("\n")
        for i, line in enumerate(lines):
            p = self.typeset.paragraph(self.document, first_line=0, align=self.typeset.outer_end,
                                       before=self.style.masthead.meeting_space_before if i == 0 else 0,
                                       after=0 if i < len(lines) - 1 else None,
                                       keep_with_next=True)  # the closing rule goes with them
            self.typeset.text(p, line, italic=True)

    def _title(self) -> None:
        m = self.style.masthead
        title = self.fields.value("title", self.draft.meta.title)
        if not title:
            return
        adoption = self.draft.meta.adoption
        before = m.space_before_title if adoption is None or not adoption.reference_line else m.space_before_adopted_title
        p = self.typeset.paragraph(
            self.document, first_line=0, align=LEFT, before=before, after=m.space_after_title,
            line=None, keep_with_next=True,
        )
        p.paragraph_format.line_spacing = 1.0
        if adoption is not None and adoption.number:
            # "73/7." hangs in the margin before the title
            hang = m.number_hang
            p.paragraph_format.first_line_indent = Inches(-hang)
            self.typeset.tab_stop(p, 0)
            self.typeset.text(p, adoption.number.rstrip(".") + ".", size=m.title_size, bold=True)
            tab = p.add_run()
            tab._r.append(oxml.element("w:tab"))
        runs = parse_inline(title, lambda n: f"missing-{n}", lambda a: a)
        for run in runs:
            text = getattr(run, "text", "")
            self.typeset.text(p, text, size=m.title_size, bold=True, italic=getattr(run, "italic", False))

    def _organ_line(self) -> None:
        line = self.draft.meta.organ_line or self.lang.organ_line(self.draft.meta.organ)
        p = self.typeset.paragraph(self.document, first_line=self.style.body.first_line_indent, keep_with_next=True)
        runs = parse_inline(line, lambda n: f"missing-{n}", lambda a: a)
        self.inline.write(p, runs)

    # --- page-1 footer ---------------------------------------------------------------
    def first_footer(self, footer) -> None:
        """Job number with the language letter, then the job's processing date:
        "18-18142 (E)    021118"; the barcode under it."""
        job = self.fields.job_line
        m = self.style.masthead
        p = footer.paragraphs[0]
        p.style = None  # Normal: the template's Footer style brings tab stops
        fmt = p.paragraph_format  # left to right in every version, like the running heads
        fmt.left_indent = Inches(-self.style.outdent + m.first_footer_inset)
        fmt.first_line_indent = Inches(0)
        fmt.alignment = LEFT
        fmt.space_before = Pt(0)
        # lifted off the footer distance, which the running footers of later pages share
        fmt.space_after = Pt(m.first_footer_space_after)
        size = m.first_footer_size
        if job:
            self.typeset.text(p, job, size=size, ltr=True)
        if self.fields.footer_date:
            self.typeset.text(p, "\u2003\u2003" + self.fields.footer_date, size=size, ltr=True)
        self._barcode(p)

    def _barcode(self, paragraph) -> None:
        """The job number as a Code 39 barcode under the job line, placed on the page
        (a floating picture: LibreOffice shifts an inline picture in a paragraph that
        reaches out past the margin); none without a job number."""
        text = barcode.symbol_text(self.draft.meta.job_number) if self.draft.meta.job_number else None
        if text is None:
            return
        image, width = barcode.png(text)
        w, h = barcode.size_inches(width)
        m = self.style.masthead
        run = paragraph.add_run()
        run.add_picture(io.BytesIO(image), width=Inches(w), height=Inches(h))
        oxml.float_on_page(run, left=Pt(m.barcode_left), top=Pt(self.style.paper.height * 72 - m.barcode_bottom_up) - Inches(h))
