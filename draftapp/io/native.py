"""The native .draft file: UTF-8 JSON with a format name and a version.

    {"format": "draftapp", "version": 2, "draft": {...},
     "base": {"source": "A/RES/80/6", "date": "…", "draft": {...}},      (optional)
     "versions": [{"name": "zero draft", "date": "…", "draft": {...}}]}  (optional)

Version 2 added the optional "base" and "versions" (model/versions.py); each snapshot's
"draft" has the same shape as the main one. Version-1 files still open.

Saving is atomic (temporary file in the same folder, fsync, rename), so a crash or a
full disk never leaves a half-written draft where the good one was. Loading checks the
shape of everything it reads and names the file and the problem when something is off;
it never changes the file.
"""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from pathlib import Path

from draftapp.io.atomic import atomic_write  # noqa: F401 - also used as native.atomic_write
from draftapp.io.errors import DraftIOError, checked_size
from draftapp.lang import LANGUAGES
from draftapp.lang.ibid import ibid_test
from draftapp.model import footnote_repeats
from draftapp.model.annex import Annex
from draftapp.model import (
    Adoption,
    Base,
    Version,
    AgendaItem,
    CrossRef,
    Draft,
    Footnote,
    FootnoteRef,
    Metadata,
    Paragraph,
    Run,
    Text,
)

FORMAT = "draftapp"
VERSION = 2
MAX_BYTES = 50 * 1024 * 1024


# --- to JSON -----------------------------------------------------------------------
def _run_to_json(run: Run) -> dict:
    if isinstance(run, Text):
        out: dict = {"text": run.text}
        if run.italic:
            out["italic"] = True
        if run.bold:
            out["bold"] = True
        return out
    if isinstance(run, FootnoteRef):
        return {"footnote": run.footnote_id}
    return {"xref": run.target_id}


def _paragraph_to_json(p: Paragraph) -> dict:
    out: dict = {"id": p.id, "runs": [_run_to_json(r) for r in p.runs]}
    if p.children:
        out["children"] = [_paragraph_to_json(c) for c in p.children]
    if p.heading:
        out["heading"] = True
    if p.typed_label is not None:
        out["typed_label"] = p.typed_label
    return out


def _body_to_json(draft: Draft) -> dict:
    return {
        "language": draft.language,
        "meta": asdict(draft.meta),
        "sponsors": list(draft.sponsors),
        "preamble": [_paragraph_to_json(p) for p in draft.preamble],
        "operative": [_paragraph_to_json(p) for p in draft.operative],
        "footnotes": [{"id": f.id, "runs": [_run_to_json(r) for r in f.runs]} for f in draft.footnotes],
        **_annexes_to_json(draft),
    }


def draft_to_json(draft: Draft) -> dict:
    out = {"format": FORMAT, "version": VERSION, "draft": _body_to_json(draft)}
    if draft.base is not None:
        out["base"] = {"source": draft.base.source, "date": draft.base.date, "draft": _body_to_json(draft.base.draft)}
    if draft.versions:
        out["versions"] = [{"name": v.name, "date": v.date, "draft": _body_to_json(v.draft)} for v in draft.versions]
    n = draft.negotiation
    if n is not None and (n.proposals or n.statuses or n.comments):
        from draftapp.io import negotiation_json

        out["negotiation"] = negotiation_json.to_json(n, _run_to_json)
    return out


def _annexes_to_json(draft: Draft) -> dict:
    """The optional "annexes" (and "unplaced") keys: absent when empty, so files of
    drafts without annexes are unchanged and older files still load."""
    out: dict = {}
    if draft.annexes:
        out["annexes"] = [
            {"label": a.label, "title": a.title, "paragraphs": [_paragraph_to_json(p) for p in a.paragraphs],
             "unnumbered": [p.id for p in a.paragraphs if p.id in a.unnumbered]}
            for a in draft.annexes
        ]
    if draft.unplaced:
        out["unplaced"] = list(draft.unplaced)
    return out


