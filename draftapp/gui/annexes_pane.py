"""The Annexes pane: the draft's annexes (a declaration, a programme of action) as text
in the dialect's annex form, editable; Apply puts the edited text into the draft as one
undoable edit. Shown empty with a hint when the draft has none."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from draftapp.gui.fonts import text_font
from draftapp.io.errors import DraftIOError
from draftapp.model.annex_commands import SetAnnexes


class AnnexesPane(QWidget):
    #: typed text that is not in the draft appeared or went (Apply, undo to it)
    unappliedChanged = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.editor = QPlainTextEdit()
        self.editor.setFont(text_font(session.draft.language))
        self.editor.setPlaceholderText(self.tr(
            "No annex. Type one as:\n# Annex\n### Its title\n1. A numbered paragraph\n\\An unnumbered paragraph\n#### A heading"))
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setEnabled(False)
        self.status = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.editor)
        layout.addLayout(row)
        self._shown = ""
        self._was_unapplied = False
        self.editor.textChanged.connect(self._text_changed)
        self.apply_button.clicked.connect(self.apply)
        session.changed.connect(self.refresh)
        session.structureChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the draft's annexes, unless the user has unapplied edits."""
        if self.apply_button.isEnabled():
            return
        self._shown = annexes_text(self.session.draft) if self.session.draft.annexes else ""
        if self.editor.toPlainText() != self._shown:
            self.editor.setPlainText(self._shown)
        count = len(self.session.draft.annexes)
        self.status.setText(self.tr("%n annex(es)", "", count))
        self.apply_button.setEnabled(False)
        self._note_unapplied()

    def has_unapplied(self) -> bool:
        return self.apply_button.isEnabled()

    def with_unapplied(self, draft):
        """`draft` with the annexes the pane shows (for the autosaved working copy); the
        draft as it is when the text cannot be read as annexes."""
        try:
            return dataclasses.replace(draft, annexes=annexes_from_text(draft, self.editor.toPlainText()))
        except DraftIOError:
            return draft

    def _text_changed(self) -> None:
        self.apply_button.setEnabled(self.editor.toPlainText() != self._shown)
        self._note_unapplied()

    def _note_unapplied(self) -> None:
        if self.has_unapplied() != self._was_unapplied:
            self._was_unapplied = self.has_unapplied()
            self.unappliedChanged.emit()

    def apply_pending(self) -> None:
        """Apply what the pane shows if it was not applied: saving, exporting or closing
        takes it (on a real X display an annex typed and saved without Apply was not in
        the file, and closing asked nothing)."""
        if self.apply_button.isEnabled():
            self.apply()

    def apply(self) -> None:
        annexes = annexes_from_text(self.session.draft, self.editor.toPlainText())
        self.apply_button.setEnabled(False)
        self.session.push(SetAnnexes(annexes))
        self.refresh()


def annexes_from_text(draft, text: str):
    from draftapp.io.text.annex_pane import annexes_from_text as read

    return read(draft, text)


def annexes_text(draft) -> str:
    """The annexes in the text dialect (io.text is imported on first use: a draft
    without annexes, most of them, opens without it)."""
    from draftapp.io.text.annex_pane import annexes_text as text

    return text(draft)
