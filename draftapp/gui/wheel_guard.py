"""The mouse wheel scrolls a form; it never changes one of the form's choices.

On a real X display, scrolling the Document pane with the wheel changed whichever combo
box or spin box passed under the pointer: the distribution became "Restricted" in the
draft and its preview, and the organ, the language or the session could change the same
way, unasked. A value changes by a click or keys; the wheel goes on to the pane, which
scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea


class _WheelToParent(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.Wheel:
            return False
        # handed to the pane explicitly: Qt passes a wheel event on to the parents only
        # when it came from the window system, and the pane must scroll either way
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QCoreApplication.sendEvent(area.viewport(), event)
        event.accept()
        return True


def guard_wheel(*widgets) -> None:
    """The wheel over these widgets scrolls their pane instead of changing them; a wheel
    turn does not give them focus either."""
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(_WheelToParent(widget))
