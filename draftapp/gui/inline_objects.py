"""Draws footnote citations and live cross-references inside a text block.

Each is one object character in the document (see inline.py); this handler asks the
session for its current number at paint time, so a move or an insertion renumbers every
citation and reference without touching the text.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextDocument, QTextFormat, QTextObjectInterface

from draftapp.gui.inline import FOOTNOTE_OBJECT, TARGET_PROPERTY, XREF_OBJECT


class InlineObjects(QObject, QTextObjectInterface):
    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session

    @staticmethod
    def install(document: QTextDocument, handler: "InlineObjects") -> None:
        layout = document.documentLayout()
        layout.registerHandler(FOOTNOTE_OBJECT, handler)
        layout.registerHandler(XREF_OBJECT, handler)

    def _text(self, fmt: QTextFormat) -> str:
        target = fmt.property(TARGET_PROPERTY)
        if fmt.objectType() == FOOTNOTE_OBJECT:
            number = self.session.footnote_numbers.get(target)
            return str(number) if number is not None else "?"
        return self.session.reference(target)

    def _font(self, document: QTextDocument, fmt: QTextFormat) -> QFont:
        font = QFont(document.defaultFont())
        if fmt.objectType() == FOOTNOTE_OBJECT:
            font.setPointSizeF(font.pointSizeF() * 0.7)
        return font

    def intrinsicSize(self, document: QTextDocument, position: int, fmt: QTextFormat) -> QSizeF:
        base = QFontMetricsF(document.defaultFont())
        metrics = QFontMetricsF(self._font(document, fmt))
        width = metrics.horizontalAdvance(self._text(fmt)) + 2
        return QSizeF(width, base.ascent())

    def drawObject(self, painter: QPainter, rect: QRectF, document: QTextDocument, position: int, fmt: QTextFormat) -> None:
        font = self._font(document, fmt)
        metrics = QFontMetricsF(font)
        text = self._text(fmt)
        painter.save()
        painter.setFont(font)
        if fmt.objectType() == FOOTNOTE_OBJECT:
            painter.setPen(QColor("#1a5fb4"))
            painter.drawText(QPointF(rect.left() + 1, rect.top() + metrics.ascent()), text)
        else:
            # a live reference: tinted, so it reads as a number the app keeps up to date
            painter.fillRect(rect.adjusted(0, 1, 0, 2), QColor("#e8f0fb"))
            painter.setPen(QColor("#1a5fb4"))
            painter.drawText(QPointF(rect.left() + 1, rect.bottom()), text)
        painter.restore()
