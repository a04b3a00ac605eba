"""The Document pane: the masthead facts (organ, language, session, agenda item, symbol,
date, distribution, kind, title) and the sponsors. Each change is a SetMeta, SetLanguage
or SetSponsors command; the form redraws from the model when told."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from draftapp.lang import LANGUAGES, get_language
from draftapp.gui.state_names import attach_state_completer, set_completion_language
from draftapp.gui.wheel_guard import guard_wheel
from draftapp.gui.date_entry import iso_date
from draftapp.lang.states import sort_key
from draftapp.model import KINDS, ORGANS, AgendaItem, SetLanguage, SetMeta, SetSponsors
from draftapp.paths import RESOURCES

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
JOB_NUMBER = re.compile(r"^\d{2}-\d{5}$")


@lru_cache(maxsize=1)
def _choices() -> dict:
    return json.loads((RESOURCES / "gui" / "document.json").read_text(encoding="utf-8"))


class AgendaTitles(QPlainTextEdit):
    """Agenda item title lines, one per line; committed when focus leaves."""

    def __init__(self, commit, parent=None):
        super().__init__(parent)
        self._commit = commit
        self.setTabChangesFocus(True)
        self.setFixedHeight(64)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._commit()


class DocumentPane(QScrollArea):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        english = get_language(_choices()["ui_language"])

        self.organ = QComboBox()
        for code in ORGANS:
            name = english.organ_name(code)
            committee = english.committee_name(code)
            self.organ.addItem(f"{name}, {committee}" if committee else name, code)
        self.organ.activated.connect(lambda: self._set(organ=self.organ.currentData()))
        form.addRow(self.tr("Organ"), self.organ)

        self.language = QComboBox()
        for code in LANGUAGES:
            lang = get_language(code)
            same = lang.native_name == lang.name  # "English", not "English (English)"
            self.language.addItem(lang.native_name if same else f"{lang.native_name} ({lang.name})", code)
        self.language.activated.connect(self._language_chosen)
        form.addRow(self.tr("Language"), self.language)

        self.kind = QComboBox()
        for code in KINDS:
            self.kind.addItem(english.kind_label(code), code)
        self.kind.activated.connect(lambda: self._set(kind=self.kind.currentData()))
        form.addRow(self.tr("Document"), self.kind)

        self.session_number = QSpinBox()
        self.session_number.setRange(0, 200)
        self.session_number.setSpecialValueText(self.tr("none"))
        self.session_number.editingFinished.connect(
            lambda: self._set(session=self.session_number.value() or None)
        )
        form.addRow(self.tr("Session"), self.session_number)

        self.agenda_number = QLineEdit()
        self.agenda_number.setPlaceholderText("126 (v)")
        self.agenda_number.editingFinished.connect(self._agenda_changed)
        form.addRow(self.tr("Agenda item"), self.agenda_number)
        self.agenda_titles = AgendaTitles(self._agenda_changed)
        self.agenda_titles.setPlaceholderText(self.tr("Agenda item title, one line each"))
        form.addRow(self.tr("Item title"), self.agenda_titles)

        self.symbol = self._line(form, self.tr("Symbol"), "symbol", "A/80/L.12")
        self.date = self._line(form, self.tr("Date"), "date", "yyyy-mm-dd")
        self.job_number = self._line(form, self.tr("Job number"), "job_number", "25-17846")
        self.original_language = QComboBox()
        self.original_language.addItem(self.tr("Same as the draft"), "")
        for code in LANGUAGES:
            self.original_language.addItem(get_language(code).name, code)
        self.original_language.activated.connect(
            lambda: self._set(original_language=self.original_language.currentData()))
        form.addRow(self.tr("Original"), self.original_language)
        self.distribution = QComboBox()
        self.distribution.setEditable(True)
        self.distribution.addItems(_choices()["distributions"])
        self.distribution.activated.connect(lambda: self._set(distribution=self.distribution.currentText()))
        form.addRow(self.tr("Distribution"), self.distribution)
        self.title = self._line(form, self.tr("Title"), "title", self.tr("Title of the resolution"))

        layout.addWidget(self._heading(self.tr("Sponsors")))
        self.sponsors = QListWidget()
        self.sponsors.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.sponsors.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.sponsors.model().rowsMoved.connect(self._sponsors_reordered)
        layout.addWidget(self.sponsors, 1)
        self.duplicates = QLabel()
        self.duplicates.setStyleSheet("color: #c01c28;")
        self.duplicates.setWordWrap(True)
        self.duplicates.hide()
        layout.addWidget(self.duplicates)

        add_row = QHBoxLayout()
        self.sponsor_input = QLineEdit()
        self.sponsor_input.setPlaceholderText(self.tr("Add a sponsor (Member State)"))
        self.completer = attach_state_completer(self.sponsor_input, "en")
        self.sponsor_input.returnPressed.connect(self.add_sponsor)
        add_row.addWidget(self.sponsor_input, 1)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_sponsor)
        add_row.addWidget(add)
        layout.addLayout(add_row)
        buttons = QHBoxLayout()
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_selected)
        order = QPushButton(self.tr("Sort in UN order"))
        order.clicked.connect(self.sort_sponsors)
        buttons.addWidget(remove)
        buttons.addWidget(order)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        session.metaChanged.connect(self.refresh)
        session.languageChanged.connect(self.refresh)
        for combo in (self.organ, self.language, self.kind, self.distribution):
            # long organ names must not widen the pane: the list shows them in full
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        guard_wheel(self.organ, self.language, self.kind, self.session_number,
                    self.original_language, self.distribution)
        self.refresh()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: 600; margin-top: 8px;")
        return label

    def _line(self, form: QFormLayout, label: str, field: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.editingFinished.connect(lambda: self._line_changed(field, edit))
        form.addRow(label, edit)
        return edit

    # --- model -> form --------------------------------------------------------------
    def refresh(self) -> None:
        draft = self.session.draft
        meta = draft.meta
        widgets = [self.organ, self.language, self.kind, self.session_number, self.agenda_number, self.agenda_titles,
                   self.symbol, self.date, self.job_number, self.original_language, self.distribution, self.title,
                   self.sponsors]
        # the widgets' own signals only: the sponsors' model must tell its view about the
        # new rows, or the list stays blank (rowsMoved, our only listener, is not emitted)
        blockers = [QSignalBlocker(w) for w in widgets]
        self.organ.setCurrentIndex(max(0, self.organ.findData(meta.organ)))
        self.language.setCurrentIndex(max(0, self.language.findData(draft.language)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(meta.kind)))
        self.session_number.setValue(meta.session or 0)
        item = meta.agenda[0] if meta.agenda else AgendaItem()
        self.agenda_number.setText(item.number)
        if self.agenda_titles.toPlainText() != "\n".join(item.titles):
            self.agenda_titles.setPlainText("\n".join(item.titles))
        self.symbol.setText(meta.symbol)
        self.date.setText(meta.date)
        self.job_number.setText(meta.job_number)
        self.original_language.setCurrentIndex(max(0, self.original_language.findData(meta.original_language)))
        self.distribution.setCurrentText(meta.distribution)
        self.title.setText(meta.title)
        for edit in (self.symbol, self.date, self.title, self.agenda_number):
            edit.setCursorPosition(0)  # show the start of a long title, not its end
        self.sponsors.clear()
        self.sponsors.addItems(draft.sponsors)
        del blockers
        set_completion_language(self.completer, draft.language)
        rtl = Qt.LayoutDirection.RightToLeft if self.session.language.rtl else Qt.LayoutDirection.LeftToRight
        for w in (self.title, self.agenda_titles, self.sponsors, self.sponsor_input):
            w.setLayoutDirection(rtl)
        self._show_duplicates()

    #: Metadata field -> the widget that edits it, for jumps from the Diagnostics list
    FIELD_WIDGETS = {
        "organ": "organ", "session": "session_number", "agenda": "agenda_number", "symbol": "symbol",
        "date": "date", "distribution": "distribution", "kind": "kind", "title": "title",
        "job_number": "job_number", "original_language": "original_language",
    }

    def focus_problem(self, part: str, field: str | None, span) -> None:
        """Put the cursor where a diagnostic about the metadata or the sponsors points."""
        if part == "sponsors" and span:
            self.sponsors.setCurrentRow(span[0])
            self.sponsors.setFocus()
            return
        widget = getattr(self, self.FIELD_WIDGETS.get(field or "", ""), None)
        (widget or self.title).setFocus()

    def _show_duplicates(self) -> None:
        seen, dupes = set(), []
        for name in self.session.draft.sponsors:
            key = name.strip().casefold()
            if key in seen and name not in dupes:
                dupes.append(name)
            seen.add(key)
        if dupes:
            self.duplicates.setText(self.tr("Listed more than once: %s") % ", ".join(dupes))
        self.duplicates.setVisible(bool(dupes))

    # --- form -> model --------------------------------------------------------------
    def _set(self, **changes) -> None:
        meta = self.session.draft.meta
        changes = {k: v for k, v in changes.items() if getattr(meta, k) != v}
        if changes:
            self.session.push(SetMeta(**changes))

    def _line_changed(self, field: str, edit: QLineEdit) -> None:
        value = edit.text().strip()
        if field == "date" and value and not ISO_DATE.match(value):
            value = iso_date(value, self.session.draft.language) or value
            edit.setText(value)
        if field == "date" and value and not ISO_DATE.match(value):
            self.session.message.emit(self.tr("Write the date as yyyy-mm-dd, e.g. 2026-11-27."))
            edit.setText(self.session.draft.meta.date)
            return
        if field == "job_number" and value and not JOB_NUMBER.match(value):
            # kept as typed (the Secretariat's number is the truth), but said
            self.session.message.emit(self.tr("A job number is usually written 25-17846 (year, five digits)."))
        self._set(**{field: value})

    def _agenda_changed(self) -> None:
        number = self.agenda_number.text().strip()
        titles = [line.strip() for line in self.agenda_titles.toPlainText().splitlines() if line.strip()]
        agenda = list(self.session.draft.meta.agenda)
        if not number and not titles:
            new = agenda[1:] if agenda else []
        else:
            new = [AgendaItem(number, titles)] + agenda[1:]
        self._set(agenda=new)

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        if code != self.session.draft.language:
            self.session.push(SetLanguage(code))

    def _set_sponsors(self, names: list[str]) -> None:
        if names != self.session.draft.sponsors:
            self.session.push(SetSponsors(names))
        else:
            self.refresh()

    def add_sponsor(self) -> None:
        name = self.sponsor_input.text().strip()
        if not name:
            return
        self.sponsor_input.clear()
        # Enter in the completion list adds the name, then the list puts it back in the
        # field: empty it once that is done, or the next Enter adds the name again
        QTimer.singleShot(0, self.sponsor_input, self.sponsor_input.clear)
        self._set_sponsors(self.session.draft.sponsors + [name])
        self.sponsors.scrollToBottom()  # the name added is seen in the list

    def remove_selected(self) -> None:
        rows = {self.sponsors.row(item) for item in self.sponsors.selectedItems()}
        self._set_sponsors([n for i, n in enumerate(self.session.draft.sponsors) if i not in rows])

    def sort_sponsors(self) -> None:
        lang = self.session.draft.language
        self._set_sponsors(sorted(self.session.draft.sponsors, key=lambda n: sort_key(n, lang)))

    def _sponsors_reordered(self, *args) -> None:
        names = [self.sponsors.item(i).text() for i in range(self.sponsors.count())]
        self._set_sponsors(names)
