"""Zoom: Ctrl+plus / Ctrl+minus / Ctrl+0 and Ctrl+wheel in the clause panes and the
preview, one factor, remembered across restarts. The preview keeps its serif page font and
scales every line, and the zoom survives the next key press (the bug of QTextEdit's own
Ctrl+wheel zoom)."""

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from draftapp.gui.main_window import MainWindow
from tests.gui.conftest import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def ctrl_wheel(widget, steps: int) -> None:
    viewport = widget.viewport()
    centre = QPointF(viewport.rect().center())
    event = QWheelEvent(centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, CTRL, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)


def line_height(pane) -> float:
    block = pane.document().firstBlock()
    return pane.document().documentLayout().blockBoundingRect(block).height()


def page_fonts(preview):
    """(families, point size) of every fragment of text the preview page shows."""
    out = []
    block = preview.page.document().begin()
    while block.isValid():
        for item in block:
            fragment = item.fragment()
            if fragment.isValid() and fragment.text().strip():
                font = fragment.charFormat().font()
                out.append((fragment.text(), font.family(), font.pointSizeF()))
        block = block.next()
    return out


def test_ctrl_plus_minus_and_zero_zoom_the_clause_panes(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    pane.setFocus()
    normal = line_height(pane)
    press(pane, Qt.Key.Key_Plus, CTRL)
    press(pane, Qt.Key.Key_Plus, CTRL)
    assert line_height(pane) > normal * 1.1
    assert line_height(window.preamble) > normal * 1.1  # one zoom for both parts
    press(pane, Qt.Key.Key_0, CTRL)
    assert line_height(pane) == pytest.approx(normal)
    press(pane, Qt.Key.Key_Minus, CTRL)
    assert line_height(pane) < normal
    assert window.session.stack.count() == 0  # zooming is no edit


def test_ctrl_wheel_over_the_preview_keeps_the_serif_font_scales_every_line_and_lasts(make_window, english_draft,
                                                                                      qtbot):
    window = make_window(english_draft)
    window.preview.update_now()
    before = page_fonts(window.preview)
    serif = {family for _t, family, _s in before}
    ctrl_wheel(window.preview.page, 2)
    after = page_fonts(window.preview)
    assert [t for t, _f, _s in after] == [t for t, _f, _s in before]
    assert {family for _t, family, _s in after} == serif  # no switch to the widget's sans-serif
    for (_t, _f, old), (_t2, _f2, new) in zip(before, after):
        assert new == pytest.approx(old * 1.2, rel=0.05)  # every line, sized or not
    # a key press and a rebuild of the page keep the zoom
    pane = window.operative
    pane.setFocus()
    pane.place_cursor(pane.ids[0], 0)
    type_text(pane, "Also ")
    qtbot.waitUntil(lambda: "Also" in window.preview.page.toPlainText())
    assert page_fonts(window.preview)[-1][2] == pytest.approx(after[-1][2], rel=0.05)
    assert window.zoom_control.percent == 120


def test_ctrl_wheel_zooms_a_clause_pane_without_scrolling_it(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    normal = line_height(pane)
    ctrl_wheel(pane, -1)
    assert line_height(pane) < normal


def test_the_zoom_is_remembered_at_the_next_start(make_window, english_draft, tmp_path, qtbot):
    window = make_window(english_draft)
    window.operative.setFocus()
    normal = line_height(window.operative)
    press(window.operative, Qt.Key.Key_Plus, CTRL)
    zoomed = line_height(window.operative)
    assert zoomed > normal
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    again = MainWindow(english_draft, settings=settings, autosave_dir=tmp_path / "autosave2", spelling=False)
    qtbot.addWidget(again)
    again.show()
    assert line_height(again.operative) == pytest.approx(zoomed)
    assert again.zoom_control.percent == 110
    again.session.stack.setClean()
