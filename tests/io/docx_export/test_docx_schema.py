"""Every export is valid OOXML: openxml-audit checks the parts against the ECMA-376
schemas and Word's semantic rules (the checks of Microsoft's Open XML SDK validator, in
pure Python, offline), for each language, a draft and an adopted resolution, with
footnotes, repeated citations, the barcode and the asterisk notes."""

from pathlib import Path

import pytest
from openxml_audit import FileFormat, OpenXmlValidator

from draftapp.io.docx import export_docx
from draftapp.io.formats import read_draft

from docx_export_samples import sample_draft

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def problems(path: Path) -> list[str]:
    result = OpenXmlValidator(file_format=FileFormat.OFFICE_2019).validate(str(path))
    return [str(e) for e in result.errors]


@pytest.mark.parametrize("code", ["ar", "zh", "en", "fr", "ru", "es"])
def test_sample_draft_is_valid_ooxml(code, tmp_path):
    path = tmp_path / f"{code}.docx"
    draft = sample_draft(code)
    draft.meta.job_number = "25-17846"
    export_docx(draft, path)
    assert problems(path) == []


@pytest.mark.parametrize("source", ["A_RES_73_7-partial-en.md", "csto-draft-zh.md", "A_80_L.9_en.md"])
def test_real_texts_export_as_valid_ooxml(source, tmp_path):
    path = tmp_path / "out.docx"
    export_docx(read_draft(FIXTURES / source), path)
    assert problems(path) == []


def test_the_validator_finds_a_broken_part(tmp_path):
    """The check is not vacuous: a paragraph property out of schema order is reported."""
    import zipfile

    good = tmp_path / "good.docx"
    export_docx(sample_draft("en"), good)
    bad = tmp_path / "bad.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b'<w:body><w:p><w:pPr><w:jc w:val="left"/><w:spacing w:after="0"/></w:pPr></w:p>', 1)
            out.writestr(item, data)
    assert problems(bad)
