"""Find and Replace (Ctrl+F, Ctrl+H, F3 / Shift+F3) over the preamble, the operative part,
the footnotes and the Document fields; all hits highlighted; Replace all one undo step;
Chinese (no spaces between words) and Arabic."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from draftapp.io.text import read_text
from tests.gui.conftest import block_text, press, type_text
from tests.gui.test_clipboard import DRAFT

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

ARABIC = """## الدورة الثمانون

البند 12 من جدول الأعمال

فرنسا: مشروع قرار

### التعاون بين الأمم المتحدة والمنظمات الإقليمية

إن الجمعية العامة،

إذ تشير إلى قرارها 79/1،

1 - تطلب إلى الأمين العام أن يقدم تقريرا عن التعاون؛

2 - تقرر أن تبقي المسألة قيد نظرها.
"""


def highlighted(pane):
    """The words the pane shows highlighted, and which of them is the current hit (orange)."""
    return [(s.cursor.selectedText(), s.format.background().color().name()) for s in pane.extraSelections()]


def open_find(window, words: str):
    pane = window.current_pane()
    pane.setFocus()
    press(pane, Qt.Key.Key_F, CTRL)
    bar = window.find_replace.bar
    assert bar.isVisible() and bar.find_edit.hasFocus()
    type_text(bar.find_edit, words)
    return bar


def test_ctrl_f_highlights_every_hit_and_f3_steps_through_them(make_window, english_draft):
    window = make_window(english_draft)
    window.preamble.setFocus()
    window.preamble.place_cursor(window.preamble.ids[0], 0)  # hits are counted from the cursor
    bar = open_find(window, "report")
    assert bar.count.text() == "1 of 2"
    assert highlighted(window.preamble) == [("report", "#f6a434")]
    assert highlighted(window.operative) == [("report", "#fce588")]
    press(bar.find_edit, Qt.Key.Key_F3)
    assert bar.count.text() == "2 of 2"
    assert highlighted(window.operative) == [("report", "#f6a434")]
    assert window.operative.textCursor().selectedText() == "report"
    press(bar.find_edit, Qt.Key.Key_F3, SHIFT)
    assert bar.count.text() == "1 of 2"
    assert window.preamble.textCursor().selectedText() == "report"
    press(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert highlighted(window.preamble) == [] and highlighted(window.operative) == []
    assert window.preamble.hasFocus()


def test_match_case_and_whole_words(make_window, english_draft):
    window = make_window(english_draft)
    window.operative.place_cursor(window.operative.ids[0], 0)
    bar = open_find(window, "decides")
    assert bar.count.text() == "1 of 2"
    QTest.mouseClick(bar.match_case, Qt.MouseButton.LeftButton)
    assert bar.count.text() == "No hits" and highlighted(window.operative) == []
    QTest.mouseClick(bar.match_case, Qt.MouseButton.LeftButton)
    bar.find_edit.clear()
    type_text(bar.find_edit, "port")
    assert bar.count.text().endswith("of 2")  # inside "report", twice
    QTest.mouseClick(bar.whole_words, Qt.MouseButton.LeftButton)
    assert bar.count.text() == "No hits"


def test_replace_all_reaches_the_footnotes_and_document_fields_in_one_undo_step(make_window):
    window = make_window(read_text(DRAFT.replace("### Cooperation", "### Cooperation with the A/79/1 process")))
    pane = window.operative
    before_title = window.document_pane.title.text()
    bar = open_find(window, "A/79/1")
    assert bar.count.text() == "1 of 2"  # the title, then the footnote
    press(bar.find_edit, Qt.Key.Key_H, CTRL)
    assert bar.replace_edit.hasFocus()
    type_text(bar.replace_edit, "A/80/2")
    QTest.mouseClick(bar.replace_all, Qt.MouseButton.LeftButton)
    assert window.document_pane.title.text() == "Cooperation with the A/80/2 process"
    assert window.session.draft.footnotes[0].text == "See A/80/2."
    assert bar.count.text() == "No hits"
    pane.setFocus()
    press(pane, Qt.Key.Key_Z, CTRL)
    assert window.document_pane.title.text() == before_title
    assert window.session.draft.footnotes[0].text == "See A/79/1."


def test_replace_one_hit_at_a_time_moves_to_the_next(make_window, english_draft):
    window = make_window(english_draft)
    first, third = window.operative.ids[0], window.operative.ids[2]
    window.operative.place_cursor(first, 0)
    bar = open_find(window, "Decides")
    press(bar.find_edit, Qt.Key.Key_H, CTRL)
    type_text(bar.replace_edit, "Resolves")
    QTest.mouseClick(bar.replace, Qt.MouseButton.LeftButton)
    assert block_text(window.operative, first).startswith("Resolves to continue")
    assert block_text(window.operative, third).startswith("Decides to remain")
    assert bar.count.text() == "1 of 1"
    press(bar.replace_edit, Qt.Key.Key_Return)
    assert block_text(window.operative, third).startswith("Resolves to remain")
    assert bar.count.text() == "No hits"


def test_find_in_chinese_with_whole_words_and_in_the_footnotes(make_window, fixtures):
    window = make_window(read_text((fixtures / "csto-draft-zh.md").read_text(encoding="utf-8")))
    bar = open_find(window, "集体安全条约组织")
    anywhere = int(bar.count.text().split(" of ")[1])
    QTest.mouseClick(bar.whole_words, Qt.MouseButton.LeftButton)
    count = int(bar.count.text().split(" of ")[1])
    assert count == anywhere  # Chinese has no spaces: every hit is a whole word
    shown = highlighted(window.preamble) + highlighted(window.operative)
    assert count >= 5 and all(words == "集体安全条约组织" for words, _ in shown)
    bar.find_edit.clear()
    type_text(bar.find_edit, "A/71/160")
    assert bar.count.text() == "1 of 1"
    assert window.footnotes.editor.toPlainText().startswith("A/71/160")
    assert [s.cursor.selectedText() for s in window.footnotes.editor.extraSelections()] == ["A/71/160"]


def test_find_and_replace_in_arabic(make_window):
    window = make_window(read_text(ARABIC))
    bar = open_find(window, "التعاون")
    QTest.mouseClick(bar.whole_words, Qt.MouseButton.LeftButton)
    assert bar.count.text().endswith(" of 2")  # the title and operative paragraph 1
    assert [words for words, _colour in highlighted(window.operative)] == ["التعاون"]
    press(bar.find_edit, Qt.Key.Key_H, CTRL)
    type_text(bar.replace_edit, "الشراكة")
    QTest.mouseClick(bar.replace_all, Qt.MouseButton.LeftButton)
    assert block_text(window.operative, window.operative.ids[0]).endswith("عن الشراكة؛")
    assert window.document_pane.title.text().startswith("الشراكة بين")


def test_typing_in_the_text_with_the_bar_open_keeps_the_cursor_and_updates_the_hits(make_window, english_draft,
                                                                                    qtbot):
    window = make_window(english_draft)
    pane = window.operative
    first = pane.ids[0]
    pane.place_cursor(first, 0)
    bar = open_find(window, "its cooperation")
    assert bar.count.text() == "1 of 1"
    pane.setFocus()
    pane.place_cursor(first, len("Decides"))
    type_text(pane, " again")  # before the hit, in the same clause
    assert block_text(pane, first) == "Decides again to continue its cooperation;"
    assert not pane.textCursor().hasSelection()
    assert pane.current_position() == (first, len("Decides again"))
    assert highlighted(pane) == [("its cooperation", "#f6a434")]  # the highlight moved with the words
    type_text(pane, " its cooperation")
    qtbot.waitUntil(lambda: bar.count.text().endswith("of 2"))  # counted when the typing pauses
    assert pane.current_position() == (first, len("Decides again its cooperation"))


def test_hits_in_the_agenda_title_and_sponsors_are_marked_and_replace_all_changes_them(make_window):
    from draftapp.model import AgendaItem

    draft = read_text(DRAFT)
    draft.meta.agenda = [AgendaItem("12", ["Cooperation between the United Nations and the Union"])]
    draft.sponsors = ["France", "Germany"]
    window = make_window(draft)
    document = window.document_pane
    bar = open_find(window, "an")  # "France", "Germany", "and" in the title, and in the text
    shown = [s.cursor.selectedText() for s in document.agenda_titles.extraSelections()]
    assert shown and all(words.lower() == "an" for words in shown)
    marked = [document.sponsors.item(i).background().color().name() for i in range(document.sponsors.count())]
    assert marked == ["#fce588", "#fce588"]
    bar.find_edit.clear()
    type_text(bar.find_edit, "Germany")
    QTest.mouseClick(bar.whole_words, Qt.MouseButton.LeftButton)
    press(bar.find_edit, Qt.Key.Key_H, CTRL)
    type_text(bar.replace_edit, "Italy")
    QTest.mouseClick(bar.replace_all, Qt.MouseButton.LeftButton)
    assert [document.sponsors.item(i).text() for i in range(document.sponsors.count())] == ["France", "Italy"]


def test_ctrl_f_with_words_selected_searches_for_them(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    pane.setFocus()
    pane.place_cursor(pane.ids[1], 0)
    press(pane, Qt.Key.Key_Right, CTRL | SHIFT)  # "Requests" selected
    press(pane, Qt.Key.Key_F, CTRL)
    bar = window.find_replace.bar
    assert bar.find_edit.text().strip() == "Requests"
    assert bar.count.text() == "1 of 1"
    assert highlighted(pane) == [(bar.find_edit.text(), "#f6a434")]


def test_f3_after_closing_the_bar_goes_on_from_the_cursor(make_window, english_draft):
    window = make_window(english_draft)
    pane = window.operative
    pane.setFocus()
    pane.place_cursor(pane.ids[0], 0)
    bar = open_find(window, "Decides")
    press(bar.find_edit, Qt.Key.Key_Escape)
    assert pane.hasFocus() and pane.current_id() == pane.ids[0]
    pane.place_cursor(pane.ids[1], 0)
    press(pane, Qt.Key.Key_F3)
    assert bar.isVisible() and bar.count.text() == "2 of 2"
    assert pane.current_id() == pane.ids[2] and pane.textCursor().selectedText() == "Decides"


def test_in_a_long_draft_the_hits_in_sight_are_highlighted_and_scrolling_shows_the_rest(make_window, qtbot):
    from draftapp.model import Draft, Paragraph

    window = make_window(Draft(operative=[Paragraph.of(f"Decides to act on item {i};") for i in range(400)]))
    pane = window.operative
    # a long pane is highlighted, and laid out, in short slices: scrolled to the end
    # before that, the scroll bar's end is where the layout has got to
    qtbot.waitUntil(pane.is_current, timeout=5000)
    pane.setFocus()
    pane.place_cursor(pane.ids[0], 0)
    bar = open_find(window, "Decides")
    assert bar.count.text() == "1 of 400"
    assert 0 < len(highlighted(pane)) < 400
    layout, scroll = pane.document().documentLayout(), pane.verticalScrollBar().value()
    in_sight = [n for n in range(400) if layout.blockBoundingRect(pane.document().findBlockByNumber(n))
                .translated(0, -scroll).intersects(pane.viewport().rect().toRectF())]
    marked = {s.cursor.blockNumber() for s in pane.extraSelections()}
    assert in_sight and set(in_sight) <= marked  # every hit in sight
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum())
    last_line = pane.document().findBlockByNumber(399).text()
    qtbot.waitUntil(lambda: any(s.cursor.block().text() == last_line for s in pane.extraSelections()))


def test_ctrl_h_type_tab_type_fills_replace_with_and_replace_all_uses_it(make_window, english_draft, qtbot):
    """As a Word user does it (seen on a real X display): Ctrl+H, the words, Tab, the
    replacement. Tab went to the Match case box and the replacement was lost."""
    window = make_window(english_draft)
    pane = window.operative
    first = pane.ids[0]
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus, timeout=2000)
    press(pane, Qt.Key.Key_H, CTRL)
    bar = window.find_replace.bar
    assert bar.find_edit.hasFocus()
    type_text(bar.find_edit, "Decides")
    press(bar.find_edit, Qt.Key.Key_Tab)
    assert bar.replace_edit.hasFocus()
    type_text(bar.replace_edit, "Resolves")
    assert bar.replace_edit.text() == "Resolves" and not bar.match_case.isChecked()
    QTest.mouseClick(bar.replace_all, Qt.MouseButton.LeftButton)
    assert block_text(pane, first).startswith("Resolves to continue")
    # Shift+Tab goes back to Find
    bar.replace_edit.setFocus()
    press(bar.replace_edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert bar.find_edit.hasFocus()
