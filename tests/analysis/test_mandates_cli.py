"""`draftapp mandates FILE`: the table as text, JSON, CSV and a Word document."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import docx

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CLI = [sys.executable, "-m", "draftapp.cli", "mandates"]


def run(*args):
    return subprocess.run(CLI + [str(a) for a in args], capture_output=True, text=True)


def test_json_and_csv_give_the_same_rows():
    source = FIXTURES / "csto-draft-zh.md"
    as_json = json.loads(run(source, "--json").stdout)
    assert [(m["paragraph"], m["addressee"], m["activity"], m["deadline"]) for m in as_json] == [
        ("8", "联合国秘书长", "report", "第七十三届会议")]
    rows = list(csv.DictReader(io.StringIO(run(source, "--csv").stdout)))
    assert [(r["paragraph"], r["activity"], r["continued"]) for r in rows] == [("8", "report", "False")]


def test_text_output_and_docx(tmp_path):
    done = run(FIXTURES / "texts" / "A_80_L.9_en.txt")
    assert done.returncode == 0
    assert done.stdout.split("\t")[:5] == ["13", "the Secretary-General", "report", "at its eighty-first session", "continued"]
    out = tmp_path / "table.docx"
    assert run(FIXTURES / "texts" / "A_80_L.9_en.txt", "-o", out).returncode == 0
    table = docx.Document(str(out)).tables[0]
    assert [c.text for c in table.rows[0].cells][:4] == ["Paragraph", "Addressee", "Activity", "Deadline"]
    assert [c.text for c in table.rows[1].cells][:5] == ["13", "the Secretary-General", "report", "at its eighty-first session", "continued"]


def test_no_mandate_is_said_and_a_bad_file_is_named(tmp_path):
    done = run(FIXTURES / "texts" / "A_RES_80_10_en.txt")
    assert done.returncode == 0 and "no clause asks for new work" in done.stdout
    bad = tmp_path / "bad.docx"
    bad.write_text("not a document")
    done = run(bad)
    assert done.returncode == 2 and str(bad) in done.stderr and "Traceback" not in done.stderr
