"""The Negotiation pane: each paragraph with its negotiation label (PP3, PP3 bis, OP5
after the base) and status, the proposals made on it (OP5 alt, by whom) and its
comments; the counts a facilitator reports ("OP: 12 agreed, 3 ad ref, 9 pending"); a
filter by status; buttons that set a status, add a comment or accept a proposal (each
an undoable edit). A click on a paragraph jumps to it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from draftapp.model.negotiation import (
    AD_REF,
    AGREED,
    DELETED,
    PENDING,
    STATUSES,
    AddComment,
    Comment,
    Negotiation,
    SetStatus,
    accept,
    counts,
)
from draftapp.negotiation.compilation import STATUS_WORDS
from draftapp.negotiation.labels import paragraph_labels, proposal_labels

PARAGRAPH_ROLE = Qt.ItemDataRole.UserRole
PROPOSAL_ROLE = Qt.ItemDataRole.UserRole + 1


class NegotiationPane(QWidget):
    #: jump to a paragraph (its id)
    jumpRequested = Signal(str)

    def __init__(self, session, user: str = "", parent=None):
        super().__init__(parent)
        self.session = session
        self.user = user
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.counts = QLabel()
        self.counts.setWordWrap(True)  # the counts of both parts may be wider than the pane
        top.addWidget(self.counts, 1)
        self.filter = QComboBox()
        self.filter.addItem(self.tr("All paragraphs"), "")
        for status in STATUSES:
            self.filter.addItem(STATUS_WORDS[status].capitalize(), status)
        self.filter.currentIndexChanged.connect(self.refresh)
        top.addWidget(self.filter)
        layout.addLayout(top)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Paragraph"), self.tr("Status"), self.tr("Text"), self.tr("No.")])
        self.tree.setColumnWidth(0, 130)
        self.tree.setColumnWidth(1, 100)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.currentItemChanged.connect(self._current_changed)
        layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.status_buttons = {}
        for status, text in ((AGREED, self.tr("Agreed")), (AD_REF, self.tr("Ad ref")), (PENDING, self.tr("Pending")),
                             (DELETED, self.tr("Deleted"))):
            button = QPushButton(text)
            button.setToolTip(self.tr("Mark the selected paragraph %s") % STATUS_WORDS[status])
            button.clicked.connect(lambda _=False, s=status: self.set_status(s))
            buttons.addWidget(button)
            self.status_buttons[status] = button
        layout.addLayout(buttons)
        # The actions on a second row: seven buttons in one made the pane (tabbed with the
        # preview) 600 px wide at least, and the Document pane was squeezed to its labels.
        buttons = QHBoxLayout()
        self.comment_button = QPushButton(self.tr("Comment…"))
        self.comment_button.clicked.connect(self.add_comment)
        buttons.addWidget(self.comment_button)
        self.propose_button = QPushButton(self.tr("Propose…"))
        self.propose_button.setToolTip(self.tr("A delegation's proposal on the selected paragraph: another wording, a new paragraph after it, or its deletion"))
        self.propose_button.clicked.connect(self.propose)
        buttons.addWidget(self.propose_button)
        self.accept_button = QPushButton(self.tr("Accept proposal"))
        self.accept_button.setToolTip(self.tr("Make the selected proposal the text"))
        self.accept_button.clicked.connect(self.accept_proposal)
        buttons.addWidget(self.accept_button)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        session.changed.connect(self._timer.start)
        self.refresh()

    # --- the list ----------------------------------------------------------------------
    def refresh(self) -> None:
        draft = self.session.draft
        n = draft.negotiation or Negotiation()
        labels, qlabels = paragraph_labels(draft), proposal_labels(draft)
        wanted = self.filter.currentData()
        selected = self._selected_ids()
        self.tree.clear()
        for part in ("preamble", "operative"):
            for p in draft.part(part):
                if p.heading:
                    continue
                status = n.status_of(p.id)
                if wanted and status != wanted:
                    continue
                # the negotiation label beside the official number the clean text prints
                item = QTreeWidgetItem([labels.get(p.id, ""), STATUS_WORDS[status], " ".join(p.text.split())[:120],
                                        self.session.labels.get(p.id, "")])
                item.setData(0, PARAGRAPH_ROLE, p.id)
                self.tree.addTopLevelItem(item)
                for q in n.proposals_on(p.id):
                    child = QTreeWidgetItem([qlabels[q.id], q.proposers(), " ".join(q.text.split())[:120] or "—"])
                    child.setData(0, PARAGRAPH_ROLE, p.id)
                    child.setData(0, PROPOSAL_ROLE, q.id)
                    item.addChild(child)
                for c in n.comments.get(p.id, []):
                    child = QTreeWidgetItem([self.tr("comment"), c.author, c.text + (self.tr(" (resolved)") if c.resolved else "")])
                    child.setData(0, PARAGRAPH_ROLE, p.id)
                    item.addChild(child)
                item.setExpanded(True)
                if selected and (p.id, None) == selected:
                    self.tree.setCurrentItem(item)
        parts = []
        for part, short in (("preamble", "PP"), ("operative", "OP")):
            c = counts(draft, part)
            parts.append(f"{short}: {c[AGREED]} {self.tr('agreed')}, {c[AD_REF]} {self.tr('ad ref')}, "
                         f"{c[PENDING]} {self.tr('pending')}" + (f", {c[DELETED]} {self.tr('deleted')}" if c[DELETED] else ""))
        self.counts.setText("  ·  ".join(parts))
        self._current_changed(self.tree.currentItem(), None)

    def _selected_ids(self):
        item = self.tree.currentItem()
        if item is None:
            return None
        return item.data(0, PARAGRAPH_ROLE), item.data(0, PROPOSAL_ROLE)

    def _current_changed(self, item, _previous) -> None:
        has = item is not None
        for button in self.status_buttons.values():
            button.setEnabled(has)
        self.comment_button.setEnabled(has)
        self.propose_button.setEnabled(has)
        self.accept_button.setEnabled(has and item.data(0, PROPOSAL_ROLE) is not None)

    def _clicked(self, item) -> None:
        pid = item.data(0, PARAGRAPH_ROLE)
        if pid:
            self.jumpRequested.emit(pid)

    # --- edits -------------------------------------------------------------------------
    def _today(self) -> str:
        return dt.date.today().isoformat()

    def set_status(self, status: str) -> None:
        ids = self._selected_ids()
        if ids:
            self.session.push(SetStatus(ids[0], status, self.user, self._today()))

    def add_comment(self) -> None:
        ids = self._selected_ids()
        if not ids:
            return
        text, ok = QInputDialog.getText(self, self.tr("Comment"), self.tr("Comment on this paragraph:"))
        if ok and text.strip():
            self.session.push(AddComment(ids[0], Comment(self.user or self.tr("me"), text.strip(), self._today())))

    def propose(self) -> None:
        ids = self._selected_ids()
        if not ids:
            return
        from draftapp.gui.proposal_dialog import ProposalDialog
        from draftapp.model.negotiation import AddProposal

        paragraph = self.session.draft.find(ids[0])
        part = self.session.draft.path(ids[0])[0]
        dialog = ProposalDialog(paragraph, part, self.session.draft.language, self)
        if dialog.exec():
            self.session.push(AddProposal(dialog.proposal()))

    def accept_proposal(self) -> None:
        ids = self._selected_ids()
        if ids and ids[1]:
            self.session.push(accept(self.session.draft, ids[1]))
