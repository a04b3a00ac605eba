"""The draft embedded in a DOCX as a custom XML part: written, read back, and refused
safely when the file is damaged or hostile."""

import zipfile

import docx
import pytest

from draftapp.io.docx.embed import NAMESPACE, embed_draft, embedded_matches_text, read_embedded
from draftapp.io.errors import DraftIOError
from draftapp.io.text import read_text


@pytest.fixture
def draft(csto_text):
    return read_text(csto_text)


def _embedded_docx(draft, path):
    document = docx.Document()
    document.add_paragraph("Body text")
    embed_draft(document, draft)
    document.save(str(path))
    return path


def _rewrite(path, out, replace):
    """Copy a zip, passing each member's bytes through replace(name, data)."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace(info.filename, src.read(info)))
    return out


def _our_item(path):
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("customXml/item") and NAMESPACE.encode() in z.read(name) and "Props" not in name:
                return name
    raise AssertionError("no embedded draft part")


def test_round_trip_is_lossless(draft, tmp_path):
    path = _embedded_docx(draft, tmp_path / "x.docx")
    back = read_embedded(path)
    assert back == draft
    assert [p.id for p in back.paragraphs()] == [p.id for p in draft.paragraphs()]


def test_part_is_related_from_the_main_document_with_properties(draft, tmp_path):
    path = _embedded_docx(draft, tmp_path / "x.docx")
    item = _our_item(path)
    with zipfile.ZipFile(path) as z:
        rels = z.read("word/_rels/document.xml.rels").decode()
        assert f"../{item}" in rels
        item_rels = z.read(item.replace("customXml/", "customXml/_rels/") + ".rels").decode()
        assert "customXmlProps" in item_rels
        props = item.replace("item", "itemProps")
        assert NAMESPACE in z.read(props).decode()
        assert "customXmlProperties+xml" in z.read("[Content_Types].xml").decode()


def test_survives_a_save_by_another_program(draft, tmp_path):
    path = _embedded_docx(draft, tmp_path / "x.docx")
    resaved = docx.Document(str(path))
    resaved.save(str(tmp_path / "y.docx"))
    assert read_embedded(tmp_path / "y.docx") == draft


def test_fingerprint_tells_whether_the_text_was_edited(draft, tmp_path):
    path = _embedded_docx(draft, tmp_path / "x.docx")
    assert embedded_matches_text(path) is True
    edited = docx.Document(str(path))
    edited.paragraphs[0].add_run(" changed")
    edited.save(str(tmp_path / "edited.docx"))
    assert embedded_matches_text(tmp_path / "edited.docx") is False


def test_document_without_a_draft_gives_none(tmp_path):
    path = tmp_path / "plain.docx"
    docx.Document().save(str(path))
    assert read_embedded(path) is None
    assert embedded_matches_text(path) is None


def test_damaged_json_is_a_clear_error(draft, tmp_path):
    path = _embedded_docx(draft, tmp_path / "x.docx")
    item = _our_item(path)
    bad = _rewrite(path, tmp_path / "bad.docx", lambda n, d: d.replace(b'"format"', b'"form') if n == item else d)
    with pytest.raises(DraftIOError, match="embedded .* damaged"):
        read_embedded(bad)


def test_damaged_xml_of_our_part_is_a_clear_error(draft, tmp_path):
    path = _embedded_docx(draft, tmp_path / "x.docx")
    item = _our_item(path)
    bad = _rewrite(path, tmp_path / "bad.docx", lambda n, d: d[: len(d) // 2] if n == item else d)
    with pytest.raises(DraftIOError, match="damaged"):
        read_embedded(bad)


def test_not_a_zip_is_a_clear_error(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_bytes(b"this is not a zip file at all")
    with pytest.raises(DraftIOError, match="not a zip"):
        read_embedded(path)


def test_entities_are_not_expanded(draft, tmp_path):
    """A billion-laughs or external entity in the part must not be resolved."""
    path = _embedded_docx(draft, tmp_path / "x.docx")
    item = _our_item(path)
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<draftapp:draft xmlns:draftapp="' + NAMESPACE.encode() + b'">&x;</draftapp:draft>'
    )
    bad = _rewrite(path, tmp_path / "evil.docx", lambda n, d: evil if n == item else d)
    with pytest.raises(DraftIOError) as caught:
        read_embedded(bad)
    assert "root:" not in str(caught.value)


def test_part_larger_than_the_limit_is_refused(draft, tmp_path, monkeypatch):
    import draftapp.io.docx.embed as embed

    path = _embedded_docx(draft, tmp_path / "x.docx")
    monkeypatch.setattr(embed, "MAX_ITEM_BYTES", 1000)
    with pytest.raises(DraftIOError, match="larger than"):
        read_embedded(path)
