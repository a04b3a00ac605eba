"""File > Export PDF and File > Print: the official layout, the same pages as the DOCX.

Both go through io/pdf_export (the DOCX laid out by LibreOffice headless). The DOCX is
written at once, in the window's thread, from the draft as it is; LibreOffice then
converts it in a worker thread while the window keeps working (a conversion takes one to
ten seconds). Print shows the print dialog and draws each page of that PDF on the
chosen printer (rendered by pdfium at the printer's resolution, at most 300 dpi), so
paper and PDF show the same pages. PySide6-Essentials has no QtPdf and Debian has no
`lp` by default: pdfium (pypdfium2, a wheel with no system dependency) is the robust way
here."""

from __future__ import annotations

import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QSizeF, QTimer
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import QMessageBox

from draftapp.gui.save_name import ask_save_path
from draftapp.io.errors import DraftIOError

MAX_PRINT_DPI = 300


def print_pdf(pdf: str | Path, printer: QPrinter) -> int:
    """Draw every page of `pdf` on `printer`, each page scaled to the paper and centred.
    Returns the number of pages printed."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument(str(pdf))
    try:
        if len(document) == 0:
            return 0
        width_pt, height_pt = document[0].get_size()
        printer.setFullPage(True)
        printer.setPageSize(QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait if height_pt >= width_pt
                                   else QPageLayout.Orientation.Landscape)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise DraftIOError(printer.outputFileName() or None, "the printer could not be opened")
        try:
            for index in range(len(document)):
                if index:
                    printer.newPage()
                page = document[index]
                w, h = page.get_size()
                bitmap = page.render(scale=dpi / 72, force_bitmap_format=pdfium_c.FPDFBitmap_BGRA)
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_ARGB32).copy()  # BGRA bytes = ARGB32 words
                area = QRectF(painter.viewport())
                scale = min(area.width() / w, area.height() / h)
                target = QRectF(0, 0, w * scale, h * scale)
                target.moveCenter(area.center())
                painter.drawImage(target, image)
        finally:
            painter.end()
        return len(document)
    finally:
        document.close()


class PdfActions(QObject):
    """The two File menu actions and the one conversion that may be running."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="draftapp-pdf")
        self._job: Future | None = None
        self._work: tempfile.TemporaryDirectory | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._poll)
        self._then = None
        self.export_action = None
        self.print_action = None
        window.destroyed.connect(lambda *_: self._pool.shutdown(wait=False))

    def add_to(self, menu) -> None:
        w = self.window
        self.export_action = w._action(menu, w.tr("Export P&DF…"), self.export_pdf)
        self.print_action = w._action(menu, w.tr("&Print…"), self.print_draft, QKeySequence.StandardKey.Print)

    @property
    def busy(self) -> bool:
        return self._job is not None

    # --- Export PDF ------------------------------------------------------------------------
    def export_pdf(self, path: str | Path | None = None) -> bool:
        """Start the export; True when the conversion was started."""
        w = self.window
        if self._refuse():
            return False
        w.commit_pending_edits()
        if path is None:
            path = ask_save_path(w, w.tr("Export PDF"), w.session, ".pdf", w.tr("PDF document (*.pdf)"))
            if path is None:
                return False
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            QMessageBox.critical(w, w.tr("Export failed"), w.tr("%s: give the file name the .pdf extension") % path)
            return False
        return self._start(path, lambda warnings: self._exported(path, warnings))

    def _exported(self, path: Path, warnings: list[str]) -> None:
        w = self.window
        if warnings:
            box = QMessageBox(QMessageBox.Icon.Information, w.tr("Exported with notes"),
                              w.tr("The PDF was written to %s.") % path, QMessageBox.StandardButton.Ok, w)
            box.setDetailedText("\n".join(warnings))
            box.setInformativeText(w.tr("%n note(s) about the export: see the details.", "", len(warnings)))
            box.setModal(False)
            box.show()
        w.show_message(w.tr("Exported %s") % path.name)

    # --- Print -----------------------------------------------------------------------------
    def print_draft(self, printer: QPrinter | None = None) -> bool:
        """Ask for the printer, then make the official PDF and print its pages."""
        w = self.window
        if self._refuse():
            return False
        w.commit_pending_edits()
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # on first print: not at start-up

        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, w)
        dialog.setWindowTitle(w.tr("Print the official layout"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        return self._start(None, lambda _warnings: self._print(printer))

    def _print(self, printer: QPrinter) -> None:
        w = self.window
        try:
            pages = print_pdf(self._pdf, printer)
        except (DraftIOError, OSError, ValueError) as e:
            QMessageBox.critical(w, w.tr("Printing failed"), str(e))
            return
        w.show_message(w.tr("Printed %n page(s)", "", pages))

    # --- the conversion ----------------------------------------------------------------------
    def _refuse(self) -> bool:
        from draftapp.io.pdf_export import find_soffice, missing_message

        w = self.window
        if self.busy:
            w.show_message(w.tr("A PDF is being made; wait a moment."))
            return True
        if find_soffice() is None:
            QMessageBox.critical(w, w.tr("LibreOffice is needed"), missing_message())
            return True
        return False

    def _start(self, target: Path | None, then) -> bool:
        from draftapp.io.docx import export_docx
        from draftapp.io.pdf_export import docx_to_pdf

        w = self.window
        self._work = tempfile.TemporaryDirectory(prefix="draftapp-gui-pdf-")
        docx = Path(self._work.name) / "draft.docx"
        self._pdf = target or Path(self._work.name) / "draft.pdf"
        try:
            warnings = export_docx(w.session.draft, docx, separator="line")  # the draft as it is now, for LibreOffice
        except (DraftIOError, OSError, ValueError) as e:
            self._cleanup()
            QMessageBox.critical(w, w.tr("Export failed"), str(e))
            return False
        self._then = lambda: then(warnings)
        self._job = self._pool.submit(docx_to_pdf, docx, self._pdf)
        for action in (self.export_action, self.print_action):
            if action is not None:
                action.setEnabled(False)
        w.show_message(w.tr("Making the PDF of the official layout…"))
        self._timer.start()
        return True

    def _poll(self) -> None:
        if self._job is None or not self._job.done():
            return
        self._timer.stop()
        job, self._job = self._job, None
        for action in (self.export_action, self.print_action):
            if action is not None:
                action.setEnabled(True)
        try:
            job.result()
        except (DraftIOError, OSError) as e:
            self._cleanup()
            QMessageBox.critical(self.window, self.window.tr("Export failed"), str(e))
            return
        try:
            self._then()
        finally:
            self._cleanup()

    def _cleanup(self) -> None:
        if self._work is not None:
            self._work.cleanup()
            self._work = None
