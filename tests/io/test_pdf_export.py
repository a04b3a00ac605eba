"""PDF export (`draftapp export FILE -o OUT.pdf`): LibreOffice lays out the official DOCX;
the PDF has the pages the footers count, the draft's text, and every font embedded.
Without LibreOffice, or when it fails, the user is told why and nothing is written."""

import re
import stat
import subprocess
from pathlib import Path

import pytest

from draftapp.cli import main
from draftapp.io.errors import DraftIOError
from draftapp.io.formats import read_draft
from draftapp.io.pdf_export import LIBREOFFICE_PACKAGE, LibreOfficeMissing, export_pdf

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_EN = ROOT / "examples" / "csto-en.md"
EXAMPLE_ZH = ROOT / "examples" / "csto-zh.draft"


def pdf_text(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def fonts(pdf: Path) -> list[tuple[str, str]]:
    """(font name, embedded yes/no) from pdffonts."""
    lines = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout.splitlines()[2:]
    out = []
    for line in lines:
        fields = line.split()
        # name type... encoding emb sub uni object ID: emb is the fifth field from the end
        out.append((fields[0], fields[-5]))
    return out


def squeeze(text: str) -> str:
    return re.sub(r"[\s\-\u00ad]+", "", text)


def test_cli_exports_the_english_example_as_pdf(tmp_path, capsys):
    out = tmp_path / "csto.pdf"
    assert main(["export", str(EXAMPLE_EN), "-o", str(out)]) == 0
    assert "warning" in capsys.readouterr().err  # no symbol yet: said, as for the DOCX
    pages = pdf_text(out)
    n = page_count(out)
    assert n == len(pages) >= 2
    assert all(f"{k}/{n}" in pages[k - 1] for k in range(2, n + 1))  # the running footers count these pages
    draft = read_draft(EXAMPLE_EN)
    whole = squeeze("".join(pages))
    assert squeeze(draft.meta.title) in whole
    for p in draft.operative:
        assert squeeze(p.text[:60]) in whole
    found = fonts(out)
    assert found and all(emb == "yes" for _, emb in found), found
    assert any("LiberationSerif" in name for name, _ in found)


def test_chinese_pdf_embeds_its_cjk_font(tmp_path):
    out = tmp_path / "csto-zh.pdf"
    draft = read_draft(EXAMPLE_ZH)
    export_pdf(draft, out, paper="a4")
    assert "集体安全条约组织" in "".join(pdf_text(out))
    found = fonts(out)
    assert all(emb == "yes" for _, emb in found), found
    assert any("CJK" in name for name, _ in found), found
    info = subprocess.run(["pdfinfo", str(out)], check=True, capture_output=True, text=True).stdout
    assert "(A4)" in info


def test_without_libreoffice_the_message_names_the_package(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DRAFTAPP_SOFFICE", "")
    out = tmp_path / "x.pdf"
    with pytest.raises(LibreOfficeMissing) as raised:
        export_pdf(read_draft(EXAMPLE_EN), out)
    assert LIBREOFFICE_PACKAGE in str(raised.value)
    assert main(["export", str(EXAMPLE_EN), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"apt-get install {LIBREOFFICE_PACKAGE}" in err and "Traceback" not in err
    assert not out.exists()


def fake_soffice(tmp_path: Path, body: str) -> Path:
    script = tmp_path / "fake-soffice"
    script.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def test_a_failing_conversion_says_so_and_keeps_the_old_pdf(tmp_path, monkeypatch):
    out = tmp_path / "old.pdf"
    out.write_bytes(b"%PDF-1.4 the user's earlier export")
    monkeypatch.setenv("DRAFTAPP_SOFFICE", str(fake_soffice(tmp_path, "echo 'Error: source file could not be loaded' >&2; exit 1")))
    with pytest.raises(DraftIOError) as raised:
        export_pdf(read_draft(EXAMPLE_EN), out)
    assert "could not be loaded" in str(raised.value)
    assert out.read_bytes() == b"%PDF-1.4 the user's earlier export"


def test_a_hanging_conversion_times_out(tmp_path, monkeypatch):
    out = tmp_path / "x.pdf"
    monkeypatch.setenv("DRAFTAPP_SOFFICE", str(fake_soffice(tmp_path, "exec sleep 30")))
    with pytest.raises(DraftIOError) as raised:
        export_pdf(read_draft(EXAMPLE_EN), out, timeout=1)
    assert "did not finish" in str(raised.value)
    assert not out.exists()


def test_the_name_must_end_in_pdf(tmp_path):
    with pytest.raises(DraftIOError, match=r"\.pdf"):
        export_pdf(read_draft(EXAMPLE_EN), tmp_path / "x.docx")
