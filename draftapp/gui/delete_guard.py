"""Deleting a clause that other clauses refer to: ask first, as deleting a cited
footnote does (a cross-reference to a deleted paragraph is left broken)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from draftapp.model import cross_references


def referring_paragraphs(draft, paragraph) -> list[str]:
    """Ids of the paragraphs outside `paragraph` (and its subparagraphs) that refer to it
    or to one of its subparagraphs, in document order, each once."""
    inside = {p.id for p in paragraph.walk()}
    out: list[str] = []
    for pid, ref in cross_references(draft):
        if ref.target_id in inside and pid not in inside and pid not in out:
            out.append(pid)
    return out


def may_delete(parent, session, paragraph_id: str) -> bool:
    """True when nothing refers to the clause, or the user says to delete it anyway."""
    draft = session.draft
    referring = referring_paragraphs(draft, draft.find(paragraph_id))
    if not referring:
        return True
    target = session.labels.get(paragraph_id, "").rstrip(".") or parent.tr("this clause")
    answer = QMessageBox.question(
        parent,
        parent.tr("Delete clause"),
        parent.tr("Paragraph %s is referred to by %n other paragraph(s). Delete it? "
                  "Those references would point to nothing.", "", len(referring)) % target,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
