"""The tracked-changes DOCX against the ECMA-376 schemas (openxml-audit: the schemas and
the semantic checks of the Open XML SDK, in pure Python)."""

from __future__ import annotations

import shutil
import zipfile

from tests.io.tracked.drafts import FIXTURES, edited_carry_over, repeated_citations
from openxml_audit import OpenXmlValidator

from draftapp.io.docx.tracked import export_tracked_docx
from draftapp.io.formats import read_draft


def validate(path):
    return OpenXmlValidator(max_errors=20).validate(str(path))


def test_tracked_exports_pass_the_schema_check(tmp_path):
    cases = {
        "carry-over.docx": (edited_carry_over(), None),
        "csto.docx": (read_draft(FIXTURES / "compare" / "csto-edited-zh.md"), read_draft(FIXTURES / "csto-draft-zh.md")),
        "l9.docx": (read_draft(FIXTURES / "texts" / "A_RES_80_6_en.txt"), read_draft(FIXTURES / "texts" / "A_80_L.9_en.txt")),
        "repeated.docx": tuple(reversed(repeated_citations())),
    }
    for name, (new, base) in cases.items():
        out = tmp_path / name
        export_tracked_docx(new, base if base is not None else new.base.draft, out)
        result = validate(out)
        assert result.is_valid, (name, [(e.description, getattr(e, "path", "")) for e in result.errors])


def test_the_check_would_catch_a_broken_move(tmp_path):
    """The validator is live: a move range without its name is refused."""
    good = tmp_path / "good.docx"
    new = edited_carry_over()
    export_tracked_docx(new, new.base.draft, good)
    bad = tmp_path / "bad.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                assert 'w:name="move1"' in text
                data = text.replace('w:name="move1"', "", 1).encode("utf-8")
            dst.writestr(item, data)
    result = validate(bad)
    assert not result.is_valid and any("name" in e.description for e in result.errors)
    shutil.rmtree(tmp_path, ignore_errors=True)
