"""All six languages: Chinese typed character by character with the CSTO draft open,
Arabic right to left, spelling in the languages that have a dictionary."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from draftapp.gui.spelling import speller
from draftapp.io.text import read_text
from draftapp.lang import LANGUAGES
from draftapp.model import Draft, Paragraph
from tests.gui.conftest import block_text, press, type_text


def test_the_csto_draft_opens_with_its_numbers_and_footnotes(make_window, csto_text):
    window = make_window(read_text(csto_text))
    assert len(window.preamble.ids) == 14 and len(window.operative.ids) == 9
    assert [window.session.labels[pid] for pid in window.operative.ids] == [f"{n}." for n in range(1, 10)]
    # footnote 1 is cited twice (preamble 1 and operative 1) and keeps its number
    rows = [window.footnotes.list.item(i).text() for i in range(window.footnotes.list.count())]
    assert rows[0] == "1\tA/71/160-S/2016/621。" and len(rows) == 6
    families = window.operative.document().defaultFont().families()
    assert "Noto Serif CJK SC" in families
    html = window.preview.html()
    assert "第七十一届会议" in html and "亚美尼亚、白俄罗斯" in html and "决议草案" in html


def test_typing_chinese_and_a_new_operative_paragraph(make_window, csto_text):
    window = make_window(read_text(csto_text))
    pane = window.operative
    last = pane.ids[-1]
    pane.place_cursor(last, len(block_text(pane, last)))
    pane.setFocus()
    press(pane, Qt.Key.Key_Return)
    type_text(pane, "请秘书长提交报告。")
    assert window.session.draft.operative[-1].text == "请秘书长提交报告。"
    assert window.session.labels[pane.current_id()] == "10."
    # Chinese openings are not italic
    assert not any(r.italic for r in window.session.draft.operative[-1].runs)


def test_arabic_runs_right_to_left(make_window):
    draft = Draft(language="ar", preamble=[Paragraph.of("إذ تشير إلى قرارها 79/1،")],
                  operative=[Paragraph.of("تقرر مواصلة التعاون؛"), Paragraph.of("تطلب إلى الأمين العام تقديم تقرير.")])
    window = make_window(draft)
    pane = window.operative
    assert pane.layoutDirection() == Qt.LayoutDirection.RightToLeft
    block = pane.document().firstBlock()
    assert block.blockFormat().rightMargin() > 0 and block.blockFormat().leftMargin() == 0
    assert "Noto Naskh Arabic" in pane.document().defaultFont().families()
    assert [window.session.labels[pid] for pid in pane.ids] == ["1 -", "2 -"] or all(
        window.session.labels[pid][0] in "12" for pid in pane.ids
    )
    pane.place_cursor(pane.ids[0], len(block_text(pane, pane.ids[0])))
    pane.setFocus()
    press(pane, Qt.Key.Key_Return)
    type_text(pane, "تدعو")
    assert window.session.draft.operative[1].text == "تدعو"
    assert 'dir="rtl"' in window.preview.html()


def test_every_language_opens_and_takes_a_new_clause(make_window):
    for code in LANGUAGES:
        window = make_window(Draft(language=code, operative=[Paragraph.of("x")]))
        pane = window.operative
        pane.place_cursor(pane.ids[0], 1)
        pane.setFocus()
        press(pane, Qt.Key.Key_Return)
        assert len(window.session.draft.operative) == 2, code
        assert window.session.labels[pane.current_id()], code


def test_changing_the_draft_language_from_the_document_pane(make_window, english_draft):
    window = make_window(english_draft)
    combo = window.document_pane.language
    combo.setCurrentIndex(combo.findData("fr"))
    combo.activated.emit(combo.currentIndex())
    assert window.session.draft.language == "fr"
    assert "Liberation Serif" in window.operative.document().defaultFont().families()
    window.session.stack.undo()
    assert window.session.draft.language == "en"


def test_spelling_underlines_and_suggests_in_english(make_window, english_draft):
    window = make_window(english_draft, spelling=True)
    pane = window.operative
    pid = pane.ids[0]
    pane.place_cursor(pid, len(block_text(pane, pid)))
    pane.setFocus()
    type_text(pane, " recieve;")
    block = pane.document().findBlockByNumber(0)
    start = len("Decides to continue its cooperation; ")
    underlined = [f for f in block.layout().formats() if f.start == start]
    assert underlined and underlined[0].length == len("recieve")
    assert underlined[0].format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    cursor = pane.textCursor()
    cursor.setPosition(block.position() + start + 2)
    word_cursor, suggestions = pane.highlighter.suggestions_at(cursor)
    assert "receive" in suggestions
    pane._replace_word(word_cursor, "receive")
    assert window.session.draft.operative[0].text.endswith(" receive;")
    assert "Spelling: English" in window.spelling_label.text()


def test_chinese_has_no_dictionary_and_the_window_says_so(make_window):
    window = make_window(Draft(language="zh"), spelling=True)
    assert not speller("zh").available
    assert window.spelling_label.text() == "No spelling dictionary for Chinese"
    for code in ("en", "fr", "es", "ru", "ar"):
        assert speller(code).available, code


def test_a_council_draft_completes_openings_in_the_masculine(make_window):
    """French openings agree with the organ: l'Assemblée (Préoccupée), le Conseil (Préoccupé)."""
    window = make_window(Draft(language="fr", preamble=[Paragraph.of("Rappelant sa résolution 1631 (2005),")]))
    pane = window.preamble
    pane.place_cursor(pane.ids[0], len(block_text(pane, pane.ids[0])))
    pane.setFocus()
    press(pane, Qt.Key.Key_Return)
    type_text(pane, "Pr")
    type_text(pane, "éoc")
    assert pane.completer.model().stringList()[0] == "Préoccupée"
    combo = window.document_pane.organ
    combo.setCurrentIndex(combo.findData("sc"))
    combo.activated.emit(combo.currentIndex())
    pane.place_cursor(pane.current_id(), len(block_text(pane, pane.current_id())))
    type_text(pane, "c")
    assert pane.completer.model().stringList()[0] == "Préoccupé"
    type_text(pane, "upé par la situation,")
    runs = window.session.draft.preamble[-1].runs
    assert runs[0].text == "Préoccupé" and runs[0].italic


def test_chinese_committed_by_an_input_method(make_window, csto_text):
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    window = make_window(read_text(csto_text))
    pane = window.operative
    last = pane.ids[-1]
    pane.place_cursor(last, len(block_text(pane, last)))
    pane.setFocus()
    press(pane, Qt.Key.Key_Return)
    event = QInputMethodEvent()
    event.setCommitString("鼓励会员国")
    QApplication.sendEvent(pane, event)
    assert window.session.draft.operative[-1].text == "鼓励会员国"


def test_a_chinese_cross_reference_reads_in_chinese(make_window, csto_text):
    window = make_window(read_text(csto_text))
    pane = window.operative
    pane.place_cursor(pane.ids[8], 0)
    pane.setFocus()
    window.insert_cross_reference(pane.ids[2])
    assert window.session.draft.operative[8].flat_text().startswith("上文第\ufffc段")
    assert "上文第3段" in window.preview.html()
