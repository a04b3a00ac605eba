"""The Diagnostics list: counts by severity, one row per problem; clicking a row jumps
to it, and a problem with a fix can have it applied (an undoable command)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from draftapp.gui.bidi import isolate_quotes
from draftapp.gui.highlighter import SEVERITY_COLORS

INDEX_ROLE = Qt.ItemDataRole.UserRole
SEVERITY_ORDER = ("error", "warning", "info")


class DiagnosticsPane(QWidget):
    #: jump to a diagnostic (the Diagnostic object)
    jumpRequested = Signal(object)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.shown: list = []
        self._stale = False
        #: more rows from elsewhere (callables giving Diagnostics): the misspellings, gui/spelling_list.py
        self.extra_sources: list = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.counts = QLabel()
        top.addWidget(self.counts, 1)
        self.fix_button = QPushButton(self.tr("Apply fix"))
        self.fix_button.setEnabled(False)
        self.fix_button.clicked.connect(self.apply_current_fix)
        top.addWidget(self.fix_button)
        layout.addLayout(top)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Severity"), self.tr("Where"), self.tr("Problem")])
        self.tree.setColumnWidth(0, 80)
        self.tree.setColumnWidth(1, 110)
        self.tree.setAlternatingRowColors(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        self.tree.currentItemChanged.connect(self._current_changed)
        layout.addWidget(self.tree, 1)
        # the list follows typing a moment later, so a keystroke never waits for it
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        session.diagnosticsChanged.connect(self._timer.start)
        session.replacing.connect(self._clear)
        session.replaced.connect(self._catch_up)
        self._keys: list = []
        if getattr(session, "check_pending", False):
            self._clear()  # the window shows first, the checks run a moment later
        else:
            self.refresh()

    def _where(self, d) -> str:
        try:
            from draftapp.check import where
        except ImportError:  # pragma: no cover
            return d.part
        part, index = where(self.session.draft, d)
        names = {
            "meta": self.tr("Document"),
            "sponsors": self.tr("Sponsors"),
            "preamble": self.tr("Preamble"),
            "operative": self.tr("Operative"),
            "footnotes": self.tr("Footnote"),
        }
        name = names.get(part, part)
        if part == "operative" and d.paragraph_id and d.paragraph_id in self.session.labels:
            return f"{name} {self.session.reference(d.paragraph_id)}"  # "Operative 5 (a)"
        return f"{name} {index}" if index is not None else name

    def _clear(self) -> None:
        """Another draft is being opened: the previous draft's problems go at once."""
        self._timer.stop()
        self._stale = True
        self._keys = None  # the next refresh rebuilds, even to an empty list
        self.tree.clear()
        self.counts.setText(self.tr("Checking…"))
        self.fix_button.setEnabled(False)

    def _catch_up(self) -> None:
        self._timer.stop()
        QTimer.singleShot(0, self.refresh)

    def is_current(self) -> bool:
        return not self._timer.isActive() and not self._stale

    def _wheres(self, diagnostics: list) -> list[str]:
        """_where of many at once: the draft's positions are read once (check.places)."""
        try:
            from draftapp.check.location import places
        except ImportError:  # pragma: no cover
            return [self._where(d) for d in diagnostics]
        names = {"meta": self.tr("Document"), "sponsors": self.tr("Sponsors"), "preamble": self.tr("Preamble"),
                 "operative": self.tr("Operative"), "footnotes": self.tr("Footnote")}
        out = []
        for d, (part, index) in zip(diagnostics, places(self.session.draft, diagnostics)):
            name = names.get(part, part)
            if part == "operative" and d.paragraph_id and d.paragraph_id in self.session.labels:
                out.append(f"{name} {self.session.reference(d.paragraph_id)}")
            else:
                out.append(f"{name} {index}" if index is not None else name)
        return out

    def refresh(self) -> None:
        self._stale = False
        diagnostics = list(self.session.diagnostics) + [d for source in self.extra_sources for d in source()]
        # "where" is in the key: a move renumbers a problem without changing it
        wheres = self._wheres(diagnostics)
        keys = [(d.rule, d.severity, d.paragraph_id, d.span, d.message, w) for d, w in zip(diagnostics, wheres)]
        self.shown = diagnostics  # the newest objects: their fixes read the draft as it is
        if keys == self._keys and self.tree.topLevelItemCount() == len(diagnostics):
            return  # typing that changed nothing here: keep the list (and the selection) still
        self._keys = keys
        counts = {s: 0 for s in SEVERITY_ORDER}
        for d in diagnostics:
            counts[d.severity] = counts.get(d.severity, 0) + 1
        self.counts.setText(
            self.tr("%n error(s)", "", counts["error"]) + "  ·  "
            + self.tr("%n warning(s)", "", counts["warning"]) + "  ·  "
            + self.tr("%n note(s)", "", counts["info"])
            + (self.tr("  ·  %1 misspelt").replace("%1", str(counts["spelling"])) if counts.get("spelling") else "")
        )
        self.tree.clear()
        names = {"error": self.tr("Error"), "warning": self.tr("Warning"), "info": self.tr("Note"),
                 "spelling": self.tr("Spelling")}
        items = []
        for i, (d, where) in enumerate(zip(diagnostics, wheres)):
            message = isolate_quotes(d.message)
            item = QTreeWidgetItem([names.get(d.severity, d.severity), where, message])
            item.setForeground(0, QBrush(SEVERITY_COLORS.get(d.severity, QColor("#1c71d8"))))
            item.setData(0, INDEX_ROLE, i)
            item.setToolTip(2, message + (f"\n{self.tr('Fix')}: {isolate_quotes(d.fix.label)}" if d.fix else ""))
            if d.fix:
                item.setText(2, message + "  ✎")
            items.append(item)
        self.tree.addTopLevelItems(items)
        self.fix_button.setEnabled(False)

    def diagnostic_of(self, item: QTreeWidgetItem | None):
        if item is None:
            return None
        i = item.data(0, INDEX_ROLE)
        return self.shown[i] if i is not None and i < len(self.shown) else None

    def _current_changed(self, item, _previous=None) -> None:
        d = self.diagnostic_of(item)
        self.fix_button.setEnabled(bool(d and d.fix))
        if d and d.fix:
            self.fix_button.setText(self.tr("Fix: %s") % d.fix.label)
        else:
            self.fix_button.setText(self.tr("Apply fix"))

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        d = self.diagnostic_of(item)
        if d is not None:
            self.jumpRequested.emit(d)

    def apply_fix(self, diagnostic) -> bool:
        if diagnostic is None or diagnostic.fix is None:
            return False
        try:
            command = diagnostic.fix.make(self.session.draft)
        except Exception as e:  # a fix built for a draft that has changed since
            self.session.message.emit(self.tr("The fix no longer applies: %s") % e)
            return False
        return self.session.push(command)

    def apply_current_fix(self) -> bool:
        return self.apply_fix(self.diagnostic_of(self.tree.currentItem()))

    def _menu(self, pos) -> None:
        d = self.diagnostic_of(self.tree.itemAt(pos))
        if d is None or d.fix is None:
            return
        menu = QMenu(self)
        action = menu.addAction(self.tr("Fix: %s") % d.fix.label)
        action.triggered.connect(lambda: self.apply_fix(d))
        menu.exec(self.tree.viewport().mapToGlobal(pos))
