"""The Mandates pane: the clauses that ask for new or expanded work (they need a
statement of programme budget implications), kept current as the delegate types; a
click jumps to the clause, and the table can be saved as a Word document."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from draftapp.analysis.mandates import mandates
from draftapp.io.errors import DraftIOError

ID_ROLE = Qt.ItemDataRole.UserRole


class MandatesPane(QWidget):
    #: jump to a paragraph (its id)
    jumpRequested = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows: list = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.summary = QLabel()
        top.addWidget(self.summary, 1)
        self.export_button = QPushButton(self.tr("Save table…"))
        self.export_button.setToolTip(self.tr("Save the table of mandates as a Word document"))
        self.export_button.clicked.connect(self.save_table)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("¶"), self.tr("Addressee"), self.tr("Activity"), self.tr("Deadline"),
                                   self.tr("New or continued"), self.tr("Resources")])
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        layout.addWidget(self.tree, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)  # after a pause in typing, like the preview
        self._timer.timeout.connect(self.refresh)
        session.changed.connect(self._timer.start)
        self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            # behind another tab, or the window not shown yet: read when shown (0.1 s of
            # File > Open of a long draft otherwise)
            self._stale = True
            return
        self._stale = False
        self.rows = mandates(self.session.draft)
        self.tree.clear()
        for m in self.rows:
            item = QTreeWidgetItem([m.paragraph, m.addressee or "—", m.activity, m.deadline or "—",
                                    self.tr("continued") if m.continued else self.tr("new"),
                                    self.tr("within existing resources") if m.within_existing_resources else ""])
            item.setToolTip(1, m.text)
            item.setData(0, ID_ROLE, m.paragraph_id)
            self.tree.addTopLevelItem(item)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        new = sum(1 for m in self.rows if not m.continued)
        self.summary.setText(self.tr("%n clause(s) ask for work", "", len(self.rows)) + (f" · {new} " + self.tr("new") if self.rows else ""))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.refresh()

    def _clicked(self, item) -> None:
        self.jumpRequested.emit(item.data(0, ID_ROLE))

    def save_table(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the table of mandates"), "mandates.docx",
                                              self.tr("Word documents (*.docx)"))
        if not name:
            return
        if not name.lower().endswith(".docx"):
            name += ".docx"
        from draftapp.io.docx.mandates_table import export_mandates

        try:
            export_mandates(self.session.draft, mandates(self.session.draft), name)
        except DraftIOError as e:
            QMessageBox.warning(self, self.tr("Save table"), str(e))
