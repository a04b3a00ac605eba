"""PDF of the official layout: the DOCX export (io/docx) converted by LibreOffice
headless, so the PDF has the same pages as the DOCX opened in LibreOffice, with its
fonts embedded (LibreOffice embeds subsets of every font it uses).

`export_pdf(draft, path, paper="letter")` writes the PDF and returns the DOCX export's
warnings. `docx_to_pdf(docx, pdf)` converts an existing DOCX. Each conversion runs in a
private, throw-away LibreOffice profile (so it neither collides with a LibreOffice the
user has open nor with a parallel conversion), under a timeout, and the PDF is written
atomically. Problems are `DraftIOError`s for the user; without LibreOffice the message
names the Debian package to install."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from draftapp.io.atomic import atomic_write
from draftapp.io.errors import DraftIOError

#: The Debian package that gives `soffice` without a desktop (scripts/setup.sh).
LIBREOFFICE_PACKAGE = "libreoffice-writer-nogui"
#: Seconds a conversion may take (the large benchmark draft takes about 10 s here).
TIMEOUT = 180
_EXECUTABLES = ("soffice", "libreoffice")


class LibreOfficeMissing(DraftIOError):
    """No LibreOffice on this machine: the message says what to install."""


def find_soffice() -> str | None:
    """The LibreOffice executable, or None. `DRAFTAPP_SOFFICE` names another one."""
    override = os.environ.get("DRAFTAPP_SOFFICE")
    if override is not None:
        return shutil.which(override) if override else None
    for name in _EXECUTABLES:
        found = shutil.which(name)
        if found:
            return found
    return None


def missing_message() -> str:
    return (f"PDF export and printing need LibreOffice, which is not installed. On Debian or Ubuntu: "
            f"sudo apt-get install {LIBREOFFICE_PACKAGE}")


def docx_to_pdf(docx: str | Path, pdf: str | Path, *, timeout: float = TIMEOUT) -> Path:
    """Convert `docx` to `pdf` with LibreOffice headless; returns the PDF's path."""
    docx, pdf = Path(docx), Path(pdf)
    soffice = find_soffice()
    if soffice is None:
        raise LibreOfficeMissing(pdf, missing_message())
    with tempfile.TemporaryDirectory(prefix="draftapp-pdf-") as work:
        work_dir = Path(work)
        profile = work_dir / "profile"
        out_dir = work_dir / "out"
        command = [
            soffice, "--headless", "--norestore", "--nolockcheck",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(out_dir), str(docx),
        ]
        try:
            returncode, stdout, stderr = _run(command, timeout, _environment(work_dir))
        except subprocess.TimeoutExpired:
            raise DraftIOError(pdf, f"LibreOffice did not finish the PDF within {timeout:g} s; "
                                    f"nothing was written") from None
        except OSError as e:
            raise DraftIOError(pdf, f"LibreOffice could not be started ({soffice}): {e.strerror or e}") from None
        produced = out_dir / (docx.stem + ".pdf")
        if returncode != 0 or not produced.exists() or produced.stat().st_size == 0:
            detail = _last_line(stderr) or _last_line(stdout) or f"exit status {returncode}"
            raise DraftIOError(pdf, f"LibreOffice could not convert the document to PDF: {detail}")
        atomic_write(pdf, produced.read_bytes())  # an old PDF stays whole until the new one is
    return pdf


def export_pdf(draft, path: str | Path, *, paper: str = "letter", timeout: float = TIMEOUT) -> list[str]:
    """Write `draft` as a PDF of the official layout at `path`; returns the export's
    warnings (placeholders shown for missing masthead fields and the like)."""
    from draftapp.io.docx import export_docx

    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise DraftIOError(path, "give the file name the .pdf extension")
    if find_soffice() is None:  # before any work: the user learns what to install at once
        raise LibreOfficeMissing(path, missing_message())
    with tempfile.TemporaryDirectory(prefix="draftapp-docx-") as work:
        docx = Path(work) / (_safe_stem(path.stem) + ".docx")
        # LibreOffice lays it out: its own footnote rule, since it draws none for the UN's underscores
        warnings = export_docx(draft, docx, paper=paper, separator="line")
        docx_to_pdf(docx, path, timeout=timeout)
    return warnings


def _run(command: list[str], timeout: float, env: dict) -> tuple[int, str, str]:
    """Run LibreOffice in its own process group: on a timeout the whole group is killed
    (soffice is a launcher; the office process is its child and would be left behind)."""
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (OSError, AttributeError):  # AttributeError: no process groups (Windows)
            process.kill()
        process.communicate()
        raise
    return process.returncode, stdout, stderr


def _environment(work_dir: Path) -> dict:
    env = dict(os.environ)
    env["HOME"] = str(work_dir)  # LibreOffice wants a writable home (tech-notes.md)
    env.pop("DISPLAY", None)  # headless: never open a window on the user's screen
    return env


def _safe_stem(stem: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "-_" else "_" for c in stem)
    return cleaned or "draft"


def _last_line(text: str | None) -> str:
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()
             and "javaldx" not in line]  # "failed to launch javaldx" is harmless noise
    return lines[-1] if lines else ""
