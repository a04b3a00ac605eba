"""A paragraph's runs (text, footnote citations, cross-references) as Word runs, and the
footnotes they cite as real Word footnotes.

Footnotes are numbered in order of first citation (`model.footnote_numbers`). Word
footnote ids ascend in document order, and footnotes.xml keeps them in that order:
LibreOffice pairs references with footnote bodies by that order, not by id. The
asterisk notes of the masthead come first, so a numbered footnote's id is its number
plus the count of asterisk notes (its number itself when there are none). The first citation is a real
`w:footnoteReference` enclosed in a bookmark; a later citation of the same footnote is a
NOTEREF field to that bookmark, formatted as a footnote reference, so both show one
number, as in the issued documents.
"""

from __future__ import annotations

from docx.text.paragraph import Paragraph as DocxParagraph

from draftapp.io.docx import oxml
from draftapp.io.docx.template import FOOTNOTE_REFERENCE_STYLE, FOOTNOTE_TEXT_STYLE
from draftapp.io.docx.typeset import Typesetter
from draftapp.model import CrossRef, Draft, FootnoteRef, Run, Text, footnote_numbers, merge_runs, reference_text

#: Punctuation a footnote marker stands after (en, ru, zh) or before (fr, es).
MARKER_PUNCTUATION = ",;:.，；：。،؛"


def bookmark_name(number: int) -> str:
    """Hidden bookmark (leading underscore) on the first citation of footnote `number`."""
    return f"_RefFootnote{number}"


def place_markers(runs: list[Run], after_punctuation: bool) -> list[Run]:
    """Move punctuation across adjacent footnote markers so each marker stands after
    the punctuation (English, Russian, Chinese) or before it (French, Spanish)."""
    out: list[Run] = [r if not isinstance(r, Text) else Text(r.text, r.italic, r.bold) for r in merge_runs(runs)]
    changed = True
    while changed:
        changed = False
        for i, run in enumerate(out):
            if not isinstance(run, FootnoteRef):
                continue
            if after_punctuation:
                nxt = out[i + 1] if i + 1 < len(out) else None
                prev = out[i - 1] if i > 0 else None
                if isinstance(nxt, Text) and nxt.text[:1] in MARKER_PUNCTUATION and nxt.text[:1]:
                    mark, nxt.text = nxt.text[0], nxt.text[1:]
                    if isinstance(prev, Text):
                        prev.text += mark
                    else:
                        out.insert(i, Text(mark))
                    changed = True
                    break
            else:
                prev = out[i - 1] if i > 0 else None
                if isinstance(prev, Text) and prev.text[-1:] and prev.text[-1] in MARKER_PUNCTUATION:
                    mark, prev.text = prev.text[-1], prev.text[:-1]
                    j = i
                    while j + 1 < len(out) and isinstance(out[j + 1], FootnoteRef):
                        j += 1
                    nxt = out[j + 1] if j + 1 < len(out) else None
                    if isinstance(nxt, Text):
                        nxt.text = mark + nxt.text
                    else:
                        out.insert(j + 1, Text(mark))
                    changed = True
                    break
    return [r for r in out if not (isinstance(r, Text) and not r.text)]


