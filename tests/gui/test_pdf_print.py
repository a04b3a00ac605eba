"""File > Export PDF and File > Print (Ctrl+P): the official layout through LibreOffice,
the same pages as the DOCX; the window says what it did, or what to install."""

import re
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from draftapp.io.formats import read_draft
from draftapp.io.pdf_export import LIBREOFFICE_PACKAGE

EXAMPLE_EN = Path(__file__).resolve().parents[2] / "examples" / "csto-en.md"


def menu_action(window, menu_title: str, text: str):
    for top in window.menuBar().actions():
        if top.text() == menu_title:
            for action in top.menu().actions():
                if action.text() == text:
                    return action
    raise AssertionError(f"no {text!r} in {menu_title!r}")


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def gray_pages(pdf: Path, scale: float = 0.5) -> list:
    """Each page as a list of gray values (0 black … 255 white), rendered by pdfium."""
    document = pdfium.PdfDocument(str(pdf))
    out = []
    for page in document:
        bitmap = page.render(scale=scale, grayscale=True)
        pil = bitmap.to_pil() if hasattr(bitmap, "to_pil") else None
        out.append((bitmap.width, bitmap.height, bytes(pil.tobytes()) if pil else bytes(bitmap.buffer)))
    document.close()
    return out


def test_export_pdf_from_the_file_menu(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window(read_draft(EXAMPLE_EN))
    target = tmp_path / "csto"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: asked.append(a) or (str(target), "")))
    menu_action(window, "&File", "Export P&DF…").trigger()
    assert asked and asked[0][1] == "Export PDF"
    assert "Making the PDF" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: "Exported csto.pdf" in window.statusBar().currentMessage(), timeout=120_000)
    pdf = tmp_path / "csto.pdf"
    assert page_count(pdf) >= 2
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "Collective Security Treaty Organization" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)
    assert menu_action(window, "&File", "Export P&DF…").isEnabled()  # ready for the next one


def test_print_with_ctrl_p_prints_the_pages_of_the_official_pdf(make_window, qtbot, tmp_path, monkeypatch):
    """The user picks "Print to file (PDF)" in the print dialog: the printed file has the
    pages of the exported PDF, each drawn the same."""
    window = make_window(read_draft(EXAMPLE_EN))
    printed = tmp_path / "printed.pdf"
    shown = []

    def exec_(dialog):
        shown.append(dialog.windowTitle())
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    window.operative.setFocus()
    QTest.keyClick(window.operative, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert shown == ["Print the official layout"]
    qtbot.waitUntil(lambda: "Printed" in window.statusBar().currentMessage(), timeout=120_000)
    message = window.statusBar().currentMessage()

    exported = tmp_path / "exported.pdf"
    window.pdf_actions.export_pdf(exported)
    qtbot.waitUntil(lambda: "Exported exported.pdf" in window.statusBar().currentMessage(), timeout=120_000)
    n = page_count(exported)
    assert page_count(printed) == n
    assert message == f"Printed {n} page(s)"
    a, b = gray_pages(exported), gray_pages(printed)
    for (wa, ha, pa), (wb, hb, pb) in zip(a, b):
        assert (wa, ha) == (wb, hb)  # the same paper (US Letter)
        ink_a = sum(255 - v for v in pa)
        ink_b = sum(255 - v for v in pb)
        assert ink_b > 100_000  # not a blank sheet
        assert abs(ink_a - ink_b) < 0.15 * ink_a  # as much ink: the page rasterized once more
        differing = sum(1 for x, y in zip(pa, pb) if abs(x - y) > 96)
        assert differing < 0.03 * len(pa)


def test_without_libreoffice_the_window_names_the_package(make_window, monkeypatch, no_modal_dialogs, tmp_path):
    window = make_window(read_draft(EXAMPLE_EN))
    monkeypatch.setenv("DRAFTAPP_SOFFICE", "")
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: asked.append(a) or ("", "")))
    menu_action(window, "&File", "Export P&DF…").trigger()
    assert asked == []  # told at once, before choosing a file
    assert no_modal_dialogs and LIBREOFFICE_PACKAGE in no_modal_dialogs[-1]
    no_modal_dialogs.clear()
    menu_action(window, "&File", "&Print…").trigger()
    assert no_modal_dialogs and LIBREOFFICE_PACKAGE in no_modal_dialogs[-1]
