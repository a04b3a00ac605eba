"""Akoma Ntoso in: `read_akn(path) -> Draft`.

Our own export comes back exactly: its proprietary block holds the draft's metadata,
and the structure holds the text. Another tool's AKN resolution is read by its
structure: the preface (docNumber, session, docProponent, docTitle), the preamble's
containers, mainBody's paragraphs with their lists and points, authorialNote footnotes,
noteRef repeats and ref cross-references.

The file is hostile until proven otherwise: size checked first, no entities, no DTD,
no network, and every failure is a DraftIOError naming the file.
"""

from __future__ import annotations

import json
from pathlib import Path

from lxml import etree

from draftapp.io.akn.naming import LANGUAGE_CODES
from draftapp.io.akn.writer import AKN, DRAFTAPP
from draftapp.io.errors import DraftIOError, checked_size
from draftapp.model import CrossRef, Draft, Footnote, FootnoteRef, Metadata, Paragraph, Text

MAX_BYTES = 20 * 1024 * 1024
A = f"{{{AKN}}}"
_LANGUAGES = {v: k for k, v in LANGUAGE_CODES.items()}


def looks_like_akn(data: bytes) -> bool:
    return b"akomaNtoso" in data[:4096]


def _parse(path: Path, data: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise DraftIOError(path, f"this XML cannot be read ({e.msg}, line {e.lineno})") from None
    if root.tag != f"{A}akomaNtoso":
        raise DraftIOError(path, "this XML is not an Akoma Ntoso 3.0 document (no akomaNtoso element in its namespace)")
    return root


def read_akn(path: str | Path) -> Draft:
    path = Path(path)
    checked_size(path, MAX_BYTES, "an Akoma Ntoso resolution")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise DraftIOError(path, e.strerror or str(e)) from None
    root = _parse(path, data)
    document = next((child for child in root if isinstance(child.tag, str)), None)
    if document is None:
        raise DraftIOError(path, "this Akoma Ntoso document is empty")
    try:
        return _DraftReader(path, document).read()
    except DraftIOError:
        raise
    except (ValueError, KeyError, TypeError) as e:
        raise DraftIOError(path, f"this Akoma Ntoso document cannot be read as a resolution ({e})") from None


class _DraftReader:
    def __init__(self, path: Path, document):
        self.path, self.document = path, document
        self.footnotes: list[Footnote] = []
        self.note_ids: dict[str, str] = {}  # authorialNote eId -> footnote id
        self.paragraph_ids: dict[str, str] = {}  # eId -> paragraph id
        self.pending_refs: list[tuple[CrossRef, str]] = []  # resolved once every eId is known

    def read(self) -> Draft:
        draft = Draft()
        self._metadata(draft)
        preamble = self.document.find(f"{A}preamble")
        if preamble is not None:
            draft.preamble = [self._container(c) for c in preamble.iterfind(f"{A}container")]
        body = self.document.find(f"{A}mainBody")
        if body is not None:
            draft.operative = [self._operative(el) for el in body if el.tag in (f"{A}paragraph", f"{A}hcontainer")]
        draft.annexes = [self._annex(doc) for doc in self.document.iterfind(f"{A}attachments/{A}attachment/{A}doc")]
        notes = self.document.find(f"{A}meta/{A}notes")
        for note in notes.iterfind(f"{A}note") if notes is not None else ():
            self.footnotes.append(Footnote(runs=self._runs(note.find(f"{A}p"))))
        draft.footnotes = self.footnotes
        for ref, eid in self.pending_refs:
            ref.target_id = self.paragraph_ids.get(eid, f"missing-{eid}")
        return draft

    # --- metadata ----------------------------------------------------------------------
    def _metadata(self, draft: Draft) -> None:
        own = self.document.find(f"{A}meta/{A}proprietary/{{{DRAFTAPP}}}draft")
        if own is not None:
            from draftapp.io.native import _meta_from_json, _Shape  # the .draft file's checks

            try:
                data = json.loads(own.text or "{}")
                draft.language = data.get("language", "en")
                if draft.language not in LANGUAGE_CODES:
                    raise _Shape(f"unknown language {draft.language!r}")
                draft.meta = _meta_from_json(data.get("meta", {}))
                draft.sponsors = [str(s) for s in data.get("sponsors", [])]
            except (json.JSONDecodeError, _Shape) as e:
                raise DraftIOError(self.path, f"its Draftapp metadata is damaged ({e})") from None
            return
        # another tool's document: what the identification and the preface say
        language = self.document.find(f".//{A}FRBRExpression/{A}FRBRlanguage")
        if language is not None:
            draft.language = _LANGUAGES.get(language.get("language", ""), "en")
        meta = draft.meta = Metadata()
        number = self.document.find(f".//{A}preface//{A}docNumber")
        alias = next((a.get("value", "") for a in self.document.iterfind(f".//{A}FRBRWork/{A}FRBRalias")
                      if a.get("name") == "symbol"), "")
        meta.symbol = _text(number) if number is not None else alias
        session = self.document.find(f".//{A}preface//{A}session")
        if session is not None and (session.get("value") or "").isdigit():
            meta.session = int(session.get("value"))
        title = self.document.find(f".//{A}preface//{A}docTitle")
        if title is not None:
            meta.title = _text(title)
        draft.sponsors = [_text(p) for p in self.document.iterfind(f".//{A}preface//{A}docProponent")]
        if self.document.get("name") == "resolution":
            meta.kind = "resolution"
            meta.distribution = "General"

    # --- structure ---------------------------------------------------------------------
    def _paragraph(self, el, runs_from) -> Paragraph:
        p = Paragraph(runs=self._runs(runs_from) if runs_from is not None else [])
        if el.get("eId"):
            self.paragraph_ids[el.get("eId")] = p.id
        return p

    def _container(self, el) -> Paragraph:
        p = self._paragraph(el, el.find(f"{A}p"))
        for block in el.iterfind(f"{A}blockList"):
            p.children += [self._item(item) for item in block.iterfind(f"{A}item")]
        return p

    def _item(self, el) -> Paragraph:
        p = self._paragraph(el, el.find(f"{A}p"))
        for block in el.iterfind(f"{A}blockList"):
            p.children += [self._item(item) for item in block.iterfind(f"{A}item")]
        return p

    def _operative(self, el) -> Paragraph:
        if el.tag == f"{A}hcontainer":
            p = self._paragraph(el, el.find(f"{A}heading"))
            p.heading = True
            return p
        text = el.find(f"{A}content/{A}p")
        if text is None:
            text = el.find(f"{A}intro/{A}p")
        p = self._paragraph(el, text)
        for items in el.iterfind(f"{A}list"):
            p.children += [self._operative(point) for point in items if point.tag in (f"{A}point", f"{A}paragraph")]
        return p

    def _annex(self, doc):
        from draftapp.model.annex import Annex

        label = doc.find(f"{A}preface/{A}p[@class='label']")
        title = doc.find(f".//{A}preface//{A}docTitle")
        annex = Annex(label=_text(label) if label is not None else "Annex", title=_text(title) if title is not None else "")
        body = doc.find(f"{A}mainBody")
        for el in body if body is not None else ():
            if el.tag not in (f"{A}paragraph", f"{A}hcontainer"):
                continue
            p = self._operative(el)
            if el.tag == f"{A}paragraph" and el.find(f"{A}num") is None:
                annex.unnumbered.add(p.id)
            annex.paragraphs.append(p)
        return annex

    # --- inline ------------------------------------------------------------------------
    def _runs(self, el) -> list:
        runs: list = []
        if el is None:
            return runs
        self._walk(el, runs, italic=False, bold=False)
        # the pretty-printed layout around block content is not text
        if runs and isinstance(runs[0], Text):
            runs[0] = Text(runs[0].text.lstrip(), runs[0].italic, runs[0].bold)
        if runs and isinstance(runs[-1], Text):
            runs[-1] = Text(runs[-1].text.rstrip(), runs[-1].italic, runs[-1].bold)
        return [r for r in runs if not (isinstance(r, Text) and not r.text)]

    def _walk(self, el, runs: list, italic: bool, bold: bool) -> None:
        if el.text:
            runs.append(Text(el.text, italic, bold))
        for child in el:
            if not isinstance(child.tag, str):  # comments, processing instructions
                pass
            elif child.tag in (f"{A}i", f"{A}b", f"{A}u", f"{A}span"):
                self._walk(child, runs, italic or child.tag == f"{A}i", bold or child.tag == f"{A}b")
            elif child.tag == f"{A}authorialNote":
                note = Footnote(runs=self._runs(child.find(f"{A}p")))
                self.footnotes.append(note)
                if child.get("eId"):
                    self.note_ids[child.get("eId")] = note.id
                runs.append(FootnoteRef(note.id))
            elif child.tag == f"{A}noteRef":
                target = (child.get("href") or "").lstrip("#")
                if target in self.note_ids:
                    runs.append(FootnoteRef(self.note_ids[target]))
            elif child.tag == f"{A}ref" and (child.get("href") or "").startswith("#"):
                ref = CrossRef("")
                self.pending_refs.append((ref, child.get("href")[1:]))
                runs.append(ref)
            else:  # any other inline element: its words, in the current format
                self._walk(child, runs, italic, bold)
            if child.tail:
                runs.append(Text(child.tail, italic, bold))


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split())
