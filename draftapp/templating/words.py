"""The words and document facts templates need, read from resources/templating/.

`documents()` says which template renders each document type, for which organs, and
how each organ's symbols are built; `words(lang)` holds what differs by language
beyond resources/lang (placeholders, paragraph patterns, closing paragraphs, dates).
"""

from __future__ import annotations

import json
from functools import lru_cache

from draftapp.paths import RESOURCES

_DIR = RESOURCES / "templating"


@lru_cache(maxsize=None)
def documents() -> dict:
    return json.loads((_DIR / "documents.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def words(language: str) -> dict:
    return json.loads((_DIR / f"{language}.json").read_text(encoding="utf-8"))


def family(organ: str) -> str:
    """"ga" for the General Assembly and its Main Committees, "council" for the rest:
    the grammatical subject that paragraph openings agree with."""
    return "ga" if organ == "ga" or organ.startswith("ga-") else "council"


def pick(table: dict, organ: str):
    """The entry for `organ`, else for its family, else the default (None if none)."""
    for key in (organ, family(organ), "default"):
        if key in table:
            return table[key]
    return None


def document_types() -> dict[str, dict]:
    return dict(documents()["types"])


def document_type_for(organ: str, kind: str) -> str:
    """The document type that makes a `kind` for `organ`, e.g. ("ga-c3", "draft-resolution")
    -> "committee-draft-resolution"."""
    for name, spec in documents()["types"].items():
        if spec["kind"] == kind and organ in spec["organs"]:
            return name
    raise KeyError((organ, kind))


def template_for(organ: str, kind: str) -> str:
    return documents()["types"][document_type_for(organ, kind)]["template"]
