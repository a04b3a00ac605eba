"""A sponsor chosen from the completion list with Enter is added once and the field is
emptied: on a real X display the chosen name stayed in the field after it was added, and
the Enter a user then pressed added it a second time."""

from PySide6.QtCore import Qt

from tests.gui.conftest import press, type_text


def test_enter_in_the_completion_list_adds_the_sponsor_once_and_empties_the_field(make_window, english_draft,
                                                                                  qtbot):
    english_draft.sponsors = ["Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russian Federation",
                              "Tajikistan", "Serbia", "Mongolia", "Uzbekistan", "Azerbaijan"]
    window = make_window(english_draft)
    pane = window.document_pane
    before = list(window.session.draft.sponsors)
    pane.sponsor_input.setFocus()
    type_text(pane.sponsor_input, "Chi")
    popup = pane.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    press(popup, Qt.Key.Key_Down)
    chosen = popup.currentIndex().data()
    assert chosen == "Chile"
    press(popup, Qt.Key.Key_Return)
    qtbot.wait(50)  # what the window shows once the event loop has run
    assert window.session.draft.sponsors == before + ["Chile"]
    assert pane.sponsor_input.text() == ""
    shown = [pane.sponsors.item(i).text() for i in range(pane.sponsors.count())]
    assert shown == before + ["Chile"]
    # and seen: the list scrolls to the name added
    view = pane.sponsors
    row = view.visualItemRect(view.item(view.count() - 1))
    assert not row.isEmpty() and view.viewport().rect().contains(row)
    # a further Enter in the empty field adds nothing
    press(pane.sponsor_input, Qt.Key.Key_Return)
    assert window.session.draft.sponsors == before + ["Chile"]
    assert not pane.duplicates.isVisibleTo(pane)
