"""The open draft, its undo stack and what views need to know when it changes.

The model is the truth: panes turn user actions into model Commands pushed here, and
redraw from the model when told. Derived numbers (labels, footnote numbers, what a
cross-reference shows) are computed once per structural change and shared by all views.
Diagnostics come from the check engine (draftapp.check), told what changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from draftapp.gui.undo import ModelCommand, TypingCommand
from draftapp.lang import get_language
from draftapp.model import (
    Command,
    CommandError,
    Composite,
    Draft,
    EditText,
    SetLanguage,
    SetMeta,
    SetSponsors,
    cross_references,
    footnote_numbers,
    labels,
    reference_text,
)

def _checks():
    """(Engine, follow_directions), or Nones without the check engine. Imported on first
    use: the rules are a tenth of a cold start, and a window can show before its checks."""
    try:
        from draftapp.check import Engine
        from draftapp.check.rules.references import follow_directions
    except ImportError:  # pragma: no cover - depends on what is installed
        return None, None
    return Engine, follow_directions


def derived_numbers(draft: Draft, scheme) -> dict:
    """The numbers every view shows: paragraph labels, footnote numbers, what each
    cross-reference reads. No Qt: File > Open works them out in its worker thread."""
    return {
        "labels": labels(draft, scheme),
        "footnote_numbers": footnote_numbers(draft),
        "references": {ref.target_id: reference_text(draft, ref.target_id, scheme)
                       for _pid, ref in cross_references(draft)},
    }


def _is_text_or_meta(command: Command) -> bool:
    commands = command.commands if isinstance(command, Composite) else [command]
    return all(isinstance(c, (EditText, SetMeta, SetSponsors)) for c in commands)


class DraftSession(QObject):
    #: paragraphs or footnotes were added, removed, moved or re-levelled: redraw panes
    structureChanged = Signal()
    #: the runs of one paragraph or footnote changed; `from_view` is True when the pane
    #: that shows it made the change (it already shows the text)
    textChanged = Signal(str, bool)
    metaChanged = Signal()
    languageChanged = Signal()
    #: footnote numbers or cross-reference numbers changed without a structural edit
    numbersChanged = Signal()
    diagnosticsChanged = Signal()
    #: anything changed (preview, autosave)
    changed = Signal()
    #: a message for the status bar (an edit that could not be made, and why)
    message = Signal(str)
    #: another draft is about to be opened / has been opened in this session: views that
    #: rebuild later (preview, diagnostics list) clear themselves, then catch up at once
    replacing = Signal()
    replaced = Signal()

    def __init__(self, draft: Draft, path: Path | None = None, parent: QObject | None = None,
                 check_later: bool = False):
        super().__init__(parent)
        self.draft = draft
        self.path = path
        self.stack = QUndoStack(self)
        self.diagnostics: list = []
        self.engine = None
        self._refresh_language()
        self._refresh_numbers()
        #: `draftapp FILE`: the window paints first, then run_first_check (deferred_start.py)
        self.check_pending = check_later
        #: the window paints before the work of a long draft is done (clause_blocks.render)
        self.show_first = check_later
        if not check_later:
            self._start_engine()

    def run_first_check(self) -> None:
        if self.check_pending:
            self.check_pending = False
            self._start_engine()
            self.diagnosticsChanged.emit()

    # --- derived facts ----------------------------------------------------------
    def _refresh_language(self) -> None:
        self.language = get_language(self.draft.language)
        self.scheme = self.language.labels

    def _refresh_numbers(self, known: dict | None = None) -> None:
        """`known`: derived_numbers of this draft, worked out already (off the GUI thread)."""
        numbers = known if known is not None else derived_numbers(self.draft, self.scheme)
        self.labels = numbers["labels"]
        self.footnote_numbers = numbers["footnote_numbers"]
        self.references = numbers["references"]

    @property
    def gender(self) -> str:
        """The organ's grammatical gender, which some openings agree with."""
        try:
            return self.language.organ_gender(self.draft.meta.organ)
        except ValueError:
            return "f"

    def reference(self, target_id: str) -> str:
        if target_id not in self.references:
            self.references[target_id] = reference_text(self.draft, target_id, self.scheme)
        return self.references[target_id]

    # --- checks -----------------------------------------------------------------
    def _start_engine(self, engine=None) -> None:
        """The checks of the draft; `engine` when they ran already (off the GUI thread)."""
        Engine = _checks()[0]
        if Engine is None:
            self.engine = None
            self.diagnostics = []
            return
        try:
            self.engine = engine if engine is not None else Engine(self.draft)
            self.diagnostics = list(self.engine.diagnostics())
        except Exception as e:  # noqa: BLE001 - the draft opens even if a rule fails on it
            self.engine = None
            self.diagnostics = []
            self.message.emit(self.tr("The checks could not run: %s") % e)

    def _recheck(self, paragraph_id: str | None) -> None:
        if self.engine is None:
            return
        try:
            if paragraph_id is None:
                self.engine.structure_changed()
            else:
                self.engine.paragraph_changed(paragraph_id)
            self.diagnostics = list(self.engine.diagnostics())
        except Exception as e:  # noqa: BLE001 - a failing rule must never cost the user an edit
            self.message.emit(self.tr("The checks could not run: %s") % e)
            return
        self.diagnosticsChanged.emit()

    # --- edits ------------------------------------------------------------------
    def push(self, command: Command, applied: bool = False) -> bool:
        """Make an edit (undoable). `applied`: the draft already holds it (a Batch).
        An edit the model refuses (CommandError) changes nothing and is reported."""
        if not applied:
            try:
                command.apply(self.draft)
            except (CommandError, KeyError, IndexError) as e:
                self.message.emit(str(e) if isinstance(e, CommandError) else self.tr("That edit cannot be made here."))
                return False
        command = self._with_directions(command)
        self.stack.push(ModelCommand(self, command, applied=True))
        return True

    def _with_directions(self, command: Command) -> Command:
        """A structural edit and the above/below words it turned (one undo step): the
        word beside a live reference follows position as its number does."""
        follow_directions = _checks()[1]
        if follow_directions is None or _is_text_or_meta(command):
            return command
        follow = follow_directions(self.draft)
        if not follow:
            return command
        return Composite([command, *follow], label=command.label)

    def typed(self, owner_id: str, before: list, after: list) -> None:
        """The pane showing `owner_id` changed its text from `before` to `after`."""
        self.stack.push(TypingCommand(self, owner_id, before, after))

    def tr_typing(self) -> str:
        return QCoreApplication.translate("DraftSession", "Typing")

    # --- notifications (called by the undo commands) ------------------------------
    def text_changed(self, owner_id: str, from_view: bool) -> None:
        # deleting or retyping a citation can renumber footnotes
        numbers = footnote_numbers(self.draft)
        if numbers != self.footnote_numbers:
            self._refresh_numbers()
            self.numbersChanged.emit()
        self.textChanged.emit(owner_id, from_view)
        self._recheck(owner_id)
        self.changed.emit()

    def model_changed(self, command: Command) -> None:
        commands = command.commands if isinstance(command, Composite) else [command]
        if all(isinstance(c, EditText) for c in commands):
            for c in commands:
                self.text_changed(c.paragraph_id, False)
            return
        if any(isinstance(c, SetLanguage) for c in commands):
            self._refresh_language()
            self._refresh_numbers()
            self.languageChanged.emit()
            self.structureChanged.emit()
        elif all(isinstance(c, (SetMeta, SetSponsors)) for c in commands):
            self.metaChanged.emit()
        else:
            self._refresh_numbers()
            self.structureChanged.emit()
        self._recheck(None)
        self.changed.emit()

    def replace_draft(self, draft: Draft, path: Path | None, engine=None, numbers: dict | None = None) -> None:
        """Open another draft in this session (undo history starts afresh); `engine`:
        its checks, already run (off the GUI thread: gui/open_worker.py)."""
        self.replacing.emit()
        self.stack.clear()
        self.draft = draft
        self.path = path
        self._refresh_language()
        self._refresh_numbers(numbers if numbers is not None and numbers.get("language") == draft.language else None)
        self.check_pending = False
        self._start_engine(engine)
        self.languageChanged.emit()
        self.metaChanged.emit()
        self.structureChanged.emit()
        self.diagnosticsChanged.emit()
        self.changed.emit()
        self.replaced.emit()
