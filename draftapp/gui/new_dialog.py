"""File > New from template: the fields of `draftapp new` in a dialog.

OK renders the template (draftapp.templating.new_draft); when that fails the message is
shown in the dialog and every field keeps what the user typed. Afterwards `draft()`
gives the new Draft.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from draftapp import userdirs
from draftapp.lang import LANGUAGES, get_language
from draftapp.gui.state_names import attach_state_completer, set_completion_language
from draftapp.lang.states import find_state
from draftapp.model import ORGANS, Draft
from draftapp.templating import (
    NewDraftError,
    NewDraftRequest,
    agenda_items,
    document_types,
    new_draft,
    user_templates,
)
from draftapp.templating.words import documents

#: The language the dialog's own choices are named in (organ and kind names).
UI_LANGUAGE = "en"


def user_templates_dir() -> Path:
    """The user's template folder, as for `draftapp new` (draftapp/userdirs.py)."""
    return userdirs.user_templates_dir()


class SponsorInput(QLineEdit):
    """A line that adds a sponsor on Enter instead of pressing the dialog's OK button.
    With the completion list open, QCompleter first puts the chosen name in the line and
    then passes the Enter key on to here."""

    submitted = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.completer() is not None:
                self.completer().popup().hide()
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class NewFromTemplateDialog(QDialog):
    def __init__(self, parent=None, user_dir: str | Path | None = None, language: str = "en", organ: str = "ga"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from template"))
        self.user_dir = Path(user_dir) if user_dir else user_templates_dir()
        self._draft: Draft | None = None
        ui = get_language(UI_LANGUAGE)

        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.organ = QComboBox()
        for code in ORGANS:
            committee = ui.committee_name(code)
            self.organ.addItem(f"{ui.organ_name(code)}, {committee}" if committee else ui.organ_name(code), code)
        form.addRow(self.tr("&Organ"), self.organ)

        self.language = QComboBox()
        for code in LANGUAGES:
            lang = get_language(code)
            self.language.addItem(lang.native_name, code)  # "Français", "中文": each reads as its name
            self.language.setItemData(self.language.count() - 1, lang.name, Qt.ItemDataRole.ToolTipRole)
        form.addRow(self.tr("&Language"), self.language)

        self.kind = QComboBox()
        form.addRow(self.tr("&Document"), self.kind)

        self.session = QSpinBox()
        self.session.setRange(0, 200)
        self.session.setSpecialValueText(self.tr("none"))
        form.addRow(self.tr("&Session"), self.session)

        self.agenda_number = QLineEdit()
        self.agenda_number.setPlaceholderText("126 (v)   or   12, 14")
        form.addRow(self.tr("&Agenda item"), self.agenda_number)
        self.agenda_titles = QPlainTextEdit()
        self.agenda_titles.setTabChangesFocus(True)
        self.agenda_titles.setFixedHeight(64)
        self.agenda_titles.setPlaceholderText(self.tr("Agenda item title, one line each"))
        form.addRow(self.tr("Item &title"), self.agenda_titles)

        self.title = QLineEdit()
        form.addRow(self.tr("T&itle"), self.title)
        self.symbol = QLineEdit()
        self.symbol.setPlaceholderText("A/80/L.12")
        form.addRow(self.tr("S&ymbol"), self.symbol)
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("yyyy-mm-dd, e.g. %s") % dt.date.today().isoformat())
        form.addRow(self.tr("Dat&e"), self.date)

        self.sponsors = QListWidget()
        self.sponsors.setFixedHeight(110)
        form.addRow(self.tr("S&ponsors"), self.sponsors)
        row = QHBoxLayout()
        self.sponsor_input = SponsorInput()
        self.sponsor_input.setPlaceholderText(self.tr("Add a sponsor (Member State)"))
        self.completer = attach_state_completer(self.sponsor_input, "en")
        self.sponsor_input.submitted.connect(self.add_sponsor)
        row.addWidget(self.sponsor_input, 1)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_sponsor)
        row.addWidget(self.add_button)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_sponsor)
        row.addWidget(self.remove_button)
        form.addRow("", row)

        self.template = QComboBox()
        self.template.addItem(self.tr("Standard"), None)
        for name in user_templates(self.user_dir):
            self.template.addItem(name, name)
        form.addRow(self.tr("Te&mplate"), self.template)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.organ.currentIndexChanged.connect(self._organ_changed)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.organ.setCurrentIndex(max(0, self.organ.findData(organ)))
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self._organ_changed()
        self._language_changed()

    # --- fields that follow other fields ------------------------------------------------
    def _organ_changed(self) -> None:
        """Offer the kinds that have a template for this organ; the session only where the
        organ numbers its sessions."""
        organ = self.organ.currentData()
        ui = get_language(UI_LANGUAGE)
        chosen = self.kind.currentData()
        self.kind.clear()
        for spec in document_types().values():
            if organ in spec["organs"]:
                self.kind.addItem(ui.kind_label(spec["kind"]), spec["kind"])
        self.kind.setCurrentIndex(max(0, self.kind.findData(chosen)))
        self.session.setEnabled(organ in documents()["needs_session"])
        has_agenda = organ in documents()["has_agenda"]
        self.agenda_number.setEnabled(has_agenda)
        self.agenda_titles.setEnabled(has_agenda)

    def _language_changed(self) -> None:
        """Complete sponsor names in the new language, and put the names already listed
        into it."""
        code = self.language.currentData()
        set_completion_language(self.completer, code)
        for i in range(self.sponsors.count()):
            item = self.sponsors.item(i)
            state = find_state(item.text())
            if state:
                item.setText(state[code])
        for widget in (self.title, self.agenda_titles, self.agenda_number, self.sponsors, self.sponsor_input):
            widget.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if get_language(code).rtl else Qt.LayoutDirection.LeftToRight
            )

    # --- sponsors ---------------------------------------------------------------------
    def add_sponsor(self) -> None:
        name = " ".join(self.sponsor_input.text().split())
        if not name:
            return
        state = find_state(name)
        if state:
            name = state[self.language.currentData()]
        if name not in self.sponsor_names():
            self.sponsors.addItem(name)
        self.sponsor_input.clear()

    def remove_sponsor(self) -> None:
        for item in self.sponsors.selectedItems() or ([self.sponsors.currentItem()] if self.sponsors.currentItem() else []):
            self.sponsors.takeItem(self.sponsors.row(item))

    def sponsor_names(self) -> list[str]:
        return [self.sponsors.item(i).text() for i in range(self.sponsors.count())]

    # --- the result -------------------------------------------------------------------
    def request(self) -> NewDraftRequest:
        """The request the fields describe (a sponsor still in the input line counts)."""
        sponsors = self.sponsor_names()
        pending = " ".join(self.sponsor_input.text().split())
        if pending and pending not in sponsors:
            sponsors.append(pending)
        numbers = self.agenda_number.text().split(",")  # "12, 14": two items
        titles = [line for line in self.agenda_titles.toPlainText().splitlines() if line.strip()]
        return NewDraftRequest(
            organ=self.organ.currentData(),
            language=self.language.currentData(),
            kind=self.kind.currentData() or "draft-resolution",
            session=self.session.value() or None,
            agenda=agenda_items(numbers, titles),
            title=self.title.text(),
            sponsors=sponsors,
            symbol=" ".join(self.symbol.text().split()),
            date=self._date(),
        )

    def _date(self) -> dt.date | None:
        text = self.date.text().strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise NewDraftError(self.tr("The date “%s” is not a date in the form yyyy-mm-dd (2026-12-05).") % text) from None

    def accept(self) -> None:
        try:
            self._draft = new_draft(self.request(), self.user_dir, self.template.currentData())
        except NewDraftError as e:
            self.show_error(str(e))
            return
        self.error.hide()
        super().accept()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def draft(self) -> Draft | None:
        """The new draft once OK succeeded; None before, or after Cancel."""
        return self._draft
