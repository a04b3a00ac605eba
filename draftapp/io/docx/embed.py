"""The draft itself, carried inside every DOCX we export, so our own exports come back
losslessly.

Word keeps application data in *custom XML parts*: `customXml/itemN.xml` (the data),
`customXml/itemPropsN.xml` (its properties: an item id and the schema it follows),
related from the main document part. Word preserves them when it saves the file, so
an export edited in Word still carries the draft it was made from. Because the text
may have been edited since, the part also records a fingerprint of the body text as
exported; `embedded_matches_text` tells an importer whether the two still agree.

The part holds one element whose text is the .draft JSON (`draftapp.io.native.dumps`):

    <draftapp:draft xmlns:draftapp="urn:draftapp:draft:1" text-sha256="…">{json}</draftapp:draft>

Reading treats the file as hostile: the zip is read directly with size limits, and XML
is parsed with entities, network access and huge trees turned off.
"""

from __future__ import annotations

import hashlib
import re
import posixpath
import uuid
import zipfile
import zlib
from pathlib import Path

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

from draftapp.io import native
from draftapp.io.docx.safety import open_zip
from draftapp.io.errors import DraftIOError, checked_size
from draftapp.model import Draft

NAMESPACE = "urn:draftapp:draft:1"
ELEMENT = f"{{{NAMESPACE}}}draft"
FINGERPRINT = "text-sha256"
_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"

#: Limits for reading: far above any real draft, far below what could hurt.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 10_000
MAX_RELS_BYTES = 1024 * 1024
MAX_ITEM_BYTES = native.MAX_BYTES
MAX_DOCUMENT_BYTES = 100 * 1024 * 1024


# --- writing -------------------------------------------------------------------------
def embed_draft(document, draft: Draft) -> None:
    """Add the draft to `document` (a python-docx Document) as a custom XML part.

    Call it last, once the body is complete: the part records a fingerprint of the
    body text as it stands."""
    package = document.part.package
    taken = {str(part.partname) for part in package.iter_parts()}
    n = 1
    while f"/customXml/item{n}.xml" in taken or f"/customXml/itemProps{n}.xml" in taken:
        n += 1

    root = etree.Element(ELEMENT, nsmap={"draftapp": NAMESPACE})
    root.set(FINGERPRINT, text_fingerprint(document.element.body))
    root.text = xml_escaped_json(native.dumps(draft))
    item_blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    item = Part(PackURI(f"/customXml/item{n}.xml"), CT.XML, item_blob, package)

    props = etree.Element(f"{{{_DS}}}datastoreItem", nsmap={"ds": _DS})
    props.set(f"{{{_DS}}}itemID", "{" + str(uuid.uuid4()).upper() + "}")
    refs = etree.SubElement(props, f"{{{_DS}}}schemaRefs")
    etree.SubElement(refs, f"{{{_DS}}}schemaRef").set(f"{{{_DS}}}uri", NAMESPACE)
    props_blob = etree.tostring(props, xml_declaration=True, encoding="UTF-8", standalone=False)
    props_part = Part(PackURI(f"/customXml/itemProps{n}.xml"), CT.OFC_CUSTOM_XML_PROPERTIES, props_blob, package)

    item.relate_to(props_part, RT.CUSTOM_XML_PROPS)
    document.part.relate_to(item, RT.CUSTOM_XML)


#: What JSON may hold raw in a string and XML cannot: written as JSON escapes instead
#: (control characters are escaped by json.dumps already).
_NOT_XML = re.compile("[\ufffe\uffff\ud800-\udfff]")