def _annexes_from_json(body: dict) -> list[Annex]:
    out = []
    for i, a in enumerate(_expect(body.get("annexes", []), list, "annexes")):
        where = f"annexes[{i}]"
        _expect(a, dict, where)
        paragraphs = [_paragraph_from_json(p, f"{where}.paragraphs[{k}]")
                      for k, p in enumerate(_expect(a.get("paragraphs", []), list, f"{where}.paragraphs"))]
        unnumbered = {_expect(x, str, f"{where}.unnumbered") for x in _expect(a.get("unnumbered", []), list, f"{where}.unnumbered")}
        out.append(Annex(label=_expect(a.get("label", "Annex"), str, f"{where}.label"),
                         title=_expect(a.get("title", ""), str, f"{where}.title"),
                         paragraphs=paragraphs, unnumbered=unnumbered))
    return out


def dumps(draft: Draft) -> str:
    return json.dumps(draft_to_json(draft), ensure_ascii=False, indent=1)


# --- from JSON ---------------------------------------------------------------------
class _Shape(Exception):
    """Where in the JSON the shape is wrong, and how."""


def _expect(value, kind, where: str):
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        names = {str: "text", int: "a whole number", bool: "true or false", list: "a list", dict: "an object"}
        raise _Shape(f"{where} should be {names.get(kind, kind.__name__)}, not {type(value).__name__}")
    return value


def _run_from_json(data, where: str) -> Run:
    _expect(data, dict, where)
    if "text" in data:
        return Text(
            _expect(data["text"], str, where + ".text"),
            _expect(data.get("italic", False), bool, where + ".italic"),
            _expect(data.get("bold", False), bool, where + ".bold"),
        )
    if "footnote" in data:
        return FootnoteRef(_expect(data["footnote"], str, where + ".footnote"))
    if "xref" in data:
        return CrossRef(_expect(data["xref"], str, where + ".xref"))
    raise _Shape(f"{where} is neither text, a footnote citation nor a cross-reference")


def _runs(data, where: str) -> list[Run]:
    return [_run_from_json(r, f"{where}[{i}]") for i, r in enumerate(_expect(data, list, where))]


def _paragraph_from_json(data, where: str, depth: int = 0) -> Paragraph:
    _expect(data, dict, where)
    if depth > 20:
        raise _Shape(f"{where} is nested more than 20 levels deep")
    typed = data.get("typed_label")
    return Paragraph(
        id=_expect(data.get("id"), str, where + ".id"),
        runs=_runs(data.get("runs", []), where + ".runs"),
        children=[
            _paragraph_from_json(c, f"{where}.children[{i}]", depth + 1)
            for i, c in enumerate(_expect(data.get("children", []), list, where + ".children"))
        ],
        heading=_expect(data.get("heading", False), bool, where + ".heading"),
        typed_label=None if typed is None else _expect(typed, str, where + ".typed_label"),
    )


def _meta_from_json(data) -> Metadata:
    _expect(data, dict, "meta")
    meta = Metadata()
    known = {f.name: f for f in fields(Metadata)}
    for key, value in data.items():
        if key not in known:
            continue  # a field from another version: ignored, not fatal
        where = f"meta.{key}"
        if key == "session":
            if value is not None:
                _expect(value, int, where)
        elif key == "agenda":
            value = [
                AgendaItem(
                    _expect(_expect(item, dict, f"{where}[{i}]").get("number", ""), str, f"{where}[{i}].number"),
                    [_expect(t, str, f"{where}[{i}].titles") for t in _expect(item.get("titles", []), list, f"{where}[{i}].titles")],
                )
                for i, item in enumerate(_expect(value, list, where))
            ]
        elif key == "adoption":
            if value is not None:
                _expect(value, dict, where)
                value = Adoption(**{k: _expect(v, str, f"{where}.{k}") for k, v in value.items() if k in Adoption.__dataclass_fields__})
        elif key == "sponsors_note":
            _expect(value, bool, where)
        else:
            _expect(value, str, where)
        setattr(meta, key, value)
    return meta


