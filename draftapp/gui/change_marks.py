"""Margin marks in the clause panes: a bar beside each clause that differs from the
draft's base (inserted, edited or moved), toggled by View > Changes against the base.

An overlay on the pane's viewport, transparent to the mouse, so the pane's own painting
(numbers, drag grips) is untouched. Which clauses differ is recomputed (draftapp.compare)
shortly after the draft changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from draftapp.compare import compare

MARK_COLOR = QColor("#e5a50a")
MARK_WIDTH = 4


class ChangeMarks(QWidget):
    def __init__(self, pane):
        super().__init__(pane.viewport())
        self.pane = pane
        self.changed_ids: set[str] = set()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        pane.viewport().installEventFilter(self)
        pane.verticalScrollBar().valueChanged.connect(lambda _v: self.update())
        self.resize(pane.viewport().size())
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.resize(self.pane.viewport().size())
        return False

    def set_changed(self, ids: set[str]) -> None:
        self.changed_ids = ids
        self.update()

    def marked_blocks(self) -> list[int]:
        return [n for n, pid in enumerate(self.pane.ids) if pid in self.changed_ids]

    def mark_rect(self, number: int) -> QRect:
        """Where the mark of block `number` is painted, in viewport coordinates."""
        pane = self.pane
        block = pane.document().findBlockByNumber(number)
        rect = pane.document().documentLayout().blockBoundingRect(block)
        offset = QPoint(pane.horizontalScrollBar().value(), pane.verticalScrollBar().value())
        rect = rect.translated(-offset.x(), -offset.y())
        x = self.width() - MARK_WIDTH - 1 if pane.session.language.rtl else 1
        return QRect(x, int(rect.top()) + 2, MARK_WIDTH, max(int(rect.height()) - 4, 4))

    def paintEvent(self, event) -> None:
        if not self.changed_ids:
            return
        painter = QPainter(self)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(MARK_COLOR)
        for number in self.marked_blocks():
            rect = self.mark_rect(number)
            if rect.bottom() >= 0 and rect.top() <= self.height():
                painter.drawRect(rect)
        painter.end()


class ChangeMarker(QObject):
    """Keeps the marks of both clause panes up to date while they are shown."""

    def __init__(self, session, panes, parent=None):
        super().__init__(parent)
        self.session = session
        self.marks = [ChangeMarks(p) for p in panes]
        self.enabled = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.recompute)
        session.changed.connect(self._soon)
        session.structureChanged.connect(self._soon)

    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        for m in self.marks:
            m.setVisible(on)
            m.raise_()
        if on:
            self.recompute()

    def _soon(self) -> None:
        if self.enabled:
            self.timer.start()

    def recompute(self) -> None:
        draft = self.session.draft
        ids = compare(draft.base.draft, draft).changed_new_ids() if draft.base is not None else set()
        for m in self.marks:
            m.set_changed(ids)
