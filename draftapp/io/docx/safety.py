"""Open a foreign DOCX as the hostile input it may be.

A DOCX is a zip of XML parts. Before anything is parsed: the file's size is checked,
the zip's directory is checked for a bomb (huge declared sizes, absurd compression
ratios, too many parts), every read is capped whatever the directory claims, and XML
with a document type declaration is refused outright -- no Word part has one, and it is
where entity expansion ("billion laughs") and external entities live. The parser is
also configured with entities, DTDs and network access off.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from draftapp.io.errors import DraftIOError, checked_size

MAX_FILE_BYTES = 100 * 1024 * 1024  # a draft with pictures is a few MB
MAX_PART_BYTES = 60 * 1024 * 1024  # one unpacked XML part
MAX_TOTAL_BYTES = 150 * 1024 * 1024  # everything the directory declares, unpacked
MAX_RATIO = 150  # XML compresses ~10:1; a bomb compresses 1000:1
#: ... but a highly repetitive export of our own (one phrase a thousand times) reaches
#: several hundred to one: a package carrying our embedded draft is held to the absolute
#: sizes only (checked on every read whatever the directory claims), which bound the work.
OUR_SCHEMA = b"urn:draftapp:draft:1"
MAX_ENTRIES = 10_000

_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"


def check_size(path: Path, limit: int = MAX_FILE_BYTES) -> int:
    return checked_size(path, limit, "a draft")


def xml_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, dtd_validation=False)


def parse_xml(data: bytes, path, name: str):
    """Parse one part; a DOCTYPE (entity declarations, external entities) is refused."""
    head = data[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in data[:1_000_000].lower() or b"<\x00!\x00d\x00o\x00c" in head:
        raise DraftIOError(path, f"the part {name} declares a document type (entities), which Word never writes; the file is refused")
    try:
        return etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError as e:
        raise DraftIOError(path, f"the part {name} is damaged XML ({e.msg})") from None


def open_zip(path: Path) -> zipfile.ZipFile:
    """The file as a zip package, or a DraftIOError saying it is none (or one of a zip
    version Python cannot read: "zip file version 23.2" came through as an error no
    reader foresaw)."""
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise DraftIOError(path, "this is not a Word document (.docx): it is not a zip package") from None
    except NotImplementedError as e:
        raise DraftIOError(path, f"this Word document's zip package is of a kind that cannot be read ({e})") from None


class SafePackage:
    """A DOCX opened as a zip with every limit above; use as a context manager."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        check_size(self.path)
        self.zip = open_zip(self.path)
        try:
            self._check_directory()
        except DraftIOError:
            self.zip.close()
            raise

    def _check_directory(self) -> None:
        infos = self.zip.infolist()
        if len(infos) > MAX_ENTRIES:
            raise DraftIOError(self.path, f"the package holds {len(infos)} parts, far more than any document")
        total = 0
        ours = self._carries_our_draft(infos)
        for info in infos:
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > MAX_PART_BYTES or (info.file_size > 1_000_000 and ratio > MAX_RATIO and not ours):
                raise DraftIOError(self.path, f"the part {info.filename} unpacks to {info.file_size / 1e6:.0f} MB "
                                              f"from {info.compress_size / 1e3:.0f} kB: a zip bomb, refused")
        if total > MAX_TOTAL_BYTES:
            raise DraftIOError(self.path, f"the package unpacks to {total / 1e6:.0f} MB: far more than a document; refused")
        self.names = {info.filename: info for info in infos}

    def _carries_our_draft(self, infos) -> bool:
        """Whether the package has the custom XML properties part our export writes."""
        for info in infos:
            if info.filename.startswith("customXml/itemProps") and info.file_size < 4096:
                try:
                    with self.zip.open(info) as f:
                        if OUR_SCHEMA in f.read(4096):
                            return True
                except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
                    continue
        return False

    def __enter__(self) -> "SafePackage":
        return self

    def __exit__(self, *exc) -> None:
        self.zip.close()

    def read(self, name: str, limit: int = MAX_PART_BYTES) -> bytes | None:
        """The bytes of one part, or None when absent; capped even if the zip lies."""
        info = self.names.get(name)
        if info is None:
            return None
        try:
            with self.zip.open(info) as f:
                data = f.read(limit + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as e:
            raise DraftIOError(self.path, f"the part {name} cannot be read ({e})") from None
        if len(data) > limit:
            raise DraftIOError(self.path, f"the part {name} is larger than it claims: a zip bomb, refused")
        return data

    def xml(self, name: str):
        data = self.read(name)
        return None if data is None else parse_xml(data, self.path, name)

    def related(self, source: str, rel_type: str) -> list[str]:
        """Zip names of the parts that `source` ("" for the package) relates to."""
        folder, base = posixpath.split(source)
        rels = self.xml(posixpath.join(folder, "_rels", base + ".rels") if source else "_rels/.rels")
        if rels is None:
            return []
        found = []
        for rel in rels.iter(f"{{{_PKG_RELS}}}Relationship"):
            if rel.get("Type") != rel_type or rel.get("TargetMode") == "External":
                continue  # external targets are never fetched
            target = rel.get("Target") or ""
            name = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target))
            if not name.startswith(".."):
                found.append(name)
        return found

    def main_document(self) -> str:
        found = self.related("", OFFICE_DOCUMENT)
        if not found or found[0] not in self.names:
            raise DraftIOError(self.path, "this is not a Word document: the package has no main document part")
        return found[0]
