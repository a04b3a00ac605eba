"""The main window: the clause panes in the middle, Document on the left, Preview on the
right, Footnotes and Diagnostics below; the menus and toolbar; the title with the file
name and a modified mark; autosave on focus loss. The File menu's work (prompt, open,
save, export, recent files, recovery) is in file_actions.py."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from draftapp.gui.autosave import Autosaver
from draftapp.gui.blank_hints import BlankHints
from draftapp.gui.clause_pane import ClausePane, toggle_selection_format
from draftapp.gui.clipboard import add_clipboard_actions
from draftapp.gui.delete_guard import may_delete
from draftapp.gui.diagnostics_pane import DiagnosticsPane
from draftapp.gui.mandates_pane import MandatesPane
from draftapp.gui.negotiation_pane import NegotiationPane
from draftapp.gui.document_pane import DocumentPane
from draftapp.gui.file_actions import FileActions
from draftapp.gui.find_replace import add_find_actions
from draftapp.gui.footnote_choice import FootnoteChoice
from draftapp.gui.annexes_pane import AnnexesPane
from draftapp.gui.footnotes_pane import FootnotesPane
from draftapp.gui.navigation import Navigation
from draftapp.gui.help_menu import HelpMenu
from draftapp.gui.pdf_actions import PdfActions
from draftapp.gui.preview import PreviewPane
from draftapp.gui.session import DraftSession
from draftapp.gui import deferred_start, versions_menu
from draftapp.gui.spelling import speller, spelling_missing_text
from draftapp.gui.spelling_list import install as install_spelling_list
from draftapp.gui.undo_buttons import undo_redo_buttons
from draftapp.gui.word_count import DocumentStats
from draftapp.gui.zoom import Zoom
from draftapp.model import OPERATIVE, PREAMBLE, DeleteParagraph, Draft
from draftapp.paths import RESOURCES
from draftapp.userdirs import settings_file

APP_NAME = "Draftapp"


@lru_cache(maxsize=1)
def cross_reference_patterns() -> dict:
    return json.loads((RESOURCES / "gui" / "cross_references.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def stylesheet() -> str:
    path = RESOURCES / "gui" / "style.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


class PaneFrame(QWidget):
    """A clause pane under a small heading that counts its clauses."""

    def __init__(self, title: str, pane: ClausePane, parent=None):
        super().__init__(parent)
        self.title = title
        self.pane = pane
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600; color: #243447; padding: 6px 8px 2px 8px;")
        layout.addWidget(self.heading)
        layout.addWidget(pane, 1)
        pane.session.structureChanged.connect(self.update_heading)
        self.update_heading()

    def update_heading(self) -> None:
        n = len(self.pane.session.draft.part(self.pane.part))
        self.heading.setText(f"{self.title}  <span style='color:#8a94a0; font-weight:400'>· {n}</span>")


class MainWindow(FileActions, QMainWindow):
    def __init__(self, draft: Draft | None = None, path: Path | None = None, *, settings: QSettings | None = None,
                 autosave_dir: Path | None = None, spelling: bool = True, show_first: bool = False):
        """`show_first`: checks, spelling and preview wait until the window is shown
        (`draftapp FILE`, gui/deferred_start.py)."""
        super().__init__()
        self.settings = settings if settings is not None else QSettings(str(settings_file()), QSettings.Format.IniFormat)
        self.session = DraftSession(draft or Draft(), Path(path) if path else None, self, check_later=show_first)
        self.session.message.connect(self.show_message)
        self.session.stack.cleanChanged.connect(self.update_title)
        self.session.languageChanged.connect(self.update_spelling_status)
        self.session.diagnosticsChanged.connect(self._update_counts)

        self.preamble = ClausePane(self.session, PREAMBLE, spelling and not show_first)
        self.operative = ClausePane(self.session, OPERATIVE, spelling and not show_first)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(PaneFrame(self.tr("Preamble"), self.preamble))
        splitter.addWidget(PaneFrame(self.tr("Operative part"), self.operative))
        splitter.setSizes([400, 500])
        self.setCentralWidget(splitter)
        for pane in (self.preamble, self.operative):
            pane.currentParagraphChanged.connect(lambda _pid, p=pane: self._pane_focused(p))
        self._last_pane = self.operative

        self.document_pane = DocumentPane(self.session)
        self.footnotes = FootnotesPane(self.session)
        self.footnotes.jumpRequested.connect(lambda pid: self.jump_to(pid))
        self.diagnostics = DiagnosticsPane(self.session)
        self.diagnostics.jumpRequested.connect(self.jump_to_diagnostic)
        self.preview = PreviewPane(self.session)
        self.negotiation = NegotiationPane(self.session, str(self.settings.value("tracked_changes/author", "") or ""))
        self.negotiation.jumpRequested.connect(lambda pid: self.jump_to(pid))
        self.mandates = MandatesPane(self.session)
        self.mandates.jumpRequested.connect(lambda pid: self.jump_to(pid))
        self.docks = {
            "document": self._dock(self.tr("Document"), self.document_pane, Qt.DockWidgetArea.LeftDockWidgetArea),
            "preview": self._dock(self.tr("Preview"), self.preview, Qt.DockWidgetArea.RightDockWidgetArea),
            "footnotes": self._dock(self.tr("Footnotes"), self.footnotes, Qt.DockWidgetArea.BottomDockWidgetArea),
            "diagnostics": self._dock(self.tr("Diagnostics"), self.diagnostics, Qt.DockWidgetArea.BottomDockWidgetArea),
            "mandates": self._dock(self.tr("Mandates"), self.mandates, Qt.DockWidgetArea.BottomDockWidgetArea),
            "negotiation": self._dock(self.tr("Negotiation"), self.negotiation, Qt.DockWidgetArea.RightDockWidgetArea),
            "annexes": self._dock(self.tr("Annexes"), AnnexesPane(self.session), Qt.DockWidgetArea.BottomDockWidgetArea),
        }
        # Split before tabifying: splitting a dock that is already in a tab group puts the
        # new dock into that group, and the bottom row became one tab bar across the window.
        self.splitDockWidget(self.docks["footnotes"], self.docks["diagnostics"], Qt.Orientation.Horizontal)
        self.tabifyDockWidget(self.docks["footnotes"], self.docks["annexes"])
        self.docks["footnotes"].raise_()
        self.tabifyDockWidget(self.docks["diagnostics"], self.docks["mandates"])
        self.tabifyDockWidget(self.docks["preview"], self.docks["negotiation"])
        self.docks["preview"].raise_()
        self.docks["diagnostics"].raise_()

        self.spelling_label = QLabel()
        self.counts_label = QLabel()
        self.document_stats = DocumentStats(self.session)  # words and official pages
        self.statusBar().addPermanentWidget(self.document_stats)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.spelling_label)
        self._build_menus()
        self.blank_hints = BlankHints(self)
        self.spelling_list = install_spelling_list(self, spelling)  # Diagnostics rows, Tools > F7
        self.help_menu = HelpMenu(self)  # keys, rules, About (gui/help_menu.py)
        self.autosave = Autosaver(self.session, autosave_dir, parent=self)
        annexes = self.docks["annexes"].widget()
        self.autosave.watch_unapplied(annexes)  # an annex typed before Apply survives a crash
        annexes.unappliedChanged.connect(self.update_title)
        self.update_title()
        if show_first:
            deferred_start.after_show(self, spelling)
        else:
            self.update_spelling_status()
        self._update_counts()
        self.setStyleSheet(stylesheet())
        self.resize(1400, 900)
        # After the resize: docks sized in a window of the default size got what was left
        # (the Document pane 70 px, its fields hidden).
        self.resizeDocks([self.docks["document"], self.docks["preview"]], [290, 430], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["footnotes"]], [190], Qt.Orientation.Vertical)

    # --- layout helpers -----------------------------------------------------------------
    def _dock(self, title: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, menu, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self._action(file, self.tr("&New"), self.new_blank, QKeySequence.StandardKey.New)
        template = self._action(file, self.tr("New from &template…"), self.new_from_template, "Ctrl+Shift+N")
        self._action(file, self.tr("New from e&xisting resolution…"), self.new_from_existing)
        open_ = self._action(file, self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self._action(file, self.tr("&Import…"), self.import_dialog, "Ctrl+Shift+I")
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addSeparator()
        save = self._action(file, self.tr("&Save"), self.save, QKeySequence.StandardKey.Save)
        self._action(file, self.tr("Save &as…"), self.save_as, QKeySequence.StandardKey.SaveAs)
        export = self._action(file, self.tr("&Export DOCX…"), lambda: self.export_docx(), "Ctrl+E")
        self.pdf_actions = PdfActions(self)
        self.pdf_actions.add_to(file)  # Export PDF…, Print… (gui/pdf_actions.py)
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.session.stack.createUndoAction(self, self.tr("&Undo"))
        # every binding of the platform (setShortcut would keep only the first: Ctrl+Y
        # alone on some platforms), and Ctrl+Shift+Z everywhere, as the docs promise
        undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        redo = self.session.stack.createRedoAction(self, self.tr("&Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for key in ("Ctrl+Y", "Ctrl+Shift+Z"):  # X11's binding is Ctrl+Shift+Z alone; Word users press Ctrl+Y
            if QKeySequence(key) not in redo_keys:
                redo_keys.append(QKeySequence(key))
        redo.setShortcuts(redo_keys)
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        self.clipboard_actions = add_clipboard_actions(self, edit)
        self.find_replace = add_find_actions(self, edit)
        edit.addSeparator()
        self._action(edit, self.tr("&Italic"), lambda: self.toggle_format(italic=True), "Ctrl+I")
        self._action(edit, self.tr("&Bold"), lambda: self.toggle_format(bold=True), "Ctrl+B")

        clause = bar.addMenu(self.tr("&Clause"))
        self._action(clause, self.tr("New clause below\tEnter"), lambda: self.current_pane().split_at_cursor())
        self._action(clause, self.tr("Make subparagraph\tTab"), lambda: self.current_pane().change_level(+1))
        self._action(clause, self.tr("Raise a level\tShift+Tab"), lambda: self.current_pane().change_level(-1))
        up = self._action(clause, self.tr("Move up\tAlt+Up"), lambda: self.current_pane().move_current(-1))
        down = self._action(clause, self.tr("Move down\tAlt+Down"), lambda: self.current_pane().move_current(1))
        self._action(clause, self.tr("Section &heading on/off"), self.toggle_heading, "Ctrl+Shift+H")
        self._action(clause, self.tr("&Delete clause"), self.delete_clause, "Ctrl+Shift+Del")

        insert = bar.addMenu(self.tr("&Insert"))
        self.footnote_choice = FootnoteChoice(self)  # new, or cite one again
        footnote = self._action(insert, self.tr("&Footnote…"), self.footnote_choice.offer, "Ctrl+Alt+F")
        self.cite_menu = insert.addMenu(self.tr("&Cite a footnote again"))
        self.cite_menu.aboutToShow.connect(self._fill_cite_menu)
        self.xref_menu = insert.addMenu(self.tr("Cross-&reference to paragraph"))
        self.xref_menu.aboutToShow.connect(self._fill_xref_menu)

        self._build_toolbar(template, open_, save, undo, redo, up, down, footnote, export)
        view = bar.addMenu(self.tr("&View"))
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        self.navigation = Navigation(self, view)
        self.zoom_control = Zoom(self, view)
        self.versions = versions_menu.install(self, file, view)  # base, versions, compare, tracked changes

    def _build_toolbar(self, template, open_, save, undo, redo, up, down, footnote, export) -> None:
        """The actions used all day, one click away; icons from the platform style."""
        style = self.style()
        icons = {
            open_: QStyle.StandardPixmap.SP_DialogOpenButton, save: QStyle.StandardPixmap.SP_DialogSaveButton,
            up: QStyle.StandardPixmap.SP_ArrowUp, down: QStyle.StandardPixmap.SP_ArrowDown,
            template: QStyle.StandardPixmap.SP_FileIcon,
        }
        for action, pixmap in icons.items():
            action.setIcon(style.standardIcon(pixmap))
        # undo and redo are words on the bar: arrows read as Back and Forward
        undo, redo = undo_redo_buttons(self, undo, redo)
        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        labels = {template: self.tr("New"), open_: self.tr("Open"), save: self.tr("Save"), undo: self.tr("Undo"),
                  redo: self.tr("Redo"), up: self.tr("Up"), down: self.tr("Down"), footnote: self.tr("Footnote"),
                  export: self.tr("Export DOCX")}
        groups = [[template, open_, save], [undo, redo], [up, down], [footnote], [export]]
        for i, group in enumerate(groups):
            if i:
                bar.addSeparator()
            for action in group:
                bar.addAction(action)
                button = bar.widgetForAction(action)
                if button is None:
                    continue
                if action not in (undo, redo):  # theirs name the edit
                    text, _, typed_keys = action.text().replace("&", "").replace("…", "").partition("\t")
                    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) or typed_keys
                    action.setToolTip(f"{text} ({keys})" if keys else text)
                    button.setText(labels[action])  # after setToolTip, which puts the action's text back
        xref = QToolButton()
        xref.setText(self.tr("Cross-reference"))
        xref.setToolTip(self.tr("Insert a cross-reference to an operative paragraph"))
        xref.setMenu(self.xref_menu)
        xref.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.insertWidget(export, xref)
        bar.insertSeparator(export)

    # --- title, status --------------------------------------------------------------------
    def update_title(self) -> None:
        name = self.session.path.name if self.session.path else self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        annexes = getattr(self, "docks", {}).get("annexes")
        self.setWindowModified(not self.session.stack.isClean() or (annexes is not None and annexes.widget().has_unapplied()))

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def update_spelling_status(self) -> None:
        s = speller(self.session.draft.language)
        name = self.session.language.name
        if s.available:
            self.spelling_label.setText(self.tr("Spelling: %s (%s)") % (name, s.tag))
        elif s.missing:
            self.spelling_label.setText(spelling_missing_text(self, s.missing))
        else:
            self.spelling_label.setText(self.tr("No spelling dictionary for %s") % name)

    def _update_counts(self) -> None:
        counts = {"error": 0, "warning": 0, "info": 0}
        for d in self.session.diagnostics:
            counts[d.severity] = counts.get(d.severity, 0) + 1
        self.counts_label.setText(
            f"<span style='color:#c01c28'>● {counts['error']}</span>  "
            f"<span style='color:#b7791f'>● {counts['warning']}</span>  "
            f"<span style='color:#1c71d8'>● {counts['info']}</span>"
        )

    # --- panes -----------------------------------------------------------------------------
    def _pane_focused(self, pane: ClausePane) -> None:
        self._last_pane = pane

    def current_pane(self) -> ClausePane:
        for pane in (self.preamble, self.operative):
            if pane.hasFocus():
                self._last_pane = pane
        return self._last_pane

    def pane_of(self, paragraph_id: str) -> ClausePane | None:
        for pane in (self.preamble, self.operative):
            if paragraph_id in pane.ids:
                return pane
        return None

    def jump_to(self, paragraph_id: str, span: tuple[int, int] | None = None) -> None:
        pane = self.pane_of(paragraph_id)
        if pane is None:
            return
        start, end = span if span else (0, None)
        pane.place_cursor(paragraph_id, start, end)
        pane.setFocus()
        self._last_pane = pane

    def jump_to_diagnostic(self, d) -> None:
        if d.part in ("preamble", "operative") and d.paragraph_id:
            self.jump_to(d.paragraph_id, d.span)
        elif d.part == "footnotes" and d.paragraph_id:
            self.docks["footnotes"].show()
            self.footnotes.select(d.paragraph_id, edit=True)
        else:
            self.docks["document"].show()
            self.document_pane.focus_problem(d.part, d.field, d.span)

    def toggle_format(self, italic: bool | None = None, bold: bool | None = None) -> None:
        """Ctrl+I / Ctrl+B on the selection of the clause or footnote being edited
        (*Treaty Series* in a footnote)."""
        if self.footnotes.editor.hasFocus():
            toggle_selection_format(self.footnotes.editor, italic=italic, bold=bold)
        else:
            self.current_pane().set_format(italic=italic, bold=bold)

    def toggle_heading(self) -> None:
        """Headings belong to the operative part: from the preamble the key would have
        made whichever operative clause held that pane's cursor a heading."""
        if self.current_pane() is not self.operative:
            self.show_message(self.tr("Section headings are for the operative part."))
            return
        self.operative.toggle_heading()

    def delete_clause(self) -> None:
        pid = self.current_pane().current_id()
        if pid and may_delete(self, self.session, pid):  # asks when cross-references point here
            self.session.push(DeleteParagraph(pid))

    # --- footnotes and cross-references ---------------------------------------------------
    def insert_footnote(self, text: str = "") -> str | None:
        """A new footnote cited at the cursor; the Footnotes pane opens on it for typing."""
        pane = self.current_pane()
        fid = pane.insert_footnote(text)
        if fid:
            self.docks["footnotes"].show()
            self.footnotes.select(fid, edit=True)
        return fid

    def _fill_cite_menu(self) -> None:
        self.cite_menu.clear()
        numbers = self.session.footnote_numbers
        footnotes = sorted(self.session.draft.footnotes, key=lambda f: numbers.get(f.id, 10**6))
        if not footnotes:
            self.cite_menu.addAction(self.tr("(no footnotes yet)")).setEnabled(False)
        for f in footnotes:
            text = f.text if len(f.text) < 60 else f.text[:57] + "…"
            action = self.cite_menu.addAction(f"{numbers.get(f.id, '?')}  {text}".replace("&", "&&"))
            action.triggered.connect(lambda _=False, fid=f.id: self.current_pane().cite_footnote(fid))

    def cross_reference_targets(self) -> list[tuple[str, str]]:
        """(paragraph id, menu label) for every numbered operative paragraph."""
        out = []
        for p in self.session.draft.paragraphs():
            label = self.session.labels.get(p.id)
            if not label or p.id not in self.operative.ids:
                continue
            text = p.text if len(p.text) < 50 else p.text[:47] + "…"
            out.append((p.id, f"{self.session.reference(p.id)}   {text}"))
        return out

    def _fill_xref_menu(self) -> None:
        self.xref_menu.clear()
        for pid, label in self.cross_reference_targets():
            action = self.xref_menu.addAction(label.replace("&", "&&"))  # words, not a mnemonic
            action.triggered.connect(lambda _=False, target=pid: self.insert_cross_reference(target))

    def insert_cross_reference(self, target_id: str) -> None:
        pane = self.current_pane()
        here = pane.current_id()
        if here is None:
            return
        order = [p.id for p in self.session.draft.paragraphs()]
        below = order.index(target_id) > order.index(here)
        patterns = cross_reference_patterns().get(self.session.draft.language) or cross_reference_patterns()["en"]
        pane.insert_cross_reference(target_id, patterns["below" if below else "above"])

    # --- window events ---------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.autosave.save_now()

    def closeEvent(self, event) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.autosave.close()
        event.accept()
