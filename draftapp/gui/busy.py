"""Long work on the GUI thread that the user should see happening: a busy cursor and a
status message, shown (painted) before the work starts, so the window never looks
frozen with a closed dialog still drawn on it."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication


@contextmanager
def busy(window, message: str):
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    window.statusBar().showMessage(message)
    # paint now (where the file dialog was, the message); typing waits for the work
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        if window.statusBar().currentMessage() == message:
            window.statusBar().clearMessage()
