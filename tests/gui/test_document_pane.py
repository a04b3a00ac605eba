"""The Document pane: masthead facts and sponsors (completion from State names in the
draft's language, reordering, UN order, a warning on duplicates); all undoable."""

from draftapp.io.text import read_text
from draftapp.model import AgendaItem
from tests.gui.conftest import type_text


def test_masthead_fields_become_metadata(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.document_pane
    pane.symbol.setFocus()
    pane.symbol.clear()
    type_text(pane.symbol, "A/80/L.12")
    pane.symbol.editingFinished.emit()
    pane.date.setText("27 November")
    pane.date.editingFinished.emit()
    assert window.session.draft.meta.date == ""  # not a date: refused, with a message
    assert "yyyy-mm-dd" in window.statusBar().currentMessage()
    pane.date.setText("2026-11-27")
    pane.date.editingFinished.emit()
    pane.agenda_number.setText("74")
    pane.agenda_titles.setPlainText("Cooperation between the United Nations and regional organizations")
    pane.agenda_number.editingFinished.emit()
    pane.organ.setCurrentIndex(pane.organ.findData("ga-c3"))
    pane.organ.activated.emit(pane.organ.currentIndex())
    meta = window.session.draft.meta
    assert (meta.symbol, meta.date, meta.organ) == ("A/80/L.12", "2026-11-27", "ga-c3")
    assert meta.agenda == [AgendaItem("74", ["Cooperation between the United Nations and regional organizations"])]
    html = window.preview.html()
    assert "A/80/L.12" in html and "27 November 2026" in html and "Third Committee" in html
    window.session.stack.undo()
    assert window.session.draft.meta.organ == "ga"
    assert pane.organ.currentData() == "ga"


def test_sponsors_complete_reorder_sort_and_warn_on_duplicates(make_window, csto_text):
    window = make_window(read_text(csto_text))
    pane = window.document_pane
    # completion offers Member State names in the draft's language (Chinese here)
    pane.sponsor_input.setFocus()
    type_text(pane.sponsor_input, "中")
    completions = pane.completer.model().stringList()
    assert "中国" in completions and "China" not in completions
    pane.sponsor_input.setText("中国")
    pane.add_sponsor()
    assert window.session.draft.sponsors[-1] == "中国"
    # UN order for Chinese follows the English names: China after Belarus
    pane.sort_sponsors()
    assert window.session.draft.sponsors[:3] == ["亚美尼亚", "白俄罗斯", "中国"]
    # a duplicate is flagged
    pane.sponsor_input.setText("中国")
    pane.add_sponsor()
    assert pane.duplicates.isVisibleTo(pane) and "中国" in pane.duplicates.text()
    # reorder by moving a row (what drag and drop does)
    model = pane.sponsors.model()
    model.moveRow(model.index(0, 0).parent(), 0, model.index(0, 0).parent(), 3)
    assert window.session.draft.sponsors[2] == "亚美尼亚"
    # remove the duplicate: the warning goes
    pane.sponsors.clearSelection()
    pane.sponsors.item(pane.sponsors.count() - 1).setSelected(True)
    pane.remove_selected()
    assert not pane.duplicates.isVisibleTo(pane)
