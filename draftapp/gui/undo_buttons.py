"""The toolbar's Undo and Redo buttons: words, not arrows (SP_ArrowBack/Forward read as
Back and Forward). They are twins of the Edit menu's actions that keep their one-word
text (the menu's actions name the edit, "Undo Typing", which would make the bar jump);
the tooltip names the edit and the keys: "Undo Typing (Ctrl+Z)"."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


def undo_redo_buttons(window, undo: QAction, redo: QAction) -> list[QAction]:
    stack = window.session.stack
    out = []
    for menu_action, word, do, can, changed, text in (
        (undo, window.tr("Undo"), stack.undo, stack.canUndo, stack.canUndoChanged, stack.undoTextChanged),
        (redo, window.tr("Redo"), stack.redo, stack.canRedo, stack.canRedoChanged, stack.redoTextChanged),
    ):
        action = QAction(word, window)
        action.setObjectName(f"toolbar-{word.lower()}")
        action.triggered.connect(lambda _=False, f=do: f())
        action.setEnabled(can())
        changed.connect(action.setEnabled)
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in menu_action.shortcuts()
                         if k.toString().startswith("Ctrl"))

        def tip(edit: str = "", a=action, w=word, k=keys) -> None:
            a.setToolTip(f"{w} {edit} ({k})".replace("  ", " "))

        text.connect(tip)
        tip(menu_action.text().replace("&", "")[len(word):].strip())
        out.append(action)
    return out
