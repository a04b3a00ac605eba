"""Pictures of footnote citations and live cross-references inside a text block.

Each is one object character in the document (an image format, see inline.py) whose
image name says what it stands for ("fn:<footnote id>", "xref:<target id>"). The image
is drawn here from the session's current numbers when the document asks for it, and
drawn again when numbers change, so a move or an insertion renumbers every citation
and reference without touching the text. (Qt's built-in image handler does the layout:
a Python QTextObjectInterface is not picked up by registerHandler in PySide6 6.12.)
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QTextDocument

FOOTNOTE_SCHEME = "fn"
XREF_SCHEME = "xref"
INK = QColor("#1a5fb4")
XREF_BACKGROUND = QColor("#e3ecf9")


def object_url(kind: str, target: str) -> QUrl:
    return QUrl(f"{kind}:{target}")


def parse_name(name: str) -> tuple[str, str] | None:
    """("fn", id) or ("xref", id) from an image name, None for anything else."""
    kind, sep, target = name.partition(":")
    if sep and kind in (FOOTNOTE_SCHEME, XREF_SCHEME):
        return kind, target
    return None


class InlineObjects:
    """Draws the images for one document from the session's numbers."""

    def __init__(self, session, scale: float = 2.0):
        self.session = session
        self.scale = scale  # draw at double resolution: crisp on high-density screens
        self._shown: dict[str, str] = {}  # image name -> the number it shows

    def text(self, kind: str, target: str) -> str:
        if kind == FOOTNOTE_SCHEME:
            number = self.session.footnote_numbers.get(target)
            return str(number) if number is not None else "?"
        return self.session.reference(target)

    def image(self, document: QTextDocument, kind: str, target: str) -> QImage:
        base = QFont(document.defaultFont())
        font = QFont(base)
        if kind == FOOTNOTE_SCHEME:
            font.setPointSizeF(base.pointSizeF() * 0.68)
        metrics = QFontMetricsF(font)
        ascent = QFontMetricsF(base).ascent()
        text = self.text(kind, target)
        width = metrics.horizontalAdvance(text) + (2 if kind == FOOTNOTE_SCHEME else 4)
        height = ascent if kind == FOOTNOTE_SCHEME else ascent + QFontMetricsF(base).descent() * 0.6
        image = QImage(int(width * self.scale) + 1, int(height * self.scale) + 1, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        image.setDevicePixelRatio(self.scale)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(font)
        if kind == XREF_SCHEME:
            painter.fillRect(0, 1, int(width), int(height), XREF_BACKGROUND)
            painter.setPen(INK)
            painter.drawText(QPointF(2, ascent), text)
        else:
            painter.setPen(INK)
            painter.drawText(QPointF(1, metrics.ascent()), text)
        painter.end()
        return image

    def load(self, document: QTextDocument, url: QUrl) -> QImage | None:
        parsed = parse_name(url.toString())
        if parsed is None:
            return None
        image = self.image(document, *parsed)
        document.addResource(QTextDocument.ResourceType.ImageResource, url, image)
        self._shown[url.toString()] = self.text(*parsed)
        return image

    def refresh(self, document: QTextDocument, names: set[str], force: bool = False) -> None:
        """Draw again the images whose numbers changed, and lay the text out again."""
        changed = False
        for name in names:
            parsed = parse_name(name)
            if parsed and (force or self._shown.get(name) != self.text(*parsed)):
                self.load(document, QUrl(name))
                changed = True
        if changed:
            document.markContentsDirty(0, document.characterCount())
