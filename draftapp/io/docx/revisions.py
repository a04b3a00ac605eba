"""Raw OOXML for tracked changes (python-docx has none): insertions, deletions and moves.

Word concepts behind the code (ECMA-376 Part 1, 17.13.5):
- Inserted runs sit inside `<w:ins w:id w:author w:date>`; deleted runs inside `<w:del …>`,
  their text as `w:delText` (and a field's instruction as `w:delInstrText`).
- A paragraph inserted or deleted as a whole also has its *paragraph mark* revised:
  `<w:pPr><w:rPr><w:ins …/></w:rPr></w:pPr>` (or `w:del`). Accepting a deleted mark joins
  the paragraph's (empty) remains with the next paragraph; so does rejecting an
  inserted one.
- A move is a pair: at the old place the runs sit in `<w:moveFrom>` (their text stays
  `w:t`) inside a range `w:moveFromRangeStart w:name="moveN"` … `w:moveFromRangeEnd`; at
  the new place `<w:moveTo>` inside `w:moveToRangeStart` … `w:moveToRangeEnd` with the same
  name; the paragraph marks carry `w:moveFrom` / `w:moveTo`.
- Every revision and range mark has an id; ids here start at `FIRST_ID`, clear of the
  bookmark ids the footnote citations use.
"""

from __future__ import annotations

import copy
import datetime as dt

from docx.oxml.ns import qn

from draftapp.io.docx import oxml

FIRST_ID = 10_000
_ID = qn("w:id")
INS, DEL, MOVE_FROM, MOVE_TO = "w:ins", "w:del", "w:moveFrom", "w:moveTo"
#: Content that a revision wraps: runs, and the bookmarks around footnote citations.
_WRAPPED = {qn("w:r"), qn("w:bookmarkStart"), qn("w:bookmarkEnd")}


def revision_date(when: dt.datetime | None = None) -> str:
    """xsd:dateTime in UTC without fractions, as Word writes it: 2026-12-05T07:50:00Z."""
    when = when or dt.datetime.now(dt.timezone.utc)
    if when.tzinfo is not None:
        when = when.astimezone(dt.timezone.utc)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


class Revisions:
    """Makes revision elements with one author and date and ids that never repeat."""

    def __init__(self, author: str, date: str | None = None):
        self.author = author or "Draftapp"
        self.date = date or revision_date()
        self._next = FIRST_ID
        self._made: dict[str, object] = {}  # tag -> a first element, copied for the next ones

    def new_id(self) -> int:
        self._next += 1
        return self._next

    def mark(self, tag: str):
        """A revision element with a new id (copied from the first of its kind: a long
        draft renumbered needs thousands, and a copy is far cheaper than a new element)."""
        first = self._made.get(tag)
        if first is None:
            first = self._made[tag] = oxml.element(tag, {"w:id": 0, "w:author": self.author, "w:date": self.date})
        el = copy.copy(first)
        el.set(_ID, str(self.new_id()))
        return el

    # --- runs -----------------------------------------------------------------------
    def wrap(self, paragraph_element, start: int, tag: str) -> None:
        """Put the paragraph's runs from child position `start` on into one `tag`
        revision (w:ins, w:del, w:moveFrom, w:moveTo). Deleted text becomes delText."""
        children = [c for c in list(paragraph_element)[start:] if c.tag in _WRAPPED]
        if not children:
            return
        wrapper = self.mark(tag)
        children[0].addprevious(wrapper)
        for child in children:
            wrapper.append(child)
            if tag == DEL:
                deleted_text(child)

    # --- paragraph marks ----------------------------------------------------------------
    def mark_paragraph(self, paragraph_element, tag: str) -> None:
        """The paragraph mark itself inserted, deleted or moved."""
        ppr = paragraph_element.get_or_add_pPr()
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = oxml.insert_ordered(ppr, oxml.element("w:rPr"))
        rpr.insert(0, self.mark(tag))  # the track-change marks come first in a mark's rPr

    def layout_changed(self, paragraph_element, old_ppr) -> None:
        """The paragraph's layout (indents, tabs) changed: `w:pPrChange` keeps the old
        properties (`old_ppr`, a w:pPr), so that Reject all restores them."""
        ppr = paragraph_element.get_or_add_pPr()
        old = oxml.element("w:pPr")
        for child in old_ppr:
            if child.tag not in (qn("w:rPr"), qn("w:sectPr"), qn("w:pPrChange")):
                old.append(child)
        change = self.mark("w:pPrChange")
        change.append(old)
        ppr.append(change)  # last in a w:pPr

    # --- move ranges ----------------------------------------------------------------------
    def move_range(self, paragraph_element, tag: str, name: str) -> None:
        """Enclose the paragraph's content in a move range (`tag` is MOVE_FROM or MOVE_TO)."""
        rid = self.new_id()
        start = oxml.element(f"{tag}RangeStart", {"w:id": rid, "w:author": self.author, "w:date": self.date, "w:name": name})
        ppr = paragraph_element.find(qn("w:pPr"))
        if ppr is not None:
            ppr.addnext(start)
        else:
            paragraph_element.insert(0, start)
        paragraph_element.append(oxml.element(f"{tag}RangeEnd", {"w:id": rid}))


def deleted_text(element) -> None:
    """w:t -> w:delText and w:instrText -> w:delInstrText inside `element`."""
    for t in list(element.iter(qn("w:t"))):
        t.tag = qn("w:delText")
    for t in list(element.iter(qn("w:instrText"))):
        t.tag = qn("w:delInstrText")


def child_count(paragraph_element) -> int:
    return len(paragraph_element)