class InlineWriter:
    """Writes runs into paragraphs, and cited footnotes into the footnotes part."""

    def __init__(self, document, draft: Draft, typeset: Typesetter, star_notes: int = 0):
        self.document = document
        self.star_notes = star_notes
        self._next_star_id = 1
        self.draft = draft
        self.typeset = typeset
        self.lang = typeset.style.language
        self.numbers = footnote_numbers(draft)
        self.notes = oxml.footnotes_part(document) if draft.footnotes or self._cites_any() or star_notes else None
        self._written: set[str] = set()  # footnote ids already given their real footnote
        self.missing: set[str] = set()  # cited footnote ids the draft does not hold
        self._held = {note.id for note in draft.footnotes}

    def _cites_any(self) -> bool:
        return any(isinstance(r, FootnoteRef) for p in self.draft.paragraphs() for r in p.runs)

    # --- body runs ------------------------------------------------------------------
    def write(self, paragraph, runs: list[Run], *, italic=False, bold=False, size=None) -> None:
        for run in place_markers(runs, self.lang.marker_after_punctuation):
            if isinstance(run, Text):
                self.typeset.text(paragraph, run.text, italic=run.italic or italic, bold=run.bold or bold, size=size)
            elif isinstance(run, FootnoteRef):
                self.cite(paragraph, run.footnote_id)
            elif isinstance(run, CrossRef):
                shown = reference_text(self.draft, run.target_id, self.lang.labels)
                self.typeset.text(paragraph, shown, italic=italic, bold=bold, size=size)

    def cite(self, paragraph, footnote_id: str) -> None:
        number = self.numbers.get(footnote_id)
        if number is None or self.notes is None or footnote_id not in self._held:
            self.missing.add(footnote_id)
            self.typeset.text(paragraph, "?", superscript=True)
            return
        if footnote_id in self._written:
            oxml.add_field(
                paragraph, f"NOTEREF {bookmark_name(number)} \\f \\h", str(number),
                lambda r: self.typeset.format_run(r, style=FOOTNOTE_REFERENCE_STYLE[0]),
            )
            return
        run = paragraph.add_run()
        self.typeset.format_run(run, style=FOOTNOTE_REFERENCE_STYLE[0])
        word_id = number + self.star_notes
        oxml.footnote_reference(run, word_id)
        oxml.bookmark_around(run, word_id, bookmark_name(number))
        self._written.add(footnote_id)
        self._footnote_body(word_id, self.draft.footnote(footnote_id).runs)

    def _footnote_body(self, word_id: int, runs: list[Run], custom_mark: str | None = None) -> None:
        p = DocxParagraph(self.notes.add_footnote(word_id), self.notes)
        oxml.set_child(p._p.get_or_add_pPr(), "w:pStyle", {"w:val": FOOTNOTE_TEXT_STYLE[0]})
        if self.typeset.rtl:
            oxml.mark_bidi(p)
        if custom_mark is None:
            mark = p.add_run()
            self.typeset.format_run(mark, style=FOOTNOTE_REFERENCE_STYLE[0])
            mark._r.append(oxml.element("w:footnoteRef"))
        else:
            # The mark as text, as Word writes it. LibreOffice labels custom-mark notes
            # itself too; with a one-character styled run it shows the mark once, with
            # "**" twice (docs/export.md, known differences).
            for star in custom_mark:
                self.typeset.text(p, star, style=FOOTNOTE_REFERENCE_STYLE[0])
        tab = p.add_run()
        tab._r.append(oxml.element("w:tab"))
        for run in runs:
            if isinstance(run, Text):
                self.typeset.text(p, run.text, italic=run.italic, bold=run.bold)
            elif isinstance(run, CrossRef):
                self.typeset.text(p, reference_text(self.draft, run.target_id, self.lang.labels))

    # --- asterisk notes ---------------------------------------------------------------
    def star_note(self, paragraph, mark: str, text: str) -> None:
        """A note marked with asterisks (the sponsors note, the provisional-agenda note):
        a footnote whose reference carries its own mark instead of a number."""
        if self._next_star_id > self.star_notes:
            raise ValueError("more asterisk notes than announced")  # a bug in the caller, not bad input
        word_id = self._next_star_id
        self._next_star_id += 1
        run = paragraph.add_run()
        self.typeset.format_run(run, style=FOOTNOTE_REFERENCE_STYLE[0])
        run._r.append(oxml.element("w:footnoteReference", {"w:customMarkFollows": 1, "w:id": word_id}))
        # One asterisk per run: LibreOffice takes only a one-character run as a custom
        # mark (a "**" run shows as "1**"); Word shows the runs side by side all the same.
        for star in mark:
            marker = paragraph.add_run(star)
            self.typeset.format_run(marker, style=FOOTNOTE_REFERENCE_STYLE[0])
        self._footnote_body(word_id, [Text(text)], custom_mark=mark)

    def uncited_footnotes(self) -> list[str]:
        return [f.id for f in self.draft.footnotes if f.id not in self._written]
