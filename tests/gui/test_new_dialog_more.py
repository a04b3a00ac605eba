"""File > New from template as a user meets it: languages named in their own words, the
last language chosen offered again, the symbol and the date given in the dialog, a bad
date explained without losing what was typed."""

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from draftapp.gui.new_dialog import NewFromTemplateDialog
from tests.gui.conftest import type_text


def with_dialog(steps) -> list:
    """Run `steps(dialog)` on the New from template dialog once it is open (modal); the
    dialog is closed afterwards whatever happens, so a failure cannot hang the run."""
    seen = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewFromTemplateDialog):
            QTimer.singleShot(10, poll)
            return
        seen.append(dialog)
        try:
            steps(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, poll)
    return seen


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def open_dialog(window) -> None:
    window.activateWindow()  # shortcuts go to the active window
    for _ in range(200):
        if window.isActiveWindow():
            break
        QTest.qWait(10)
    window.operative.setFocus()
    QTest.keyClick(window.operative, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def test_names_symbol_date_and_the_last_language(make_window, english_draft, qtbot, tmp_path, no_modal_dialogs):
    window = make_window(english_draft)
    shown = {}

    def fill(dialog):
        combo = dialog.language
        shown["names"] = [combo.itemText(i) for i in range(combo.count())]
        shown["default"] = combo.currentText()
        combo.setFocus()
        QTest.keyClicks(combo, "F")  # keyboard search in the list: "Français"
        shown["chosen"] = combo.currentText()
        dialog.session.clear()
        QTest.keyClicks(dialog.session, "80")
        type_text(dialog.title, "Coopération entre l’Organisation des Nations Unies et l’OTSC")
        dialog.symbol.setFocus()
        type_text(dialog.symbol, "A/80/L.12")
        dialog.date.setFocus()
        type_text(dialog.date, "2026-12-05")
        QTest.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)

    with_dialog(fill)
    open_dialog(window)
    assert sorted(shown["names"]) == sorted(["English", "Français", "中文", "العربية", "Español", "Русский"])
    assert shown["default"] == "English" and shown["chosen"] == "Français"
    draft = window.session.draft
    assert draft.language == "fr"
    assert (draft.meta.symbol, draft.meta.date) == ("A/80/L.12", "2026-12-05")
    assert window.document_pane.symbol.text() == "A/80/L.12"
    assert window.document_pane.date.text() == "2026-12-05"

    # an English draft now open: the dialog still offers the language chosen last time,
    # in this window and in the next one (the choice is kept in the settings)
    window.session.stack.setClean()
    window.load(english_draft, None)
    for w in (window, make_window(english_draft)):
        offered = []
        with_dialog(lambda dialog: offered.append(dialog.language.currentText()))
        open_dialog(w)
        assert offered == ["Français"], no_modal_dialogs
    assert QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat).value(
        "new_from_template/language") == "fr"


def test_a_bad_date_is_explained_and_nothing_typed_is_lost(make_window, english_draft, qtbot):
    window = make_window(english_draft)
    seen = {}

    def steps(dialog):
        dialog.session.clear()
        QTest.keyClicks(dialog.session, "80")
        type_text(dialog.title, "Cooperation with the CSTO")
        dialog.symbol.setFocus()
        type_text(dialog.symbol, "A/80/L.13")
        dialog.date.setFocus()
        type_text(dialog.date, "5 December 2026")
        QTest.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.error.text() if dialog.error.isVisible() else ""
        seen["kept"] = (dialog.title.text(), dialog.symbol.text(), dialog.date.text())
        dialog.date.selectAll()
        type_text(dialog.date, "2026-12-05")
        QTest.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
        seen["after"] = (dialog.isVisible(), dialog.error.text(), dialog.date.text())

    with_dialog(steps)
    open_dialog(window)
    assert seen["open"] is True
    assert "5 December 2026" in seen["error"] and "yyyy-mm-dd" in seen["error"]
    assert seen["kept"] == ("Cooperation with the CSTO", "A/80/L.13", "5 December 2026")
    assert seen["after"][0] is False, seen["after"]
    assert window.session.draft.meta.title == "Cooperation with the CSTO"
    assert window.session.draft.meta.date == "2026-12-05"


def test_arabic_and_chinese_read_as_their_names(qtbot, tmp_path):
    dialog = NewFromTemplateDialog(user_dir=tmp_path / "none", language="ar")
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "العربية"
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    assert dialog.language.currentText() == "中文"
    assert dialog.language.itemData(dialog.language.currentIndex(), Qt.ItemDataRole.ToolTipRole) == "Chinese"
