"""The wheel over the Document pane scrolls it and changes none of its choices (on a real
X display it turned the distribution to "Restricted" in the draft and its preview)."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def _wheel(widget, steps: int) -> None:
    """Turn the wheel over the widget's centre as X does: one event per notch."""
    centre = QPointF(widget.rect().center())
    for _ in range(abs(steps)):
        event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                            QPoint(0, -120 if steps > 0 else 120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)


def test_wheel_over_the_choices_scrolls_the_pane_and_changes_nothing(make_window, english_draft, qtbot):
    window = make_window(english_draft)
    window.resize(1100, 520)  # the Document pane taller than its dock: it scrolls
    pane = window.document_pane
    qtbot.waitUntil(lambda: pane.verticalScrollBar().maximum() > 0, timeout=2000)
    meta_before = window.session.draft.meta
    language_before = window.session.draft.language
    shown = {w: w.currentText() for w in (pane.organ, pane.language, pane.kind, pane.original_language,
                                          pane.distribution)}
    session_shown = pane.session_number.text()
    for widget in [*shown, pane.session_number]:
        pane.verticalScrollBar().setValue(0)
        _wheel(widget, 3)
        _wheel(widget, -1)
        assert pane.verticalScrollBar().value() > 0, widget  # the pane scrolled instead
    for widget, text in shown.items():
        assert widget.currentText() == text
    assert pane.session_number.text() == session_shown
    assert window.session.draft.meta == meta_before and window.session.draft.language == language_before
    assert not window.session.stack.canUndo()
    assert "Restricted" not in window.preview.html()
    # the keys still choose: Down on the focused distribution picks the next entry
    pane.distribution.setFocus()
    index = pane.distribution.currentIndex()
    QTest.keyClick(pane.distribution, Qt.Key.Key_Down)
    assert pane.distribution.currentIndex() == index + 1
    assert window.session.draft.meta.distribution == pane.distribution.currentText()
