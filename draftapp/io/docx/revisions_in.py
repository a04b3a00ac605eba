"""Tracked changes in a DOCX someone else wrote: the text with them accepted, the text
with them rejected, and who changed what when.

`accepted(root)` and `rejected(root)` return copies of a part's XML (document or
footnotes) with every revision accepted or rejected, as Word's Accept all / Reject all
would: inserted and moved-to runs kept or dropped, deleted and moved-from runs dropped or
restored (their `w:delText` back to `w:t`), a paragraph whose mark was inserted or
deleted joined to the next one, formatting changes (`w:rPrChange`, `w:pPrChange`) kept or
undone. The DOCX reader reads both, so that the accepted text becomes the draft and the
rejected text its base: Compare then shows the changes, and nothing a reviewer deleted
is lost. `revisions(root)` lists the changes (kind, author, date, text).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RUN_REVISIONS = ("ins", "del", "moveFrom", "moveTo")
_RANGES = ("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd")


@dataclass(frozen=True)
class Revision:
    kind: str  # ins, del, moveFrom, moveTo, format
    author: str
    date: str
    text: str


def has_revisions(root) -> bool:
    if root is None:
        return False
    tags = {W + t for t in _RUN_REVISIONS + ("rPrChange", "pPrChange")}
    return any(el.tag in tags for el in root.iter())


def revisions(root) -> list[Revision]:
    out: list[Revision] = []
    if root is None:
        return out
    for el in root.iter(*(W + t for t in _RUN_REVISIONS + ("rPrChange", "pPrChange"))):
        local = el.tag[len(W):]
        kind = "format" if local.endswith("Change") else local
        if el.getparent() is not None and el.getparent().tag == W + "rPr" and local in _RUN_REVISIONS:
            kind = "paragraph-" + local  # a paragraph mark inserted, deleted or moved
        text = "".join(t.text or "" for t in el.iter(W + "t", W + "delText"))
        out.append(Revision(kind, el.get(W + "author", ""), el.get(W + "date", ""), text))
    return out


def accepted(root):
    return _resolve(root, keep=("ins", "moveTo"), drop=("del", "moveFrom"))


def rejected(root):
    return _resolve(root, keep=("del", "moveFrom"), drop=("ins", "moveTo"))


def _unwrap(el) -> None:
    parent = el.getparent()
    index = parent.index(el)
    for child in reversed(list(el)):
        parent.insert(index, child)
    _drop(el)


def _drop(el) -> None:
    """Remove `el`, keeping the text that follows it (lxml keeps a tail with its element)."""
    parent = el.getparent()
    if el.tail and el.tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _resolve(root, keep: tuple[str, ...], drop: tuple[str, ...]):
    if root is None:
        return None
    root = copy.deepcopy(root)
    undo_format = "del" in keep  # rejecting: formatting changes go back
    # paragraph marks first: they decide which paragraphs join the next one
    joining = []
    for p in list(root.iter(W + "p")):
        rpr = p.find(f"{W}pPr/{W}rPr")
        if rpr is None:
            continue
        for mark in list(rpr):
            local = mark.tag[len(W):]
            if local in drop:
                joining.append(p)
            if local in _RUN_REVISIONS:
                rpr.remove(mark)
    for local in drop:
        for el in list(root.iter(W + local)):
            if el.getparent() is not None:
                _drop(el)
    for local in keep:
        for el in list(root.iter(W + local)):
            if el.getparent() is not None:
                _unwrap(el)
    for local in _RANGES:
        for el in list(root.iter(W + local)):
            _drop(el)
    for t in root.iter(W + "delText"):
        t.tag = W + "t"
    for t in root.iter(W + "delInstrText"):
        t.tag = W + "instrText"
    for change in list(root.iter(W + "rPrChange", W + "pPrChange")):
        props = change.getparent()
        if undo_format:
            old = change.find(W + ("rPr" if change.tag == W + "rPrChange" else "pPr"))
            for child in list(props):
                if child is not change and not (props.tag == W + "pPr" and child.tag in (W + "rPr", W + "sectPr")):
                    props.remove(child)
            if old is not None:
                for child in reversed(list(old)):
                    props.insert(0, child)
        _drop(change)
    for p in joining:
        _join_with_next(p)
    return root


def _join_with_next(p) -> None:
    """A paragraph whose mark is gone: its content opens the next paragraph."""
    nxt = p.getnext()
    while nxt is not None and nxt.tag != W + "p":
        nxt = nxt.getnext() if nxt.tag in (W + "bookmarkStart", W + "bookmarkEnd") else None
    content = [c for c in p if c.tag != W + "pPr"]
    if nxt is None:
        return  # the last paragraph of its container keeps its mark
    ppr = nxt.find(W + "pPr")
    at = 1 if ppr is not None else 0
    for child in reversed(content):
        nxt.insert(at, child)
    p.getparent().remove(p)


def authors_in(path) -> list[str]:
    """Who made the tracked changes of a Word document (body and footnotes), in order of
    first appearance; [] when it has none."""
    from draftapp.io.docx.reader import RT_FOOTNOTES, _first
    from draftapp.io.docx.safety import SafePackage, check_size

    from pathlib import Path

    path = Path(path)
    check_size(path)
    with SafePackage(path) as package:
        main = package.main_document()
        roots = [package.xml(main), _first(package, main, RT_FOOTNOTES)]
    names: list[str] = []
    for root in roots:
        for r in revisions(root):
            if r.author and r.author not in names:
                names.append(r.author)
    return names
