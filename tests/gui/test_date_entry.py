"""The date typed as UN documents write it is taken (on a real X display "27 November
2026" was refused and the words thrown away)."""

from PySide6.QtCore import Qt

from tests.gui.conftest import press, type_text


def _type_date(pane, text: str) -> None:
    pane.date.setFocus()
    pane.date.selectAll()
    type_text(pane.date, text)
    press(pane.date, Qt.Key.Key_Return)


def test_a_date_written_in_words_becomes_the_date(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.document_pane
    _type_date(pane, "27 November 2026")
    assert window.session.draft.meta.date == "2026-11-27"
    assert pane.date.text() == "2026-11-27"
    assert "27 November 2026" in window.preview.html()
    _type_date(pane, "December 3, 2026")
    assert window.session.draft.meta.date == "2026-12-03"


def test_a_date_in_the_drafts_language_and_a_non_date(make_window, english_draft):
    from draftapp.model import SetLanguage

    window = make_window(english_draft)
    window.session.push(SetLanguage("fr"))
    pane = window.document_pane
    _type_date(pane, "3 décembre 2026")
    assert window.session.draft.meta.date == "2026-12-03"
    _type_date(pane, "31 February 2026")  # no such day: refused, said
    assert window.session.draft.meta.date == "2026-12-03"
    assert "yyyy-mm-dd" in window.statusBar().currentMessage()
