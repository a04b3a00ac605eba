"""The Help menu: Keyboard shortcuts (read from the window's actions when it opens, so it
cannot go stale), Editorial rules (the table of docs/checks.md, the list the checks
apply; without the docs, each rule module's own description), and About (the version
from the installed package's metadata)."""

from __future__ import annotations

import platform
import re

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from draftapp.paths import PROJECT_ROOT

CHECKS_DOC = PROJECT_ROOT / "docs" / "checks.md"


def _plain(text: str) -> str:
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "").strip()


def shortcut_rows(window) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every menu action with a key: its shortcuts, or the key
    its text names after a tab ("New clause below\\tEnter")."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} › {_plain(action.text())}")
                continue
            if action.isSeparator() or id(action) in seen:
                continue
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
            if not keys and "\t" in action.text():
                keys = [action.text().split("\t", 1)[1]]
            if keys:
                seen.add(id(action))
                rows.append((path, _plain(action.text()), ", ".join(keys)))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), _plain(top.text()))
    return rows


def rule_rows() -> list[tuple[str, str, str]]:
    """(rule, severity, what it checks) from docs/checks.md's table of rules."""
    rows = []
    try:
        text = CHECKS_DOC.read_text(encoding="utf-8")
    except OSError:
        text = ""
    section = text.split("## The rules", 1)[1] if "## The rules" in text else ""
    section = section.split("\n## ", 1)[0]
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[0].startswith("`"):
            rule = cells[0].replace("`", "")
            rows.append((rule, cells[1], re.sub(r"`([^`]*)`", r"\1", cells[2])))
    if not rows:
        from draftapp.check.rules import RULE_MODULES

        for module in RULE_MODULES:
            doc = (module.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
            rows.append((module.__name__.rsplit(".", 1)[1], "", doc))
    return rows


def version() -> str:
    from importlib import metadata  # on first use: it imports email, csv, zipfile

    try:
        return metadata.version("draftapp")
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


class TableDialog(QDialog):
    def __init__(self, parent, title: str, intro: str, headers: list[str], rows: list[tuple[str, ...]]):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        for c in range(len(headers) - 1):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, ...]]:
        t = self.table
        return [tuple(t.item(r, c).text() for c in range(t.columnCount())) for r in range(t.rowCount())]


class HelpMenu:
    def __init__(self, window):
        self.window = window
        self.dialog: QDialog | None = None
        tr = window.tr
        menu = window.menuBar().addMenu(tr("&Help"))
        self.keys_action = self._add(menu, tr("&Keyboard shortcuts"), self.show_keys, "F1")
        self.rules_action = self._add(menu, tr("Editorial &rules"), self.show_rules)
        menu.addSeparator()
        self.about_action = self._add(menu, tr("&About Draftapp"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.menu = menu

    def _add(self, menu, text, slot, key=None) -> QAction:
        action = QAction(text, self.window)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda checked=False: slot())
        menu.addAction(action)
        return action

    def _show(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        dialog.show()  # not modal: the user can keep it open while working
        return dialog

    def show_keys(self) -> QDialog:
        w = self.window
        rows = shortcut_rows(w)
        rows.append((w.tr("Clause panes"), w.tr("Backspace at a clause start / Delete at its end"),
                     w.tr("join the clause to the one above / the next")))
        rows.append((w.tr("Clause panes"), w.tr("Take the opening phrase offered"), w.tr("Tab or Enter in the list")))
        return self._show(TableDialog(w, w.tr("Keyboard shortcuts"),
                                      w.tr("Every command of the menus that has a key, as this window has it now."),
                                      [w.tr("Menu"), w.tr("Command"), w.tr("Keys")], rows))

    def show_rules(self) -> QDialog:
        w = self.window
        return self._show(TableDialog(w, w.tr("Editorial rules"),
                                      w.tr("The rules the checks apply as you type (docs/checks.md). "
                                           "Problems are underlined and listed in the Diagnostics pane; "
                                           "where the right change is certain, a fix is offered."),
                                      [w.tr("Rule"), w.tr("Severity"), w.tr("What it checks")], rule_rows()))

    def show_about(self) -> QDialog:
        w = self.window
        dialog = QDialog(w)
        dialog.setWindowTitle(w.tr("About Draftapp"))
        layout = QVBoxLayout(dialog)
        text = QLabel(w.tr("<h3>Draftapp %1</h3><p>Drafting United Nations resolutions in the six official "
                           "languages: checks as you type, the official DOCX and PDF.</p>"
                           "<p>Python %2 · Qt %3 · PySide6 %4</p>")
                      .replace("%1", version()).replace("%2", platform.python_version())
                      .replace("%3", qVersion()).replace("%4", PYSIDE_VERSION))
        text.setObjectName("about-text")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        return self._show(dialog)
