"""What every reader hands the model has been through here first.

`validated(draft, path)` is called by `formats.read_draft` (the one door the CLI and the
editor use) on whatever a reader built, and by the autosave recovery. It

- refuses, with a DraftIOError naming the input file, what the model cannot hold:
  an unknown language, organ or document kind, a session outside 1-200, a paragraph or
  footnote id used twice (or empty, or not text), paragraphs nested deeper than
  MAX_DEPTH, more than MAX_PARAGRAPHS paragraphs or MAX_FOOTNOTES footnotes, a paragraph
  longer than MAX_PARAGRAPH_CHARS;
- cleans the text of what XML cannot carry and the text dialect cannot write back
  (`clean_text`): control characters and line breaks inside a paragraph become a space,
  lone surrogates become U+FFFD, the non-characters U+FFFE and U+FFFF go.

A citation of a footnote or a paragraph the draft does not hold is *not* refused: a
PDF copy cut short cites notes it lost, and the export and the checks say so.

`cleaned(draft)` applies the same cleaning to a copy, for the writers: whatever the
editor holds is written in a form the readers take back.
"""

from __future__ import annotations

import copy
import re
from dataclasses import fields

from draftapp.io.errors import DraftIOError
from draftapp.lang import LANGUAGES
from draftapp.model.commands import MAX_LEVELS
from draftapp.model import KINDS, ORGANS, Adoption, CrossRef, Draft, Footnote, Metadata, Paragraph, Text
from draftapp.model.annex import all_paragraphs, annexes

MAX_PARAGRAPHS = 20_000  # the large benchmark draft has 1,165
MAX_FOOTNOTES = 5_000
MAX_CITATIONS = 20_000  # footnote citations and cross-references in all; the large draft has ~300
MAX_DEPTH = 1 + MAX_LEVELS  # a paragraph and four levels of subparagraphs: (a), (i), a., i.
MAX_PARAGRAPH_CHARS = 200_000  # about 30,000 words in one paragraph
SESSIONS = range(1, 201)
#: what a cross-reference may name (a paragraph id; the text dialect writes it in a link)
_TARGET = re.compile(r"[^\s()\[\]]{0,200}")

#: Characters XML 1.0 cannot carry: C0 controls but tab, line feed and carriage return.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_DROP = re.compile("[\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: in a one-line field (a metadata value, a sponsor): every control and line separator
_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def clean_text(text: str, one_line: bool = False) -> str:
    """`text` without what XML cannot carry (lone surrogates become U+FFFD); in a
    one-line field, line breaks and other controls become a space."""
    if text.isascii() and text.isprintable():
        return text.strip() if one_line else text
    text = _SURROGATE.sub("\ufffd", text)
    text = _DROP.sub("", text)
    if one_line:
        return _BREAKS.sub(" ", text).strip()
    return _NOT_XML.sub("", text)


def _clean_runs(runs) -> None:
    for run in runs:
        if isinstance(run, Text):
            run.text = clean_text(run.text)


def _clean_meta(meta: Metadata) -> None:
    for f in fields(Metadata):
        value = getattr(meta, f.name)
        if isinstance(value, str):
            setattr(meta, f.name, clean_text(value, one_line=True))
    for item in meta.agenda:
        item.number = clean_text(item.number, one_line=True)
        item.titles = [title for t in item.titles if (title := clean_text(t, one_line=True))]  # an empty line goes
    if meta.adoption is not None:
        for f in fields(Adoption):  # the meeting line keeps its line break, as "\n"
            value = clean_text(getattr(meta.adoption, f.name), one_line=f.name != "meeting_line")
            setattr(meta.adoption, f.name, value.replace("\r\n", "\n").replace("\r", "\n"))


def clean(draft: Draft) -> Draft:
    """Clean `draft` in place (see the module's doc); returns it."""
    _clean_meta(draft.meta)
    # (a colon or star ending a name is the sponsors line's own punctuation, not the name's)
    draft.sponsors = [name for s in draft.sponsors if (name := _sponsor_name(s))]
    for p in all_paragraphs(draft):  # the annexes' too
        _clean_runs(p.runs)
        if p.typed_label is not None:
            p.typed_label = clean_text(p.typed_label, one_line=True)
    for note in draft.footnotes:
        _clean_runs(note.runs)
    for annex in draft.annexes:  # the line above the title and the title: one line each
        annex.label, annex.title = clean_text(annex.label, one_line=True), clean_text(annex.title, one_line=True)
    return draft


def _sponsor_name(name: str) -> str:
    """A sponsor's name without the line's punctuation or any space at its ends (a
    no-break space too: the DOCX reader drops it, and "0\xa0" came back as "0")."""
    return re.sub(r"[\s:：*]+$", "", clean_text(name, one_line=True)).strip()


