"""File > New from template: fields typed and buttons clicked as a user would."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from draftapp.gui.new_dialog import NewFromTemplateDialog


def type_text(widget, text: str) -> None:
    """Type any text: QTest.keyClicks aborts on non-ASCII characters (tech-notes.md)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def make(qtbot, tmp_path, **kw):
    dialog = NewFromTemplateDialog(user_dir=tmp_path / "none", **kw)
    qtbot.addWidget(dialog)
    return dialog


def test_csto_masthead_from_the_dialog(qtbot, tmp_path):
    dialog = make(qtbot, tmp_path)
    dialog.show()
    choose(dialog.organ, "ga")
    choose(dialog.language, "zh")
    dialog.session.clear()
    qtbot.keyClicks(dialog.session, "71")
    qtbot.keyClicks(dialog.agenda_number, "126(v)")
    type_text(dialog.agenda_titles, "联合国同各区域组织及其他组织的合作：")
    QTest.keyClick(dialog.agenda_titles, Qt.Key.Key_Return)
    type_text(dialog.agenda_titles, "联合国同集体安全条约组织的合作")
    type_text(dialog.title, "联合国同集体安全条约组织的合作")
    for name in ["塔吉克斯坦", "亚美尼亚", "俄罗斯联邦"]:
        type_text(dialog.sponsor_input, name)
        QTest.keyClick(dialog.sponsor_input, Qt.Key.Key_Return)  # adds; must not press OK
    assert dialog.isVisible() and dialog.draft() is None
    assert dialog.sponsor_names() == ["塔吉克斯坦", "亚美尼亚", "俄罗斯联邦"]
    type_text(dialog.sponsor_input, "Belarus")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.sponsor_names()[-1] == "白俄罗斯"  # typed in English, listed in Chinese

    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    draft = dialog.draft()
    assert draft.language == "zh" and draft.meta.session == 71
    assert draft.meta.agenda[0].number == "126(v)"
    assert draft.meta.agenda[0].titles == ["联合国同各区域组织及其他组织的合作：", "联合国同集体安全条约组织的合作"]
    assert draft.meta.title == "联合国同集体安全条约组织的合作"
    assert draft.sponsors == ["亚美尼亚", "白俄罗斯", "俄罗斯联邦", "塔吉克斯坦"]
    assert draft.preamble and draft.operative


def test_error_is_shown_and_input_kept(qtbot, tmp_path):
    dialog = make(qtbot, tmp_path)
    dialog.show()
    choose(dialog.organ, "ga")
    dialog.session.setValue(0)  # the General Assembly needs a session
    qtbot.keyClicks(dialog.title, "Oceans and the law of the sea")
    qtbot.keyClicks(dialog.sponsor_input, "Norway")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.draft() is None
    assert dialog.error.isVisible() and "session" in dialog.error.text()
    assert dialog.title.text() == "Oceans and the law of the sea"
    assert dialog.sponsor_names() == ["Norway"]
    # fix the field and try again
    dialog.session.setValue(80)
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.draft().meta.title == "Oceans and the law of the sea"


def test_kinds_and_session_follow_the_organ(qtbot, tmp_path):
    dialog = make(qtbot, tmp_path)
    choose(dialog.organ, "sc")
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert kinds == ["draft-resolution", "revised-draft-resolution"]
    assert not dialog.session.isEnabled() and not dialog.agenda_number.isEnabled()
    choose(dialog.organ, "hrc")
    assert "draft-decision" in [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert dialog.session.isEnabled()


def test_language_change_translates_listed_sponsors_and_completion(qtbot, tmp_path):
    dialog = make(qtbot, tmp_path)
    qtbot.keyClicks(dialog.sponsor_input, "France")
    QTest.keyClick(dialog.sponsor_input, Qt.Key.Key_Return)
    choose(dialog.language, "ru")
    assert dialog.sponsor_names() == ["Франция"]
    assert "Российская Федерация" in dialog.completer.model().stringList()
    dialog.sponsors.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.sponsor_names() == []


def test_security_council_in_arabic(qtbot, tmp_path):
    dialog = make(qtbot, tmp_path)
    choose(dialog.organ, "sc")
    choose(dialog.language, "ar")
    qtbot.keyClicks(dialog.sponsor_input, "Algeria")
    QTest.keyClick(dialog.sponsor_input, Qt.Key.Key_Return)
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    draft = dialog.draft()
    assert draft.language == "ar" and draft.meta.organ == "sc"
    assert draft.sponsors == ["الجزائر"]
    assert draft.operative[-1].text == "يقرر أن يبقي المسألة قيد نظره الفعلي."


def test_user_template_failure_shows_template_and_line(qtbot, tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "evil.md.j2").write_text("x\n{{ ''.__class__ }}\n", encoding="utf-8")
    dialog = NewFromTemplateDialog(user_dir=folder)
    qtbot.addWidget(dialog)
    dialog.session.setValue(71)
    choose(dialog.template, "evil.md.j2")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.draft() is None
    assert "template 'evil.md.j2', line 2: refused" in dialog.error.text()


def test_cancel_gives_no_draft(qtbot, tmp_path):
    dialog = make(qtbot, tmp_path)
    dialog.session.setValue(71)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.draft() is None


def test_templates_from_the_users_config_folder_are_offered(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "draftapp" / "templates"
    folder.mkdir(parents=True)
    (folder / "house.md.j2").write_text('{% extends "base.md.j2" %}\n{% block title %}\n### House\n{% endblock %}\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    dialog = NewFromTemplateDialog()
    qtbot.addWidget(dialog)
    assert dialog.template.findData("house.md.j2") > 0
    dialog.session.setValue(71)
    choose(dialog.template, "house.md.j2")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.draft().meta.title == "House"


def test_two_agenda_items_in_one_field(qtbot, tmp_path):
    dialog = make(qtbot, tmp_path)
    dialog.session.setValue(80)
    qtbot.keyClicks(dialog.agenda_number, "12, 14")
    qtbot.keyClicks(dialog.agenda_titles, "Oceans")
    QTest.keyClick(dialog.agenda_titles, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.agenda_titles, "Fisheries")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    agenda = dialog.draft().meta.agenda
    assert [(a.number, a.titles) for a in agenda] == [("12", ["Oceans"]), ("14", ["Fisheries"])]
