"""File > New from template and New from existing resolution (carried over to next
year's draft): both open an unsaved draft in the editor."""

from PySide6.QtWidgets import QDialog, QFileDialog

from draftapp.gui.edits import flatten
from draftapp.gui.new_dialog import NewFromTemplateDialog
from draftapp.io.native import save
from draftapp.model import Adoption


def test_new_from_template_opens_the_rendered_draft(make_window, english_draft, monkeypatch):
    window = make_window(english_draft)
    window.session.stack.setClean()
    shown = []

    def exec_(dialog):
        shown.append(dialog)
        dialog.title.setText("Oceans and the law of the sea")
        dialog.session.setValue(80)
        dialog.accept()  # what the OK button does
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewFromTemplateDialog, "exec", exec_)
    window.new_from_template()
    assert shown, "the dialog was offered"
    draft = window.session.draft
    assert draft is not english_draft and draft.meta.title == "Oceans and the law of the sea"
    assert window.isWindowModified() and window.windowTitle().startswith("Untitled")
    assert window.preamble.ids == [p.id for p, _ in flatten(draft.preamble)]
    assert window.operative.ids == [p.id for p, _ in flatten(draft.operative)]


def test_cancelling_the_template_dialog_keeps_the_draft(make_window, english_draft, monkeypatch):
    window = make_window(english_draft)
    monkeypatch.setattr(NewFromTemplateDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window.new_from_template()
    assert window.session.draft is english_draft


def test_new_from_an_existing_resolution(make_window, english_draft, tmp_path, monkeypatch):
    resolution = english_draft
    resolution.meta.kind = "resolution"
    resolution.meta.adoption = Adoption(adopted_line="Resolution adopted by the General Assembly on 11 November 2025",
                                        number="80/6", meeting_line="40th plenary meeting\n11 November 2025")
    path = tmp_path / "80-6.draft"
    save(resolution, path)
    window = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window.new_from_existing()
    draft = window.session.draft
    assert draft.meta.based_on == "80/6" and draft.meta.adoption is None
    assert draft.meta.session == 81
    assert window.isWindowModified() and window.session.path is None
