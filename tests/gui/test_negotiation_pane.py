"""The Negotiation pane as a facilitator uses it: labels after the base, proposals with
their proposers, statuses set by a click (undoable), the counts, the filter, comments,
and a proposal accepted into the text."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog

from draftapp.io.text import read_text
from draftapp.model import Paragraph
from draftapp.model.negotiation import ALTERNATIVE, NEW, Proposal, negotiation
from draftapp.model.versions import Base, snapshot

from conftest import ENGLISH_DRAFT, block_text


def rows(tree):
    """What the user sees: every laid-out row (top level and children) as its texts."""
    out = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if tree.visualItemRect(item).isValid():
            out.append([item.text(c) for c in range(3)])
        for k in range(item.childCount()):
            child = item.child(k)
            out.append(["  " + child.text(0), child.text(1), child.text(2)])
    return out


def negotiated_draft():
    draft = read_text(ENGLISH_DRAFT)
    draft.base = Base(snapshot(draft), "A/80/L.1")
    draft.operative.insert(1, Paragraph.of("Welcomes the report;"))  # added since the base: OP1 bis
    n = negotiation(draft)
    n.add(Proposal(ALTERNATIVE, "operative", draft.operative[2].id, [*Paragraph.of("Requests the Secretary-General to report annually;").runs], ["Spain"]))
    n.add(Proposal(NEW, "preamble", draft.preamble[0].id, [*Paragraph.of("Noting with concern the situation,").runs], ["Egypt"], "the Group of Arab States"))
    return draft


def open_pane(make_window, qtbot):
    window = make_window(negotiated_draft())
    window.docks["negotiation"].show()
    window.docks["negotiation"].raise_()
    qtbot.waitUntil(lambda: window.negotiation.isVisible(), timeout=2000)
    return window, window.negotiation


def test_labels_proposals_and_counts(make_window, qtbot):
    window, pane = open_pane(make_window, qtbot)
    shown = rows(pane.tree)
    assert [r[0] for r in shown if not r[0].startswith("  ")] == ["PP1", "PP2", "OP1", "OP1 bis", "OP2", "OP3"]
    assert ["  OP2 alt", "Spain", "Requests the Secretary-General to report annually;"] in shown
    assert ["  PP1 bis", "Egypt on behalf of the Group of Arab States", "Noting with concern the situation,"] in shown
    assert pane.counts.text() == "PP: 0 agreed, 0 ad ref, 2 pending  ·  OP: 0 agreed, 0 ad ref, 4 pending"


def test_statuses_by_click_undo_and_filter(make_window, qtbot):
    window, pane = open_pane(make_window, qtbot)
    tree = pane.tree
    for row in (2, 3):  # OP1 and OP1 bis
        item = tree.topLevelItem(row)
        QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
        QTest.mouseClick(pane.status_buttons["agreed"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "OP: " in pane.counts.text() and pane.tree.topLevelItemCount() == 6, timeout=2000)
    qtbot.waitUntil(lambda: pane.counts.text().endswith("OP: 2 agreed, 0 ad ref, 2 pending"), timeout=3000)
    assert next(r for r in rows(pane.tree) if r[0] == "OP1")[1] == "agreed"
    pane.filter.setCurrentIndex(pane.filter.findData("agreed"))
    assert [r[0] for r in rows(pane.tree)] == ["OP1", "OP1 bis"]
    # Ctrl+Z in the operative pane takes the last status back
    window.operative.setFocus()
    QTest.keyClick(window.operative, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pane.counts.text().endswith("OP: 1 agreed, 0 ad ref, 3 pending"), timeout=3000)


def test_a_comment_and_an_accepted_proposal(make_window, qtbot, monkeypatch):
    window, pane = open_pane(make_window, qtbot)
    tree = pane.tree
    op2 = tree.topLevelItem(4)
    tree.setCurrentItem(op2)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Spain to check the timing", True)))
    QTest.mouseClick(pane.comment_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ["  comment", "me", "Spain to check the timing"] in rows(pane.tree), timeout=3000)
    # accept Spain's alternative: OP2 takes its words, the proposal goes
    alt = next(tree.topLevelItem(4).child(k) for k in range(tree.topLevelItem(4).childCount())
               if tree.topLevelItem(4).child(k).text(0) == "OP2 alt")
    tree.setCurrentItem(alt)
    assert pane.accept_button.isEnabled()
    QTest.mouseClick(pane.accept_button, Qt.MouseButton.LeftButton)
    pid = window.session.draft.operative[2].id
    qtbot.waitUntil(lambda: block_text(window.operative, pid).endswith("report annually;"), timeout=3000)
    qtbot.waitUntil(lambda: not any(r[0] == "  OP2 alt" for r in rows(pane.tree)), timeout=3000)


def test_propose_an_alternative_by_typing_in_the_dialog(make_window, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from draftapp.gui.proposal_dialog import ProposalDialog

    window, pane = open_pane(make_window, qtbot)
    tree = pane.tree
    op3 = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).text(0) == "OP3")
    assert op3.text(3) == "4."  # the official number beside the label (OP1 bis came in)
    tree.setCurrentItem(op3)
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ProposalDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["ok_before"] = ok.isEnabled()  # no delegation yet
        dialog.text.selectAll()
        QTest.keyClicks(dialog.text, "Decides to remain actively seized of the matter.")
        QTest.keyClicks(dialog.delegations, "Mexico, Chile")
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    QTest.mouseClick(pane.propose_button, Qt.MouseButton.LeftButton)
    assert seen["ok_before"] is False
    qtbot.waitUntil(lambda: ["  OP3 alt", "Mexico, Chile", "Decides to remain actively seized of the matter."] in rows(pane.tree),
                    timeout=3000)
