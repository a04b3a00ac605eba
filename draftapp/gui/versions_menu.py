"""File > Set base, Save version, Compare, Export with tracked changes; View > Changes
against the base (margin marks). Installed into the main window's menus by
`install(window, file_menu, view_menu)`; the window keeps only a reference."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from draftapp.gui.change_marks import ChangeMarker
from draftapp.gui.save_name import ask_save_path
from draftapp.io.errors import DraftIOError
from draftapp.io.formats import read_draft
from draftapp.model import Base, Draft, SaveVersion, SetBase, snapshot

AUTHOR_KEY = "tracked_changes/author"


def now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


class Versions:
    def __init__(self, window, file_menu, view_menu):
        self.window = window
        self.compare_view = None
        quit_action = file_menu.actions()[-1]
        file_menu.insertSeparator(quit_action)

        def add(text, slot, shortcut=None):
            action = QAction(text, window)
            if shortcut:
                action.setShortcut(shortcut)
            action.triggered.connect(lambda checked=False: slot())
            file_menu.insertAction(quit_action, action)
            return action

        tr = window.tr
        self.set_base_action = add(tr("Set &base…"), self.set_base)
        self.save_version_action = add(tr("Save &version…"), self.save_version, "Ctrl+Alt+S")
        self.compare_action = add(tr("&Compare…"), self.compare, "Ctrl+Alt+C")
        self.export_action = add(tr("Export with trac&ked changes…"), self.export_tracked, "Ctrl+Shift+E")
        self.author_action = add(tr("Author of tracked changes…"), self.set_author)
        file_menu.insertSeparator(quit_action)
        self.marker = ChangeMarker(window.session, [window.preamble, window.operative], window)
        self.marks_action = QAction(tr("Changes against the &base (margin marks)"), window)
        self.marks_action.setCheckable(True)
        self.marks_action.toggled.connect(self.marker.set_enabled)
        view_menu.addSeparator()
        view_menu.addAction(self.marks_action)

    # --- the base and versions ---------------------------------------------------------------
    def set_base(self, path: str | Path | None = None) -> bool:
        w = self.window
        if path is None:
            path, _ = QFileDialog.getOpenFileName(w, w.tr("The base: the text this draft is measured against"),
                                                  w._last_dir(), w.tr("Drafts and resolutions (*.draft *.md *.txt *.docx);;All files (*)"))
            if not path:
                return False
        try:
            base = read_draft(path)
        except DraftIOError as e:
            QMessageBox.critical(w, w.tr("Cannot open"), str(e))
            return False
        base = snapshot(base)  # its own base and versions are not ours
        w.session.push(SetBase(Base(base, source=Path(path).name, date=now())))
        w.show_message(w.tr("The base is now %s") % Path(path).name)
        return True

    def save_version(self, name: str | None = None) -> bool:
        w = self.window
        if name is None:
            name, ok = QInputDialog.getText(w, w.tr("Save version"), w.tr("Name of this version (e.g. zero draft, Rev.1):"))
            if not ok:
                return False
        name = name.strip()
        if not name:
            w.show_message(w.tr("A version needs a name."))
            return False
        w.session.push(SaveVersion(name, now()))
        w.show_message(w.tr("Version “%s” saved in the draft") % name)
        return True

    # --- compare -----------------------------------------------------------------------------
    def compare(self):
        from draftapp.gui.compare_view import CompareView

        if self.compare_view is None:
            self.compare_view = CompareView(self.window.session, self.window)
        else:
            self.compare_view.fill_choices()
        self.compare_view.show()
        self.compare_view.raise_()
        return self.compare_view

    # --- tracked changes -------------------------------------------------------------------
    def author(self) -> str:
        from draftapp.io.docx.tracked import default_author

        return str(self.window.settings.value(AUTHOR_KEY, "") or default_author(self.window.session.draft))

    def set_author(self, name: str | None = None) -> None:
        w = self.window
        if name is None:
            name, ok = QInputDialog.getText(w, w.tr("Author of tracked changes"),
                                            w.tr("Name shown on the changes in Word (your delegation):"), text=self.author())
            if not ok:
                return
        w.settings.setValue(AUTHOR_KEY, name.strip())

    def export_tracked(self, path: str | Path | None = None, against: Draft | None = None) -> list[str] | None:
        w = self.window
        draft = w.session.draft
        if against is None:
            if draft.base is None:
                QMessageBox.information(w, w.tr("No base"), w.tr("Set a base first (File > Set base): the changes are shown against it."))
                return None
            against = draft.base.draft
        w.commit_pending_edits()
        if path is None:
            path = ask_save_path(w, w.tr("Export with tracked changes"), w.session, ".docx", w.tr("Word document (*.docx)"))
            if path is None:
                return None
        from draftapp.io.docx.tracked import export_tracked_docx

        try:
            source = draft.base.source if draft.base is not None and against is draft.base.draft else ""
            warnings = export_tracked_docx(draft, against, path, author=self.author(), base_source=source)
        except (DraftIOError, OSError, ValueError) as e:
            QMessageBox.critical(w, w.tr("Export failed"), str(e))
            return None
        w.show_message(w.tr("Exported %s with tracked changes") % Path(path).name)
        return warnings

    def tracked_changes_choice(self, draft: Draft) -> Draft:
        """A Word document with tracked changes was opened: keep the changes (its text
        without them becomes the base, Compare shows them) or accept them all."""
        w = self.window
        answer = QMessageBox.question(
            w, w.tr("Tracked changes"),
            w.tr("This document has tracked changes (%s). Keep them as changes against the text without them?\n\n"
                 "Yes: keep them (Compare shows them; nothing is lost). No: accept them all.") % draft.base.source,
        )
        if answer != QMessageBox.StandardButton.Yes:
            draft.base = None
        return draft


def install(window, file_menu, view_menu) -> Versions:
    return Versions(window, file_menu, view_menu)
