"""The Compare view: the draft against its base or one of its versions (or a file),
inline -- insertions underlined, deletions struck through, moves marked -- and side by
side, with Previous/Next change. The differences come from draftapp.compare."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from draftapp.compare import changes, compare
from draftapp.compare.engine import DELETED, EDIT, INSERTED, MOVE_FROM, MOVE_TO, SAME
from draftapp.compare.words import DELETE, EQUAL, INSERT
from draftapp.io.errors import DraftIOError
from draftapp.io.formats import read_draft
from draftapp.model import CrossRef, Draft, FootnoteRef, Text, footnote_numbers, reference_text

INSERTED_COLOR = QColor("#1a5fb4")
DELETED_COLOR = QColor("#c01c28")
MOVED_COLOR = QColor("#26a269")
LABEL_COLOR = QColor("#5e6a78")


def char_format(kind: str) -> QTextCharFormat:
    """How a stretch of text shows: "equal", "insert" (underlined), "delete" (struck
    through), "move_from" (struck through, green), "move_to" (dashed underline, green)."""
    fmt = QTextCharFormat()
    if kind == INSERT:
        fmt.setFontUnderline(True)
        fmt.setForeground(INSERTED_COLOR)
    elif kind == DELETE:
        fmt.setFontStrikeOut(True)
        fmt.setForeground(DELETED_COLOR)
    elif kind == "move_from":
        fmt.setFontStrikeOut(True)
        fmt.setForeground(MOVED_COLOR)
    elif kind == "move_to":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setForeground(MOVED_COLOR)
    elif kind == "label":
        fmt.setForeground(LABEL_COLOR)
    return fmt


class _Shower:
    def __init__(self, draft: Draft):
        self.draft = draft
        self.numbers = footnote_numbers(draft)

    def __call__(self, run) -> str:
        if isinstance(run, Text):
            return run.text
        if isinstance(run, FootnoteRef):
            return f"[{self.numbers.get(run.footnote_id, '?')}]"
        if isinstance(run, CrossRef):
            return reference_text(self.draft, run.target_id)
        return ""


def _write(cursor: QTextCursor, runs, kind: str, show) -> None:
    for run in runs:
        fmt = char_format(kind)
        if isinstance(run, Text):
            fmt.setFontItalic(run.italic)
            fmt.setFontWeight(700 if run.bold else 400)
        elif isinstance(run, FootnoteRef):
            fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        cursor.insertText(show(run) if not isinstance(run, FootnoteRef) else show(run).strip("[]"), fmt)


class CompareView(QDialog):
    """Non-modal: the user keeps editing while it is open; Refresh compares again."""

    currentChangeChanged = Signal(int)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Compare"))
        self.resize(1100, 700)
        self.against = QComboBox()
        self.against.currentIndexChanged.connect(lambda _i: self.refresh())
        self.previous_button = QPushButton(self.tr("◀ Previous change"))
        self.next_button = QPushButton(self.tr("Next change ▶"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.file_button = QPushButton(self.tr("Other file…"))
        self.file_button.clicked.connect(lambda: self.compare_with_file())
        self.position = QLabel()
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence("F8"), self, activated=lambda: self.step(1))
        QShortcut(QKeySequence("Shift+F8"), self, activated=lambda: self.step(-1))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Compare the draft with:")))
        top.addWidget(self.against, 1)
        top.addWidget(self.file_button)
        top.addWidget(self.refresh_button)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        top.addWidget(self.position)
        self.inline = self._viewer()
        self.old_side, self.new_side = self._viewer(), self._viewer()
        side = QWidget()
        side_layout = QHBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.old_side)
        side_layout.addWidget(self.new_side)
        self.old_side.verticalScrollBar().valueChanged.connect(self._sync_from_old)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.inline, self.tr("Inline"))
        self.tabs.addTab(side, self.tr("Side by side"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.change_blocks: list[int] = []
        self.current = -1
        self.comparison = None
        self.fill_choices()

    @staticmethod
    def _viewer() -> QTextEdit:
        view = QTextEdit()
        view.setReadOnly(True)
        view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        return view

    # --- what to compare with -----------------------------------------------------------
    def fill_choices(self, extra: tuple[str, Draft] | None = None) -> None:
        draft = self.session.draft
        self.choices: list[tuple[str, Draft]] = []
        if draft.base is not None:
            self.choices.append((self.tr("Base: %s") % (draft.base.source or self.tr("(unnamed)")), draft.base.draft))
        for v in reversed(draft.versions):
            self.choices.append((self.tr("Version: %s (%s)") % (v.name, v.date[:16].replace("T", " ")), v.draft))
        if extra is not None:
            self.choices.append(extra)
        self.against.blockSignals(True)
        self.against.clear()
        for label, _d in self.choices:
            self.against.addItem(label)
        self.against.blockSignals(False)
        if extra is not None:
            self.against.setCurrentIndex(len(self.choices) - 1)
        self.refresh()

    def compare_with_file(self, path: str | None = None) -> bool:
        """Any draft or file (a .draft, text, a DOCX) as the other side."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Compare with"), "",
                                                  self.tr("Drafts and resolutions (*.draft *.md *.txt *.docx);;All files (*)"))
            if not path:
                return False
        try:
            other = read_draft(path)
        except DraftIOError as e:
            QMessageBox.critical(self, self.tr("Cannot open"), str(e))
            return False
        self.fill_choices(extra=(self.tr("File: %s") % Path(path).name, other))
        return True

    def old_draft(self) -> Draft | None:
        i = self.against.currentIndex()
        return self.choices[i][1] if 0 <= i < len(self.choices) else None

    # --- building the views -----------------------------------------------------------------
    def refresh(self) -> None:
        old = self.old_draft()
        for view in (self.inline, self.old_side, self.new_side):
            view.setDocument(QTextDocument(view))
        self.change_blocks, self.current = [], -1
        if old is None:
            self.inline.setPlainText(self.tr("This draft has no base and no saved versions yet: use File > Set base or File > Save version."))
            self.comparison = None
            self._show_position()
            return
        new = self.session.draft
        self.comparison = compare(old, new)
        old_show, new_show = _Shower(old), _Shower(new)
        inline, left, right = (QTextCursor(v.document()) for v in (self.inline, self.old_side, self.new_side))
        first = True
        for row in self.comparison.rows:
            if not first:
                for c in (inline, left, right):
                    c.insertBlock()
            first = False
            if row.kind != SAME:
                self.change_blocks.append(inline.blockNumber())
            self._inline_row(inline, row, old_show, new_show)
            self._side_rows(left, right, row, old_show, new_show)
        others = [c for c in changes(self.comparison) if c.kind in ("footnote", "meta")]
        if others:
            inline.insertBlock()
            heading = QTextCharFormat()
            heading.setFontWeight(700)
            inline.insertText(self.tr("Footnotes, sponsors and document details"), heading)
            for change in others:
                inline.insertBlock()
                self.change_blocks.append(inline.blockNumber())
                inline.insertText(change.describe(), char_format(INSERT if change.kind == "footnote" else "label"))
        self._show_position()

    def _label(self, cursor, row) -> None:
        item = row.new if row.kind in (INSERTED, MOVE_TO, SAME, EDIT) else row.old
        cursor.insertText(f"{item.label}  ", char_format("label"))

    def _inline_row(self, cursor, row, old_show, new_show) -> None:
        self._label(cursor, row)
        if row.kind == SAME:
            _write(cursor, row.new.paragraph.runs, EQUAL, new_show)
        elif row.kind == EDIT:
            for piece in row.pieces or [None]:
                if piece is None:  # level or heading changed, words the same
                    _write(cursor, row.new.paragraph.runs, EQUAL, new_show)
                else:
                    _write(cursor, piece.runs, piece.op, old_show if piece.op == DELETE else new_show)
        elif row.kind == INSERTED:
            _write(cursor, row.new.paragraph.runs, INSERT, new_show)
        elif row.kind == DELETED:
            _write(cursor, row.old.paragraph.runs, DELETE, old_show)
        elif row.kind == MOVE_FROM:
            cursor.insertText(self.tr("⇥ moved away: "), char_format("move_from"))
            _write(cursor, row.old.paragraph.runs, "move_from", old_show)
        elif row.kind == MOVE_TO:
            cursor.insertText(self.tr("↦ moved here (was %s): ") % row.old.label, char_format("move_to"))
            if row.pieces:
                for piece in row.pieces:
                    op = "move_to" if piece.op == EQUAL else piece.op
                    _write(cursor, piece.runs, op, old_show if piece.op == DELETE else new_show)
            else:
                _write(cursor, row.new.paragraph.runs, "move_to", new_show)

    def _side_rows(self, left, right, row, old_show, new_show) -> None:
        if row.old is not None and row.kind != MOVE_TO:
            left.insertText(f"{row.old.label}  ", char_format("label"))
            kind = {DELETED: DELETE, MOVE_FROM: "move_from"}.get(row.kind, EQUAL)
            if row.kind == EDIT and row.pieces:
                for piece in row.pieces:
                    if piece.op != INSERT:
                        _write(left, piece.runs, piece.op, old_show)
            else:
                _write(left, row.old.paragraph.runs, kind, old_show)
        if row.new is not None:
            right.insertText(f"{row.new.label}  ", char_format("label"))
            kind = {INSERTED: INSERT, MOVE_TO: "move_to"}.get(row.kind, EQUAL)
            if row.kind in (EDIT, MOVE_TO) and row.pieces:
                for piece in row.pieces:
                    if piece.op != DELETE:
                        _write(right, piece.runs, piece.op if piece.op != EQUAL else kind, new_show)
            else:
                _write(right, row.new.paragraph.runs, kind, new_show)

    def _sync_from_old(self, value: int) -> None:
        old_bar, new_bar = self.old_side.verticalScrollBar(), self.new_side.verticalScrollBar()
        if old_bar.maximum():
            new_bar.setValue(round(value * new_bar.maximum() / old_bar.maximum()))

    # --- next / previous -------------------------------------------------------------------
    def step(self, delta: int) -> None:
        if not self.change_blocks:
            return
        self.current = (self.current + delta) % len(self.change_blocks) if self.current >= 0 else (0 if delta > 0 else len(self.change_blocks) - 1)
        self.select_current()

    def select_current(self) -> None:
        number = self.change_blocks[self.current]
        for view in (self.inline, self.old_side, self.new_side):
            block = view.document().findBlockByNumber(number)
            if not block.isValid():
                continue
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            view.setTextCursor(cursor)
            view.ensureCursorVisible()
        self._show_position()
        self.currentChangeChanged.emit(self.current)

    def selected_text(self) -> str:
        return self.inline.textCursor().selectedText()

    def _show_position(self) -> None:
        total = len(self.change_blocks)
        if not total:
            self.position.setText(self.tr("no changes"))
        elif self.current < 0:
            self.position.setText(self.tr("%n change(s)", "", total))
        else:
            self.position.setText(self.tr("%1 of %2").replace("%1", str(self.current + 1)).replace("%2", str(total)))
        self.previous_button.setEnabled(total > 0)
        self.next_button.setEnabled(total > 0)
