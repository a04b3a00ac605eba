"""The dialog behind the Negotiation pane's "Propose…": another wording of the selected
paragraph, a new paragraph after it, or its deletion, by one or more delegations (their
UN names complete as typed), possibly on behalf of a group."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from draftapp.gui.state_names import attach_state_completer
from draftapp.lang import get_language
from draftapp.model import Text
from draftapp.model.negotiation import ALTERNATIVE, DELETION, NEW, Proposal


class ProposalDialog(QDialog):
    def __init__(self, paragraph, part: str, language: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Proposal"))
        self.paragraph, self.part, self.language = paragraph, part, language
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Another wording of this paragraph (alt)"), ALTERNATIVE)
        self.kind.addItem(self.tr("A new paragraph after it (bis)"), NEW)
        self.kind.addItem(self.tr("Delete this paragraph"), DELETION)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("&Kind"), self.kind)
        self.text = QPlainTextEdit(paragraph.text)
        form.addRow(self.tr("&Text"), self.text)
        self.delegations = QLineEdit()
        self.delegations.setPlaceholderText(self.tr("Spain, Mexico"))
        attach_state_completer(self.delegations, language, several=True)
        form.addRow(self.tr("&Delegations"), self.delegations)
        self.on_behalf_of = QLineEdit()
        self.on_behalf_of.setPlaceholderText(self.tr("the Group of 77 and China"))
        form.addRow(self.tr("On &behalf of"), self.on_behalf_of)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.delegations.textChanged.connect(self._valid)
        self._valid()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.text.setEnabled(kind != DELETION)
        if kind == NEW and self.text.toPlainText() == self.paragraph.text:
            self.text.setPlainText("")

    def _valid(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.names()))

    def names(self) -> list[str]:
        """The delegations typed, split at commas (UN names contain no comma)."""
        return [n.strip() for n in self.delegations.text().split(",") if n.strip()]

    def proposal(self) -> Proposal:
        kind = self.kind.currentData()
        text = " ".join(self.text.toPlainText().split())
        return Proposal(kind, self.part, self.paragraph.id, [Text(text)] if text and kind != DELETION else [],
                        self.names(), self.on_behalf_of.text().strip(), dt.date.today().isoformat())
