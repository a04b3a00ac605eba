"""The gutter of a clause pane: the numbers and letters painted beside each clause from
the session's labels, and drag and drop of a clause by its number. A mixin of
ClausePane."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QDrag, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QApplication

from draftapp.gui.clause_layout import GUTTER, INDENT, PARAGRAPH_MIME
from draftapp.model import MoveParagraph


class GutterAndDrag:
    # --- painting the numbers ------------------------------------------------------
    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        layout = self.document().documentLayout()
        offset = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        height = self.viewport().height()
        width = self.viewport().width()
        rtl = self.session.language.rtl
        metrics = QFontMetrics(self.document().defaultFont())
        painter.setFont(self.document().defaultFont())
        painter.setPen(QColor("#5e6a78"))
        block = self.firstVisibleBlock() if hasattr(self, "firstVisibleBlock") else self._first_visible_block(offset.y())
        while block.isValid():
            rect = layout.blockBoundingRect(block).translated(-offset.x(), -offset.y())
            if rect.top() > height:
                break
            number = block.blockNumber()
            if rect.bottom() >= 0 and number < len(self.ids):
                label = self.session.labels.get(self.ids[number], "")
                if label:
                    depth = self.depths[number]
                    text_edge = GUTTER + depth * INDENT
                    box_width = min(text_edge, INDENT + 10 if depth else GUTTER) - 8
                    top = int(rect.top() + block.blockFormat().topMargin())
                    if rtl:
                        box = QRect(int(width - text_edge + 8), top, box_width, metrics.height())
                        align = Qt.AlignmentFlag.AlignLeft
                    else:
                        box = QRect(int(text_edge - box_width - 8), top, box_width, metrics.height())
                        align = Qt.AlignmentFlag.AlignRight
                    painter.drawText(box, align | Qt.AlignmentFlag.AlignTop, label)
                elif self.depths[number] == 0:
                    # an unnumbered clause (preamble, heading): a grip to drag it by
                    top = int(rect.top() + block.blockFormat().topMargin() + metrics.height() / 2)
                    x = int(width - GUTTER + 14) if rtl else GUTTER - 22
                    self._paint_grip(painter, x, top)
            block = block.next()
        if self._drop_line is not None:
            painter.setPen(QPen(QColor("#1a5fb4"), 2))
            painter.drawLine(GUTTER // 2, self._drop_line, width - 8, self._drop_line)
        painter.end()

    @staticmethod
    def _paint_grip(painter: QPainter, x: int, y: int) -> None:
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#b8c2cf"))
        for row in (-4, 0, 4):
            for col in (0, 4):
                painter.drawEllipse(x + col, y + row - 1, 2, 2)
        painter.restore()

    def _first_visible_block(self, y: int):
        """The first block reaching below the scroll offset `y`, by search over the
        blocks' rectangles. (Hit-testing with cursorForPosition answered from a layout
        still in progress after a large draft was opened: a block far down, so nothing
        was painted until the pane was scrolled.) blockBoundingRect lays out as needed."""
        doc = self.document()
        layout = doc.documentLayout()
        last = doc.blockCount() - 1

        def above(number: int) -> bool:
            return layout.blockBoundingRect(doc.findBlockByNumber(number)).bottom() < y

        # galloping first, so that only the blocks down to the view are laid out now
        lo, step = 0, 1
        while lo + step <= last and above(lo + step):
            lo, step = lo + step, step * 2
        hi = min(lo + step, last)
        if not above(lo):
            return doc.findBlockByNumber(lo)
        while lo < hi:
            mid = (lo + hi) // 2
            if above(mid):
                lo = mid + 1
            else:
                hi = mid
        return doc.findBlockByNumber(lo)

    # --- drag and drop of clauses by their number ----------------------------------
    def _in_gutter(self, pos: QPoint) -> bool:
        x = pos.x()
        return x > self.viewport().width() - GUTTER if self.session.language.rtl else x < GUTTER - 4

    def _block_at(self, pos: QPoint):
        return self.cursorForPosition(pos).block()

    def mousePressEvent(self, event) -> None:
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and self._in_gutter(pos) and self.ids:
            number = self._block_at(pos).blockNumber()
            if 0 <= number < len(self.ids):
                self._drag_start = (pos, self.ids[number])
                self.place_cursor(self.ids[number], 0)
                return
        self._drag_start = None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._drag_start and event.buttons() & Qt.MouseButton.LeftButton:
            start, pid = self._drag_start
            if (event.position().toPoint() - start).manhattanLength() >= QApplication.startDragDistance():
                self._drag_start = None
                drag = QDrag(self)
                mime = QMimeData()
                mime.setData(PARAGRAPH_MIME, pid.encode())
                mime.setText(self.paragraph(pid).text)
                drag.setMimeData(mime)
                drag.exec(Qt.DropAction.MoveAction)
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        self._drag_start = None
        super().mouseReleaseEvent(event)

    def _drop_target(self, pos: QPoint) -> tuple[str, bool] | None:
        """(paragraph id, after?) the dragged clause would land beside."""
        if not self.ids:
            return None
        block = self._block_at(pos)
        number = block.blockNumber()
        if not 0 <= number < len(self.ids):
            return None
        rect = self.document().documentLayout().blockBoundingRect(block)
        y = pos.y() + self.verticalScrollBar().value()
        return self.ids[number], y > rect.center().y()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(PARAGRAPH_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if not event.mimeData().hasFormat(PARAGRAPH_MIME):
            event.ignore()
            return
        target = self._drop_target(event.position().toPoint())
        if target:
            block = self.document().findBlockByNumber(self.ids.index(target[0]))
            rect = self.document().documentLayout().blockBoundingRect(block)
            y = rect.bottom() if target[1] else rect.top()
            self._drop_line = int(y - self.verticalScrollBar().value())
            self.viewport().update()
        event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self._drop_line = None
        self.viewport().update()

    def dropEvent(self, event) -> None:
        self._drop_line = None
        self.viewport().update()
        if not event.mimeData().hasFormat(PARAGRAPH_MIME):
            event.ignore()
            return
        pid = bytes(event.mimeData().data(PARAGRAPH_MIME)).decode()
        target = self._drop_target(event.position().toPoint())
        event.acceptProposedAction()
        if target:
            self.move_beside(pid, *target)

    def move_beside(self, pid: str, target_id: str, after: bool) -> None:
        """Move a clause (with its subparagraphs) next to another one, at its level."""
        if pid == target_id:
            return
        draft = self.session.draft
        try:
            _part, siblings, index, parent = draft.locate(target_id)
            here_part, here_siblings, here_index, _ = draft.locate(pid)
        except KeyError:
            return
        new_index = index + (1 if after else 0)
        if here_siblings is siblings and here_index < new_index:
            new_index -= 1  # counted after the clause has left its old place
        self._pending_cursor = (pid, 0)
        self.session.push(MoveParagraph(pid, self.part, new_index, parent.id if parent else None))

