"""Hostile input: each case is a clear DraftIOError, in under 2 seconds, using less than
200 MB of memory, and nothing is written. The files are made here, in tmp_path.

Each import runs in a child process so that its peak memory (ru_maxrss, measured after
the imports the app needs anyway) and its time are its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

LIMIT_SECONDS = 2.0
LIMIT_MB = 200

CHILD = r"""
import json, resource, sys, time
from draftapp.io.formats import read_draft
from draftapp.io.errors import DraftIOError
import draftapp.io.docx.reader, draftapp.io.pdftext  # loaded before measuring
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
try:
    read_draft(sys.argv[1])
    outcome = {"error": None}
except DraftIOError as e:
    outcome = {"error": str(e)}
except BaseException as e:  # anything else is a failure of the test, with its name
    outcome = {"crash": f"{type(e).__name__}: {e}"}
outcome["seconds"] = time.perf_counter() - start
outcome["mb"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) / 1024
print(json.dumps(outcome))
"""

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>"
)
PACKAGE_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    b"</Relationships>"
)
W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_with(path: Path, document: bytes | None = None, stream=None) -> Path:
    """A minimal DOCX whose word/document.xml is `document`, or is written by `stream(f)`."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", PACKAGE_RELS)
        if stream is None:
            z.writestr("word/document.xml", document)
        else:
            with z.open("word/document.xml", "w", force_zip64=True) as f:
                stream(f)
    return path


def run_import(path: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def assert_refused(path: Path, message: str) -> dict:
    before = sorted(p.name for p in path.parent.iterdir())
    size = path.stat().st_size
    outcome = run_import(path)
    assert "crash" not in outcome, outcome
    assert outcome["error"] is not None and message in outcome["error"], outcome
    assert str(path) in outcome["error"]  # the message names the file
    assert outcome["seconds"] < LIMIT_SECONDS, outcome
    assert outcome["mb"] < LIMIT_MB, outcome
    assert sorted(p.name for p in path.parent.iterdir()) == before, "nothing is written"
    assert path.stat().st_size == size
    return outcome


def test_binary_file_named_txt(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    assert_refused(path, "not a text file")


def test_text_that_is_not_utf8(tmp_path):
    path = tmp_path / "latin1.md"
    path.write_bytes("Rappelant sa résolution, l’Assemblée générale".encode("cp1252"))
    assert_refused(path, "not UTF-8")


def test_file_that_is_not_a_docx(tmp_path):
    path = tmp_path / "draft.docx"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(4096))
    assert_refused(path, "not a zip package")


def test_zip_that_is_not_a_word_document(tmp_path):
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    assert_refused(path, "no main document part")


def test_zip_bomb_of_one_huge_part(tmp_path):
    chunk = b" " * (1 << 20)

    def stream(f):
        f.write(b"<w:document " + W + b"><w:body><w:p><w:r><w:t>")
        for _ in range(120):  # 120 MB unpacked, about 120 kB packed
            f.write(chunk)
        f.write(b"</w:t></w:r></w:p></w:body></w:document>")

    path = docx_with(tmp_path / "bomb.docx", stream=stream)
    assert path.stat().st_size < 1_000_000
    assert_refused(path, "zip bomb")


def test_zip_bomb_by_compression_ratio(tmp_path):
    payload = b"<w:document " + W + b"><w:body>" + b"<w:p/>" * 2_000_000 + b"</w:body></w:document>"
    path = docx_with(tmp_path / "ratio.docx", payload)  # 12 MB from a few kB
    assert_refused(path, "zip bomb")


def test_billion_laughs(tmp_path):
    entities = b"".join(
        b'<!ENTITY lol%d "&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;">' % ((i,) + (i - 1,) * 10)
        for i in range(1, 10)
    )
    payload = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol0 "lol">' + entities + b"]>"
               b"<w:document " + W + b"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")
    assert_refused(docx_with(tmp_path / "laughs.docx", payload), "document type")


def test_external_entity(tmp_path):
    secret = tmp_path.parent / "secret.txt"
    secret.write_text("the secret")
    payload = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://' + str(secret).encode() + b'">]>'
               b"<w:document " + W + b"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>")
    outcome = assert_refused(docx_with(tmp_path / "xxe.docx", payload), "document type")
    assert "the secret" not in outcome["error"]


@pytest.mark.parametrize("name", ["huge.docx", "huge.txt", "huge.md", "huge.draft"])
def test_a_200_mb_file(tmp_path, name):
    path = tmp_path / name
    with open(path, "wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: takes no disk
    assert_refused(path, "MB")


def test_a_sane_docx_still_imports(tmp_path):
    """The limits do not refuse an ordinary document."""
    payload = (b"<w:document " + W + b"><w:body>"
               b"<w:p><w:r><w:t>The General Assembly,</w:t></w:r></w:p>"
               b"<w:p><w:r><w:t>Recalling its resolution 1/1,</w:t></w:r></w:p>"
               b"<w:p><w:r><w:t>1. Decides to act.</w:t></w:r></w:p>"
               b"</w:body></w:document>")
    outcome = run_import(docx_with(tmp_path / "fine.docx", payload))
    assert outcome["error"] is None and "crash" not in outcome, outcome


def test_entities_in_the_embedded_draft_part(tmp_path):
    """Our export's custom XML part, rewritten with a billion-laughs DTD."""
    from draftapp.io.docx import export_docx
    from draftapp.model import Draft, Metadata, Paragraph

    clean = tmp_path.parent / "clean.docx"
    export_docx(Draft(meta=Metadata(title="T", symbol="A/80/L.1"), sponsors=["Armenia"],
                      preamble=[Paragraph.of("Recalling its resolution 1/1,")],
                      operative=[Paragraph.of("Decides to act.")]), clean)
    entities = b"".join(
        b'<!ENTITY lol%d "&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;">' % ((i,) + (i - 1,) * 10)
        for i in range(1, 10)
    )
    path = tmp_path / "laughs-inside.docx"
    with zipfile.ZipFile(clean) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.startswith("customXml/item") and b"urn:draftapp:draft" in data and b"Props" not in info.filename.encode():
                head, _, rest = data.partition(b"?>")
                data = head + b'?><!DOCTYPE d [<!ENTITY lol0 "lol">' + entities + b"]>" + rest.replace(b"{", b"&lol9;{", 1)
            zout.writestr(info, data)
    outcome = run_import(path)
    assert "crash" not in outcome, outcome
    assert outcome["seconds"] < LIMIT_SECONDS and outcome["mb"] < LIMIT_MB, outcome
    assert outcome["error"] is not None and "damaged" in outcome["error"], outcome