def cleaned(draft: Draft) -> Draft:
    """A cleaned copy (the draft itself when there is nothing to clean)."""
    if _is_clean(draft):
        return draft
    return clean(copy.deepcopy(draft))


def _is_clean(draft: Draft) -> bool:
    one_line = [value for f in fields(Metadata) if isinstance(value := getattr(draft.meta, f.name), str)]
    for item in draft.meta.agenda:
        one_line += [item.number, *item.titles]
        if not all(item.titles):
            return False
    if draft.meta.adoption is not None:
        one_line += [getattr(draft.meta.adoption, f.name).replace("\n", " ") for f in fields(Adoption)]
    one_line += draft.sponsors
    one_line += [line for annex in draft.annexes for line in (annex.label, annex.title)]
    if not all(s and s == _sponsor_name(s) for s in draft.sponsors):
        return False  # an empty sponsor goes, a name loses the line's punctuation
    text = []
    for p in all_paragraphs(draft):  # the annexes' too
        text += [r.text for r in p.runs if isinstance(r, Text)]
        if p.typed_label is not None:
            one_line.append(p.typed_label)
    for note in draft.footnotes:
        text += [r.text for r in note.runs if isinstance(r, Text)]
    return all(clean_text(s, one_line=True) == s for s in one_line) and all(clean_text(s) == s for s in text)


def problems(draft: Draft) -> str | None:
    """The first thing in `draft` the model cannot hold, in words; None when it is sound."""
    if draft.language not in LANGUAGES:
        return f"unknown language {draft.language!r} (expected one of {', '.join(LANGUAGES)})"
    meta = draft.meta
    if meta.organ not in ORGANS:
        return f"unknown organ {meta.organ!r} (expected one of {', '.join(ORGANS)})"
    if meta.kind not in KINDS:
        return f"unknown document kind {meta.kind!r} (expected one of {', '.join(KINDS)})"
    if meta.session is not None and (isinstance(meta.session, bool) or not isinstance(meta.session, int)
                                     or meta.session not in SESSIONS):
        return f"session {meta.session!r} is out of range (1 to {SESSIONS[-1]})"
    seen: set[str] = set()
    count = citations = 0
    # (the annexes' paragraphs too: ids unique across the draft, the same limits)
    stack: list[tuple[Paragraph, int]] = [(p, 0) for p in draft.preamble + draft.operative]
    stack += [(p, 0) for annex in annexes(draft) for p in annex.paragraphs]
    while stack:
        p, depth = stack.pop()
        count += 1
        if count > MAX_PARAGRAPHS:
            return f"it holds more than {MAX_PARAGRAPHS:,} paragraphs, far more than any draft"
        if depth >= MAX_DEPTH:
            return f"subparagraphs are nested more than {MAX_LEVELS} levels deep"
        if not isinstance(p.id, str) or not p.id:
            return "a paragraph has no id"
        if p.id in seen:
            return f"the paragraph id {p.id!r} is used twice"
        seen.add(p.id)
        length = sum(len(r.text) if isinstance(r, Text) else 1 for r in p.runs)
        if length > MAX_PARAGRAPH_CHARS:
            return f"a paragraph is {length:,} characters long (at most {MAX_PARAGRAPH_CHARS:,})"
        citations += sum(1 for r in p.runs if not isinstance(r, Text))
        if citations > MAX_CITATIONS:
            return f"it cites footnotes and paragraphs more than {MAX_CITATIONS:,} times, far more than any draft"
        for r in p.runs:
            if isinstance(r, CrossRef) and not _TARGET.fullmatch(r.target_id):
                return f"a cross-reference names no possible paragraph ({r.target_id[:40]!r})"
        stack.extend((c, depth + 1) for c in p.children)
    if len(draft.footnotes) > MAX_FOOTNOTES:
        return f"it holds {len(draft.footnotes):,} footnotes, far more than any draft (at most {MAX_FOOTNOTES:,})"
    notes: set[str] = set()
    for note in draft.footnotes:
        if not isinstance(note, Footnote) or not isinstance(note.id, str) or not note.id:
            return "a footnote has no id"
        if note.id in notes:
            return f"the footnote id {note.id!r} is used twice"
        notes.add(note.id)
        length = sum(len(r.text) if isinstance(r, Text) else 1 for r in note.runs)
        if length > MAX_PARAGRAPH_CHARS:
            return f"a footnote is {length:,} characters long (at most {MAX_PARAGRAPH_CHARS:,})"
    return None


def validated(draft: Draft, path=None) -> Draft:
    """`draft` checked and cleaned (in place), or a DraftIOError naming `path`."""
    problem = problems(draft)
    if problem:
        raise DraftIOError(path, f"cannot be opened: {problem}")
    return clean(draft)
