"""Rule data from resources/check/<name>.json: words, patterns and forms per language."""

from __future__ import annotations

import json
from functools import lru_cache

from draftapp.paths import RESOURCES


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    with open(RESOURCES / "check" / f"{name}.json", encoding="utf-8") as fh:
        return json.load(fh)


def for_language(name: str, code: str) -> dict:
    """The entry of `code` in resources/check/<name>.json ({} when the language has none)."""
    return load(name).get(code, {})
