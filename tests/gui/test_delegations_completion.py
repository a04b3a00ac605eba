"""The Delegations field of a proposal completes each name, not only the first (on a
real X display "Spain, Mex" offered nothing)."""

from PySide6.QtCore import Qt

from draftapp.gui.proposal_dialog import ProposalDialog
from draftapp.model import Paragraph, Text
from tests.gui.conftest import press, type_text


def test_each_delegation_after_a_comma_is_completed(qtbot):
    dialog = ProposalDialog(Paragraph(runs=[Text("Decides to remain seized of the matter.")]), "operative", "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    line = dialog.delegations
    line.setFocus()
    completer = line.completer()
    type_text(line, "Spa")
    qtbot.waitUntil(completer.popup().isVisible, timeout=2000)
    press(completer.popup(), Qt.Key.Key_Down)
    press(completer.popup(), Qt.Key.Key_Return)
    assert line.text() == "Spain"
    type_text(line, ", Mex")
    qtbot.waitUntil(completer.popup().isVisible, timeout=2000)
    offered = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert offered == ["Mexico"]
    press(completer.popup(), Qt.Key.Key_Down)
    press(completer.popup(), Qt.Key.Key_Return)
    assert line.text() == "Spain, Mexico"
    assert dialog.isVisible()  # Enter in the list chose a name; it did not close the dialog
