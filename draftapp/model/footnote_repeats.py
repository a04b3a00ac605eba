"""How a draft repeats a source in its footnotes: the repetition style, a property of the
draft (`Metadata.footnote_repeats`).

- NEW ("new"): a repeated source is a new footnote with the same text, as the drafts of the
  80th session do (a First Committee draft whose note 8 repeats note 1);
- SAME ("same"): the first footnote's number is cited again, as older drafts do (the CSTO
  draft of the 71st session cites its note 1 in two paragraphs).

The readers set the style from what a text does (`detect`), templates choose it (NEW by
default), the editor's "cite again" and the export follow it (`CiteFootnote`,
`with_new_footnotes`), and the checks report a mix of the two.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from draftapp.model.draft import Draft, Footnote, FootnoteRef, Text

NEW = "new"
SAME = "same"
STYLES = (NEW, SAME)
DEFAULT = NEW


def style_of(draft: Draft) -> str:
    """The draft's style (an unknown value, from a newer or damaged file, reads as the default)."""
    value = getattr(draft.meta, "footnote_repeats", DEFAULT)
    return value if value in STYLES else DEFAULT


def _key(note: Footnote) -> str:
    return " ".join(note.text.split()).casefold()


def cited_again(draft: Draft) -> list[tuple[str, str]]:
    """(footnote id, paragraph id) of each citation after a footnote's first: the SAME style."""
    seen: set[str] = set()
    out = []
    for p in draft.paragraphs():
        for run in p.runs:
            if isinstance(run, FootnoteRef):
                if run.footnote_id in seen:
                    out.append((run.footnote_id, p.id))
                seen.add(run.footnote_id)
    return out


def same_text(draft: Draft, ignore: Callable[[str], bool] = lambda text: False) -> list[tuple[str, str]]:
    """(first footnote id, later footnote id) of footnotes with the same text: the NEW
    style. `ignore(text)` leaves out notes whose sameness says nothing ("Ibid." repeats
    the note before it, whatever that is)."""
    first: dict[str, str] = {}
    out = []
    for note in draft.footnotes:
        key = _key(note)
        if not key or ignore(note.text.strip()):
            continue
        if key in first:
            out.append((first[key], note.id))
        else:
            first[key] = note.id
    return out


def detect(draft: Draft, ignore: Callable[[str], bool] = lambda text: False) -> str | None:
    """The style a draft's text follows: SAME when a footnote is cited again, NEW when a
    footnote repeats another's text, the one used more when both occur, None when
    nothing is repeated."""
    again, same = len(cited_again(draft)), len(same_text(draft, ignore))
    if not again and not same:
        return None
    return SAME if again > same else NEW


def set_detected(draft: Draft, ignore: Callable[[str], bool] = lambda text: False) -> None:
    """For the readers: the style of what the text does, the default when it repeats nothing."""
    draft.meta.footnote_repeats = detect(draft, ignore) or DEFAULT


def with_new_footnotes(draft: Draft) -> Draft:
    """A copy of the draft in which each citation after a footnote's first cites a new
    footnote with the same text (inserted after the notes already cited, so the numbers
    follow the order of citation): what the NEW style prints."""
    out = copy.deepcopy(draft)
    seen: set[str] = set()
    notes = {note.id: note for note in out.footnotes}
    for p in out.paragraphs():
        for i, run in enumerate(p.runs):
            if isinstance(run, FootnoteRef) and run.footnote_id in notes:
                if run.footnote_id in seen:
                    twin = Footnote(runs=copy.deepcopy(notes[run.footnote_id].runs))
                    out.footnotes.append(twin)
                    p.runs[i] = FootnoteRef(twin.id)
                else:
                    seen.add(run.footnote_id)
    return out


def printed(draft: Draft) -> Draft:
    """The draft as a document prints it: in the NEW style every citation of a footnote
    is a footnote of its own (`with_new_footnotes`); in the SAME style the draft itself."""
    return with_new_footnotes(draft) if style_of(draft) == NEW else draft


def twin(note: Footnote) -> Footnote:
    """A new footnote with the same text as `note`."""
    return Footnote(runs=copy.deepcopy(note.runs) or [Text("")])
