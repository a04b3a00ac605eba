"""`draftapp FILE` paints its window first and then does what the first frame does not
need: the checks (DraftSession(check_later=True)), the spelling dictionary and the
panes' underlines with it, the preview. Loading enchant and running every rule were
a third of a cold start. Started by the window's first paint, or half a second after
`show_first` at the latest (a window never painted still gets its checks)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer

#: At the latest, the deferred work starts this long after the window is built (ms).
LATEST_MS = 500


class _FirstPaint(QObject):
    def __init__(self, window, spelling):
        super().__init__(window)
        self.window = window
        self.spelling = spelling
        self.done = False
        window.installEventFilter(self)
        QTimer.singleShot(LATEST_MS, self, self.start)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Paint and not self.done:
            QTimer.singleShot(0, self, self.start)  # once this frame is on screen
        return False

    def start(self) -> None:
        if self.done:
            return
        self.done = True
        self.window.removeEventFilter(self)
        window = self.window
        window.session.run_first_check()
        if self.spelling is not False:
            _spelling_on(window)
        else:
            for pane in (window.preamble, window.operative):
                pane.highlighter.resume_slices()
        window.update_spelling_status()
        window.preview.release()


def after_show(window, spelling: bool | None) -> None:
    """Hold the work the first frame does not need until `window` has painted it."""
    window.preview.hold()
    for pane in (window.preamble, window.operative):
        pane.highlighter.pause_slices()
    window._first_paint = _FirstPaint(window, spelling)


def _spelling_on(window) -> None:
    language = window.session.draft.language
    for pane in (window.preamble, window.operative):
        highlighter = pane.highlighter
        highlighter.spelling_enabled = True
        highlighter.set_language(language)
        first = pane._first_visible_block(pane.verticalScrollBar().value()).blockNumber()
        highlighter.rehighlight_soon(first)
