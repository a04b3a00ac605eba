"""Zoom (Ctrl+plus, Ctrl+minus, Ctrl+0, Ctrl+wheel) of the clause panes, the footnotes
and the preview, one factor for all, remembered in the settings ("view/zoom", percent).

The factor scales each pane's language font (fonts.text_font), so a language change
keeps it; the preview scales its whole page, the point and pixel sizes its HTML names
included (`scale_html`). QTextEdit's own Ctrl+wheel zoom is never used: on the preview it
set the widget's sans-serif font as the page font, scaled only the lines without a size
of their own, and the next rebuild of the page dropped it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence

from draftapp.gui.fonts import text_font

SETTING = "view/zoom"
MIN, MAX, STEP = 50, 300, 10

_SIZE = re.compile(r"(font-size:\s*|margin-(?:left|right):\s*|text-indent:\s*)(\d+(?:\.\d+)?)(pt|px)")


def scale_html(html: str, factor: float) -> str:
    """The preview's HTML with every font size, margin and indent scaled."""
    if factor == 1.0:
        return html
    return _SIZE.sub(lambda m: f"{m.group(1)}{float(m.group(2)) * factor:.1f}{m.group(3)}", html)


class Zoom(QObject):
    def __init__(self, window, menu):
        super().__init__(window)
        self.window = window
        try:
            percent = int(window.settings.value(SETTING, 100))
        except (TypeError, ValueError):
            percent = 100
        self.percent = max(MIN, min(MAX, percent))
        for widget in (window.preamble, window.operative, window.preview.page):
            widget.viewport().installEventFilter(self)
        # after the panes set their fonts; the preview follows on its own (its timer, or
        # at once after File > Open): building it here too was a second build of the draft
        window.session.languageChanged.connect(lambda: self.apply(preview=False))
        menu.addSeparator()
        zoom_in = window._action(menu, window.tr("Zoom &in"), lambda: self.step(+1))
        zoom_in.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        zoom_out = window._action(menu, window.tr("Zoom &out"), lambda: self.step(-1))
        zoom_out.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomOut)])
        reset = window._action(menu, window.tr("&Actual size"), lambda: self.set_percent(100), "Ctrl+0")
        self.actions = {"in": zoom_in, "out": zoom_out, "reset": reset}
        if self.percent != 100:  # at 100 the panes already have their fonts: no relayout
            self.apply()

    @property
    def factor(self) -> float:
        return self.percent / 100

    def step(self, direction: int) -> None:
        self.set_percent(self.percent + direction * STEP)

    def set_percent(self, percent: int) -> None:
        percent = max(MIN, min(MAX, percent))
        if percent == self.percent:
            return
        self.percent = percent
        self.window.settings.setValue(SETTING, percent)
        self.apply()
        self.window.show_message(self.window.tr("Zoom %s%%") % percent)

    def apply(self, preview: bool = True) -> None:
        w = self.window
        language = w.session.draft.language
        for pane in (w.preamble, w.operative):
            font = text_font(language, self.factor)
            pane.zoom_factor = self.factor  # a language change draws at this size at once
            if pane.document().defaultFont() == font and pane.font() == font:
                continue  # no relayout of a long draft for nothing
            pane.document().setDefaultFont(font)
            pane.setFont(font)
            pane._numbers_changed()  # citation and reference images at the new size
        font = text_font(language, 0.85 * self.factor)
        w.footnotes.list.setFont(font)
        w.footnotes.editor.setFont(font)
        w.footnotes.editor.document().setDefaultFont(font)
        w.preview.zoom = self.factor
        if preview:
            w.preview.update_now()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Wheel and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:  # one step a notch (120); a touchpad's small deltas still make one
                notches = max(1, abs(round(delta / 120)))
                self.set_percent(self.percent + (1 if delta > 0 else -1) * notches * STEP)
            return True  # never QTextEdit's own zoom
        return False
