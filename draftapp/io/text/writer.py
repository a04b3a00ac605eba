"""Write a Draft in the reference text dialect (see reader.py for the dialect)."""

from __future__ import annotations

import re

from draftapp.io.text.inline import FOOTNOTE_NUMBER, escape, format_inline
from draftapp.io.text.levels import written_indent
from draftapp.io.text.reader import (
    ADOPTION_KEYS,
    META_KEYS,
    MARKUP,
    anchor_for,
    LOOKS_LIKE_SYNTAX,
    escape_header,
    organ_line_as_written,
    reads_as_masthead_line,
    reads_as_organ_line,
)
from draftapp.io.text.sponsors import write_sponsors
from draftapp.lang import Language, get_language
from draftapp.lang.state_history import is_state_name
from draftapp.model import Draft, FootnoteRef, Metadata, Paragraph, footnote_numbers, labels, reference_text
from draftapp.model.numbering import all_paragraphs

_DEFAULTS = Metadata()


_LINE_BREAK = re.compile(r"[ \t]*[\r\n]+[ \t]*")


_MISSING = re.compile(rf"missing-({FOOTNOTE_NUMBER})")


def citation_numbers(draft: Draft) -> dict[str, int]:
    """Footnote id -> the number the dialect writes. Citations of notes the draft does not
    hold (a PDF copy cut short, a page of notes lost) keep the number they were read with
    ("missing-99" is 99), and the held notes are numbered in the order `footnote_numbers`
    gives them around the numbers those citations keep, so that both read back as the same
    citations (a held note numbered 3 would take over a missing note 3). Any other
    missing id takes a number after all others. (A citation inside a note is read as one
    of a missing note whatever the draft holds: see `TextWriter._note_citation`.)"""
    held = {f.id for f in draft.footnotes}

    def missing_in(runs_lists) -> list[str]:
        ids = [r.footnote_id for runs in runs_lists for r in runs if isinstance(r, FootnoteRef)]
        return [fid for fid in dict.fromkeys(ids) if fid not in held]

    in_text = missing_in(p.runs for p in all_paragraphs(draft))
    missing = list(dict.fromkeys(in_text + missing_in(f.runs for f in draft.footnotes)))
    kept = {}
    for fid in missing:
        m = _MISSING.fullmatch(fid)
        if m and int(m.group(1)) > 0:
            kept[fid] = int(m.group(1))
    taken = {kept[fid] for fid in in_text if fid in kept}
    order = footnote_numbers(draft)
    numbers: dict[str, int] = {}
    number = 0
    for fid in sorted(held, key=order.__getitem__):
        number += 1
        while number in taken:
            number += 1
        numbers[fid] = number
    numbers.update(kept)
    for fid in missing:
        if fid not in numbers:
            numbers[fid] = max(numbers.values(), default=0) + 1
    return numbers


