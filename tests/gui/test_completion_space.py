"""A space typed after a chosen opening phrase is the phrase's own space, not a second one
(on a real X display: "Requests the Secretary-General  the Council")."""

from PySide6.QtCore import Qt

from tests.gui.conftest import block_text, press, type_text


def _new_clause_with_completion(window, typed: str) -> tuple[object, str]:
    pane = window.operative
    last = pane.ids[-1]
    pane.place_cursor(last, len(block_text(pane, last)))
    pane.setFocus()
    press(pane, Qt.Key.Key_Return)
    type_text(pane, typed)
    popup = pane.completer.popup()
    assert popup.isVisible()
    press(popup, Qt.Key.Key_Down)
    chosen = popup.currentIndex().data()
    press(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()
    return pane, chosen


def test_space_typed_after_a_completion_is_not_doubled(make_window, english_draft):
    window = make_window(english_draft)
    pane, chosen = _new_clause_with_completion(window, "Req")
    type_text(pane, " the Council")
    shown = block_text(pane, pane.ids[-1])
    assert shown == f"{chosen} the Council"
    assert window.session.draft.operative[-1].text == shown
    # a second space is the user's: typed on purpose, kept
    type_text(pane, "  x")
    assert block_text(pane, pane.ids[-1]).endswith("Council  x")


def test_a_word_typed_after_a_completion_keeps_the_phrase_space(make_window, english_draft):
    window = make_window(english_draft)
    pane, chosen = _new_clause_with_completion(window, "Req")
    type_text(pane, "all")
    assert block_text(pane, pane.ids[-1]) == f"{chosen} all"
    # Backspace after a completion removes its space; the space typed then is kept
    pane2, chosen2 = _new_clause_with_completion(window, "Req")
    press(pane2, Qt.Key.Key_Backspace)
    type_text(pane2, " ")
    assert block_text(pane2, pane2.ids[-1]) == f"{chosen2} "