def xml_escaped_json(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def text_fingerprint(body) -> str:
    """SHA-256 of the body's paragraph texts (w:t and w:tab, paragraph by paragraph).
    Word re-splits runs and rewrites the XML when it saves; the words survive, so
    this tells whether anyone changed the text."""
    lines = []
    for p in body.iter(f"{{{_W}}}p"):
        pieces = []
        for el in p.iter(f"{{{_W}}}t", f"{{{_W}}}tab"):
            pieces.append(el.text or "" if el.tag == f"{{{_W}}}t" else "\t")
        lines.append("".join(pieces))
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


# --- reading -------------------------------------------------------------------------
def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


class _Package:
    """A DOCX opened as a plain zip, read with size limits."""

    def __init__(self, path: Path):
        self.path = path
        checked_size(path, MAX_FILE_BYTES, "a draft")
        self.zip = open_zip(path)
        infos = self.zip.infolist()
        if len(infos) > MAX_ENTRIES:
            self.zip.close()
            raise DraftIOError(path, f"the package holds {len(infos)} parts, far more than any document")
        self.names = {info.filename: info for info in infos}

    def close(self) -> None:
        self.zip.close()

    def read(self, name: str, limit: int) -> bytes | None:
        """The bytes of one part, or None when it is absent. The declared size is
        checked, and the read is capped too, since a zip can lie about sizes."""
        info = self.names.get(name)
        if info is None:
            return None
        if info.file_size > limit:
            raise DraftIOError(self.path, f"the part {name} is larger than {limit // (1024 * 1024)} MB")
        try:
            with self.zip.open(info) as f:
                data = f.read(limit + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError) as e:
            raise DraftIOError(self.path, f"the part {name} cannot be read ({e})") from None
        if len(data) > limit:
            raise DraftIOError(self.path, f"the part {name} is larger than it claims")
        return data

    def xml(self, name: str, limit: int):
        data = self.read(name, limit)
        if data is None:
            return None
        try:
            return etree.fromstring(data, _parser())
        except etree.XMLSyntaxError as e:
            raise DraftIOError(self.path, f"the part {name} is damaged XML ({e.msg})") from None

    def related(self, source: str, rel_type: str) -> list[str]:
        """Zip names of the parts `source` relates to with `rel_type` ("" is the package)."""
        folder, base = posixpath.split(source)
        rels_name = posixpath.join(folder, "_rels", base + ".rels") if source else "_rels/.rels"
        rels = self.xml(rels_name, MAX_RELS_BYTES)
        if rels is None:
            return []
        out = []
        for rel in rels.iter(f"{{{_PKG_RELS}}}Relationship"):
            if rel.get("Type") != rel_type or rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target") or ""
            joined = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            name = posixpath.normpath(joined)
            if not name.startswith(".."):
                out.append(name)
        return out

    def main_document(self) -> str | None:
        found = self.related("", RT.OFFICE_DOCUMENT)
        return found[0] if found else None


def _open(path) -> _Package:
    return _Package(Path(path))


def _find_item(package: _Package):
    """(main part name, our item's root element) or (main, None)."""
    main = package.main_document()
    if main is None:
        raise DraftIOError(package.path, "this is not a Word document: it has no main document part")
    for name in package.related(main, RT.CUSTOM_XML):
        data = package.read(name, MAX_ITEM_BYTES)
        if data is None:
            continue
        try:
            root = etree.fromstring(data, _parser())
        except etree.XMLSyntaxError as e:
            if NAMESPACE.encode() in data:
                raise DraftIOError(package.path, f"the draft embedded in this document is damaged ({e.msg})") from None
            continue  # someone else's broken part: not ours to judge
        if root.tag == ELEMENT:
            return main, root
    return main, None


def read_embedded(path) -> Draft | None:
    """The draft embedded by `embed_draft`, or None when the file carries none.
    A DraftIOError says what is wrong when the file or the embedded draft is damaged."""
    package = _open(path)
    try:
        _, root = _find_item(package)
        if root is None:
            return None
        if len(root):
            raise DraftIOError(path, "the draft embedded in this document is damaged (unexpected elements)")
        try:
            return native.loads(root.text or "", path)
        except DraftIOError as e:
            raise DraftIOError(path, f"the draft embedded in this document is damaged: {e.problem}") from None
    finally:
        package.close()


def embedded_matches_text(path) -> bool | None:
    """Whether the body text is still what was exported with the embedded draft (False
    after someone edited the document in Word); None when there is no embedded draft."""
    package = _open(path)
    try:
        main, root = _find_item(package)
        if root is None:
            return None
        document = package.xml(main, MAX_DOCUMENT_BYTES)
        body = document.find(f"{{{_W}}}body") if document is not None else None
        if body is None:
            return False
        return root.get(FINGERPRINT) == text_fingerprint(body)
    finally:
        package.close()