def draft_from_json(data) -> Draft:
    _expect(data, dict, "the file")
    if data.get("format") != FORMAT:
        raise _Shape(f"it is not a Draftapp draft (format is {data.get('format')!r})")
    version = data.get("version")
    _expect(version, int, "version")
    if version > VERSION:
        raise _Shape(
            f"it was saved by a newer Draftapp (file version {version}, this one reads up to {VERSION}); "
            "update Draftapp to open it"
        )
    draft = _body_from_json(data.get("draft"), "draft")
    if data.get("base") is not None:
        base = _expect(data["base"], dict, "base")
        draft.base = Base(
            draft=_body_from_json(base.get("draft"), "base.draft"),
            source=_expect(base.get("source", ""), str, "base.source"),
            date=_expect(base.get("date", ""), str, "base.date"),
        )
    for i, v in enumerate(_expect(data.get("versions", []), list, "versions")):
        where = f"versions[{i}]"
        _expect(v, dict, where)
        draft.versions.append(Version(
            name=_expect(v.get("name"), str, where + ".name"),
            date=_expect(v.get("date", ""), str, where + ".date"),
            draft=_body_from_json(v.get("draft"), where + ".draft"),
        ))
    if data.get("negotiation") is not None:
        from draftapp.io import negotiation_json

        draft.negotiation = negotiation_json.from_json(data["negotiation"], _expect, _runs, _Shape)
    return draft


def _body_from_json(body, where: str) -> Draft:
    """One draft's content: the main draft, or a snapshot (`where` names it in errors)."""
    body = _expect(body, dict, where)
    prefix = "" if where == "draft" else where + "."
    try:
        return _content_from_json(body)
    except _Shape as e:
        raise _Shape(prefix + str(e)) from None


def _content_from_json(body: dict) -> Draft:
    language = _expect(body.get("language", "en"), str, "language")
    if language not in LANGUAGES:
        raise _Shape(f"unknown language {language!r}")
    draft = Draft(
        language=language,
        meta=_meta_from_json(body.get("meta", {})),
        sponsors=[_expect(s, str, f"sponsors[{i}]") for i, s in enumerate(_expect(body.get("sponsors", []), list, "sponsors"))],
        preamble=[_paragraph_from_json(p, f"preamble[{i}]") for i, p in enumerate(_expect(body.get("preamble", []), list, "preamble"))],
        operative=[_paragraph_from_json(p, f"operative[{i}]") for i, p in enumerate(_expect(body.get("operative", []), list, "operative"))],
        footnotes=[
            Footnote(id=_expect(_expect(f, dict, f"footnotes[{i}]").get("id"), str, f"footnotes[{i}].id"), runs=_runs(f.get("runs", []), f"footnotes[{i}].runs"))
            for i, f in enumerate(_expect(body.get("footnotes", []), list, "footnotes"))
        ],
        annexes=_annexes_from_json(body),
        unplaced=[_expect(t, str, "unplaced") for t in _expect(body.get("unplaced", []), list, "unplaced")],
    )
    if "footnote_repeats" not in body.get("meta", {}):  # a file older than the field
        footnote_repeats.set_detected(draft, ibid_test(language))
    return draft


def loads(text: str, path: str | Path | None = None) -> Draft:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        stripped = text.rstrip()
        cut_short = stripped.startswith("{") and not stripped.endswith("}")
        hint = " (the file looks cut short)" if cut_short else ""
        raise DraftIOError(path, f"not a valid draft file: damaged JSON at line {e.lineno}, column {e.colno}{hint}") from None
    try:
        return draft_from_json(data)
    except _Shape as e:
        raise DraftIOError(path, f"not a valid draft file: {e}") from None


def load(path: str | Path) -> Draft:
    path = Path(path)
    checked_size(path, MAX_BYTES, "any draft file")
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise DraftIOError(path, e.strerror or str(e)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DraftIOError(path, "not a valid draft file: it is not UTF-8 text") from None
    return loads(text, path)


def save(draft: Draft, path: str | Path) -> None:
    """Write atomically: the old file stays whole until the new one is complete."""
    path = Path(path)
    data = dumps(draft).encode("utf-8")
    atomic_write(path, data)
