"""The job number and the original language are set in the Document pane, typed and
chosen as a user would; they survive Save and reopening, and the export stops warning
that the job number is missing (issue 10)."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from draftapp.io.formats import read_draft


def test_job_number_and_original_language_round_trip_and_quiet_the_export(make_window, english_draft, tmp_path):
    path = tmp_path / "draft.draft"
    window = make_window(english_draft, path=path)
    pane = window.document_pane
    before = window.export_docx(tmp_path / "before.docx")
    assert any("job number" in w for w in before)

    pane.job_number.setFocus()
    QTest.keyClicks(pane.job_number, "25-17846")
    QTest.keyClick(pane.job_number, Qt.Key.Key_Tab)  # leaving the field commits it
    assert window.session.draft.meta.job_number == "25-17846"

    combo = pane.original_language
    combo.setFocus()
    assert combo.currentText() == "Same as the draft"
    while combo.currentData() != "fr":
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "French"
    assert window.session.draft.meta.original_language == "fr"

    window.operative.setFocus()
    QTest.keyClick(window.operative, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    reopened = read_draft(path)
    assert (reopened.meta.job_number, reopened.meta.original_language) == ("25-17846", "fr")

    after = window.export_docx(tmp_path / "after.docx")
    assert not any("job number" in w for w in after)
    # undo takes the last choice back (each arrow key chose one), and the form shows it
    window.session.stack.undo()
    assert window.session.draft.meta.original_language == "en" and combo.currentText() == "English"


def test_an_unusual_job_number_is_kept_and_explained(make_window, english_draft):
    window = make_window(english_draft)
    field = window.document_pane.job_number
    field.setFocus()
    QTest.keyClicks(field, "2517846")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert window.session.draft.meta.job_number == "2517846"
    assert "25-17846" in window.statusBar().currentMessage()
