"""The File menu's work for the main window: unsaved-changes prompt, new/open/import,
save, export, recent files and crash recovery. A mixin of MainWindow (it reads
`self.session`, `self.settings`, `self.autosave`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from draftapp.gui.autosave import discard, find_orphans
from draftapp.gui.busy import busy
from draftapp.gui.open_worker import off_thread, prepare_open
from draftapp.io.atomic import ReadOnlyError
from draftapp.gui.save_name import ask_save_path
from draftapp.io.errors import DraftIOError
from draftapp.io.formats import read_draft, unexpected, write_draft
from draftapp.model import Draft

MAX_RECENT = 8
#: Extensions the app saves to; anything else opened is an import (saved with Save as).
NATIVE = (".draft", ".md", ".txt", ".markdown")


class FileActions:
    # --- files -------------------------------------------------------------------------------
    def commit_pending_edits(self) -> None:
        """A Document field commits when the focus leaves it (or on Return): one being
        typed in when the user saves, exports or closes is committed first."""
        widget = QApplication.focusWidget()
        pane = getattr(self, "document_pane", None)
        if widget is not None and pane is not None and pane.isAncestorOf(widget):
            widget.clearFocus()
            widget.setFocus()
        annexes = getattr(self, "docks", {}).get("annexes")
        if annexes is not None:
            annexes.widget().apply_pending()  # typed in the Annexes pane, Apply not clicked

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current draft (saved, discarded, or clean)."""
        self.commit_pending_edits()
        if self.session.stack.isClean():
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("Unsaved changes"),
            self.tr("The draft has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def load(self, draft: Draft, path: Path | None, modified: bool = False, engine=None, numbers=None) -> None:
        """`engine`, `numbers`: the checks and numbers of `draft`, worked out already
        (gui/open_worker.py)."""
        self.session.replace_draft(draft, path, engine, numbers)
        if modified:
            # recovered or carried-over work is not saved anywhere yet: no clean state
            self.session.stack.resetClean()
            self.autosave.dirty = True
        self.update_title()
        if path:
            self.add_recent(path)

    def open_path(self, path: str | Path) -> bool:
        problem = None
        spelling = bool(getattr(getattr(self, "preamble", None), "highlighter", None)
                        and self.preamble.highlighter.spelling_enabled)
        with busy(self, self.tr("Opening %s…") % Path(path).name):
            try:  # read, checked and its dictionary loaded while the window paints
                prepared = off_thread(lambda: prepare_open(path, spelling))
            except DraftIOError as e:
                problem = str(e)
        if problem is not None:  # said without the busy cursor; the open draft is kept
            QMessageBox.critical(self, self.tr("Cannot open"), problem)
            return False
        draft, native, engine, numbers = prepared.draft, prepared.native, prepared.engine, prepared.numbers
        if draft.base is not None and Path(path).suffix.lower() == ".docx" and hasattr(self, "versions"):
            chosen = self.versions.tracked_changes_choice(draft)  # keep Word's tracked changes, or accept them
            if chosen is not draft:  # the checks and numbers were of the other one
                engine = numbers = None
            draft = chosen
        previous = (self.session.draft, self.session.path)
        try:
            with busy(self, self.tr("Opening %s…") % Path(path).name):
                self.load(draft, Path(path) if native else None, engine=engine, numbers=numbers)
        except Exception as e:  # noqa: BLE001 - a draft the editor cannot show must not cost the open one
            self.load(*previous)
            QMessageBox.critical(self, self.tr("Cannot open"), f"{path}: {unexpected(e)}")
            return False
        if not native:
            self.show_message(self.tr("Imported %s: save it as a draft to keep your work") % Path(path).name)
        return True

    @staticmethod
    def _is_native(path: Path) -> bool:
        """A .draft, or a .md/.txt in the text dialect; text copied from a PDF is an
        import: Save must not write the dialect over the delegate's copy."""
        if path.suffix.lower() == ".draft":
            return True
        try:
            from draftapp.io.formats import read_text_file
            from draftapp.io.pdftext import looks_like_dialect

            return looks_like_dialect(read_text_file(path))
        except (DraftIOError, ImportError):
            return False

    def _filters(self) -> str:
        return self.tr("Drafts (*.draft *.md *.txt);;Resolutions as issued (*.pdf *.docx);;All files (*)")

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open draft"), self._last_dir(), self._filters())
        if path:
            self.open_path(path)

    def import_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a draft"), self._last_dir(),
            self.tr("Texts and documents (*.md *.txt *.docx *.pdf);;All files (*)"),
        )
        if path:
            self.open_path(path)

    def new_blank(self) -> None:
        if self.maybe_save():
            self.load(Draft(language=self.session.draft.language), None)

    def new_from_template(self) -> None:
        try:
            from draftapp.gui.new_dialog import NewFromTemplateDialog
        except ImportError:
            self.show_message(self.tr("Templates are not available in this build."))
            return
        if not self.maybe_save():
            return
        last = self.settings.value("new_from_template/language") or self.session.draft.language  # the last chosen
        dialog = NewFromTemplateDialog(self, language=str(last), organ=self.session.draft.meta.organ)
        if dialog.exec() == NewFromTemplateDialog.DialogCode.Accepted and dialog.draft() is not None:
            self.settings.setValue("new_from_template/language", dialog.language.currentData())
            # a new draft is unsaved work from its first moment
            self.load(dialog.draft(), None, modified=True)

    def new_from_existing(self) -> None:
        try:
            from draftapp.io.carryover import carry_over
        except ImportError:
            self.show_message(self.tr("Carrying over a resolution is not available in this build."))
            return
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Resolution to carry over"), self._last_dir(),
            self.tr("Resolutions (*.draft *.md *.txt *.docx *.pdf);;All files (*)"),
        )
        if not path:
            return
        try:
            draft = carry_over(read_draft(path), source=Path(path).name)
        except DraftIOError as e:
            QMessageBox.critical(self, self.tr("Cannot open"), str(e))
            return
        self.load(draft, None, modified=True)

    def save(self) -> bool:
        path = self.session.path
        if path is None or path.suffix.lower() not in NATIVE:
            return self.save_as()
        return self.save_to(path)

    def save_as(self) -> bool:
        # named from the symbol or title, in Documents
        path = ask_save_path(self, self.tr("Save draft"), self.session, ".draft", self.tr("Draft (*.draft);;Text (*.md *.txt)"))
        return False if path is None else self.save_to(path)

    def save_to(self, path: Path) -> bool:
        self.commit_pending_edits()
        try:
            write_draft(self.session.draft, path)
        except ReadOnlyError as e:
            answer = QMessageBox.warning(
                self, self.tr("Read-only file"), self.tr("%s\n\nSave the draft under another name?") % e,
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save,
            )
            return answer == QMessageBox.StandardButton.Save and self.save_as()
        except DraftIOError as e:
            QMessageBox.critical(self, self.tr("Cannot save"), str(e))
            return False
        self.session.path = Path(path)
        self.session.stack.setClean()
        self.autosave.remove()
        self.autosave.dirty = False
        self.add_recent(path)
        self.update_title()
        self.show_message(self.tr("Saved %s") % Path(path).name)
        return True

    def export_docx(self, path: str | Path | None = None) -> list[str] | None:
        try:
            from draftapp.io.docx import export_docx
        except ImportError:
            self.show_message(self.tr("DOCX export is not available in this build."))
            return None
        self.commit_pending_edits()
        if path is None:
            path = ask_save_path(self, self.tr("Export DOCX"), self.session, ".docx", self.tr("Word document (*.docx)"))
            if path is None:
                return None
        try:
            warnings = export_docx(self.session.draft, path)
        except (DraftIOError, OSError, ValueError) as e:
            QMessageBox.critical(self, self.tr("Export failed"), str(e))
            return None
        if warnings:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Exported with notes"),
                              self.tr("The document was written to %s.") % path, QMessageBox.StandardButton.Ok, self)
            box.setDetailedText("\n".join(warnings))
            box.setInformativeText(self.tr("%n note(s) about the export: see the details.", "", len(warnings)))
            box.setModal(False)
            box.show()
        self.show_message(self.tr("Exported %s") % Path(path).name)
        return warnings

    # --- recent files ------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.settings.value("recent", [])
        if isinstance(value, str):
            value = [value]
        return [v for v in (value or []) if v]

    def add_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        files = [path] + [f for f in self.recent_files() if f != path]
        self.settings.setValue("recent", files[:MAX_RECENT])
        self.settings.setValue("last_dir", str(Path(path).parent))

    def _last_dir(self) -> str:
        return str(self.settings.value("last_dir", str(Path.home())))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        if not files:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
        for f in files:
            action = self.recent_menu.addAction(Path(f).name.replace("&", "&&"))
            action.setStatusTip(f)
            action.triggered.connect(lambda _=False, p=f: self.maybe_save() and self.open_path(p))

    # --- crash recovery -----------------------------------------------------------------------
    def offer_recovery(self) -> bool:
        """Offer the newest working copy an editor left behind; True when recovered."""
        orphans = find_orphans(self.autosave.directory)
        if not orphans:
            return False
        orphan = orphans[0]
        name = Path(orphan.original).name if orphan.original else self.tr("an unsaved draft")
        answer = QMessageBox.question(
            self,
            self.tr("Recover unsaved work?"),
            self.tr("Draftapp did not close normally. Recover the working copy of %s?") % name,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            # only the copy offered: other crashed sessions' copies are offered next time
            discard(self.autosave.directory, orphan.token)
            return False
        try:
            draft = orphan.load()
        except DraftIOError as e:
            QMessageBox.critical(self, self.tr("Cannot recover"), str(e))
            return False
        self.load(draft, Path(orphan.original) if orphan.original else None, modified=True)
        discard(self.autosave.directory, orphan.token)
        self.autosave.save_now()
        self.show_message(self.tr("Recovered the working copy; save it to keep it."))
        return True