class TextWriter:
    def __init__(self, draft: Draft):
        self.draft = draft
        self.lang: Language = get_language(draft.language)
        self.fn_numbers = citation_numbers(draft)
        self.labels = labels(draft, self.lang.labels)
        self._cited_in_text = {r.footnote_id for p in all_paragraphs(draft) for r in p.runs if isinstance(r, FootnoteRef)}

    def inline(self, runs, in_note: bool = False) -> str:
        # a line break inside a paragraph has no form in the dialect: a space
        return _LINE_BREAK.sub(" ", self._inline(runs, in_note))

    def _note_citation(self, fid: str) -> int:
        # the reader takes a citation inside a footnote for one of a missing note
        # ("missing-N"), whatever notes the draft holds: N is written back as it was,
        # unless the text cites the same missing note under another number (N belongs
        # to a note the draft holds): then that number, so both read back as one note
        m = _MISSING.fullmatch(fid)
        return int(m.group(1)) if m and fid not in self._cited_in_text else self.fn_numbers[fid]

    def _inline(self, runs, in_note: bool = False) -> str:
        return format_inline(
            runs,
            self._note_citation if in_note else self.fn_numbers.__getitem__,
            lambda target: (reference_text(self.draft, target, self.lang.labels), self._anchor(target)),
        )

    def _anchor(self, target: str) -> str:
        try:
            return anchor_for(self.draft, target)
        except KeyError:
            return target

    def write(self) -> str:
        blocks: list[str] = [self._front_matter()]
        blocks += self._masthead()
        for p in self.draft.preamble:
            blocks += self._paragraph(p, "")
        for p in self.draft.operative:
            blocks += self._paragraph(p, self.labels.get(p.id, ""))
        if self.draft.annexes:
            from draftapp.io.text.annex import write_annexes

            blocks += write_annexes(self.draft, self.inline, lambda depth, n: self.lang.labels.level(depth).label(n))
        if self.draft.footnotes:
            blocks.append("---")
            by_number = sorted(self.draft.footnotes, key=lambda f: self.fn_numbers[f.id])
            for note in by_number:
                blocks.append(f"<sup>{self.fn_numbers[note.id]}</sup> {self.inline(note.runs, in_note=True).strip()}")
        return "\n\n".join(b for b in blocks if b) + "\n"

    def _front_matter(self) -> str:
        lines = [f"language: {self.draft.language}"]
        meta = self.draft.meta
        for key, attr in META_KEYS.items():
            if key == "language":
                continue
            value = getattr(meta, attr)
            if key == "organ" or value != getattr(_DEFAULTS, attr):
                lines.append(f"{key}: {escape_header(str(value))}")
        if meta.adoption is not None:
            for key, attr in ADOPTION_KEYS.items():
                lines.append(f"{key}: {escape_header(getattr(meta.adoption, attr))}".replace("\n", " / ").rstrip())
        return "<!-- draftapp\n" + "\n".join(lines) + "\n-->"

    def _masthead(self) -> list[str]:
        meta, lang = self.draft.meta, self.lang
        blocks = []
        if meta.session is not None:
            blocks.append(f"## {lang.session_name(meta.session)}")
        if lang.committee_name(meta.organ):
            blocks.append(lang.committee_name(meta.organ))
        # the masthead is read as plain text: an agenda item number keeps no markup
        # characters, and an item without a number has no line (it is left out)
        agenda = [item for item in meta.agenda if MARKUP.sub("", item.number).strip()]
        if agenda:
            numbers = [MARKUP.sub("", item.number) for item in agenda]
            if meta.provisional_agenda:
                blocks.append(lang.data["provisional_agenda"].format(lang.join(numbers)) + "\\*")
            else:
                blocks.append(lang.agenda_line(numbers))
            for item in agenda:
                # a title line that reads like another masthead line ("…: draft
                # resolution", "### …") is marked
                blocks += ["\\ " + escape(t) if reads_as_masthead_line(escape(t), lang) else escape(t) for t in item.titles]
        if self.draft.sponsors or meta.kind:
            colon = lang.punct.label_colon  # " :" in French
            star = "\\*" if meta.sponsors_note else ""
            names = write_sponsors(self.draft.sponsors, lang, is_state_name)
            label = lang.kind_label(meta.kind)
            if names:
                blocks.append(f"{names}{colon}{star}  \n{label}" if lang.cjk else f"{names}{colon}{star} {label}")
            else:
                blocks.append(f"{star} {label}".strip())
        if meta.title:
            blocks.append(f"### {escape(meta.title)}")
        blocks.append(organ_line_as_written(meta.organ_line, lang) if meta.organ_line else lang.organ_line(meta.organ))
        return blocks

    def _paragraph(self, p: Paragraph, label: str, parent: Paragraph | None = None) -> list[str]:
        if p.heading:
            return [f"#### {self.inline(p.runs).strip()}".rstrip()]  # "####" alone: no words yet
        text = self.inline(p.runs).strip()  # spaces around a paragraph have no form in the dialect
        if not label and (LOOKS_LIKE_SYNTAX.match(text) or reads_as_organ_line(text)):
            # a paragraph reading as a label, or as the organ line that ends the masthead
            text = "\\" + text
        if not label and not text:
            # a preambular paragraph with no words yet: a lone backslash (no line at all
            # would lose it, and give its subparagraphs to the paragraph before)
            text = "\\"
        blocks = [f"{label} {text}".rstrip() if label else text]  # "1." alone: no words yet
        if label and parent is not None:
            # a label that would read as something else at the margin is indented, as
            # on the page: an Arabic fourth-level "2 -", a roman "(i)" under "(h)"
            blocks[0] = written_indent(label, self.labels.get(parent.id, ""), len(parent.children)) + blocks[0]
        for child in p.children:
            blocks += self._paragraph(child, self.labels[child.id], p)
        return blocks


def write_text(draft: Draft) -> str:
    from draftapp.io.validate import cleaned

    return TextWriter(cleaned(draft)).write()
