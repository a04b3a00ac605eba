"""Whether a footnote refers to the note before it ("Ibid.", "同上", "Там же"); the
forms per language are in resources/lang/ibid.json."""

from __future__ import annotations

import json
from functools import lru_cache

from draftapp.paths import RESOURCES


@lru_cache(maxsize=None)
def _forms(language: str) -> tuple[str, ...]:
    data = json.loads((RESOURCES / "lang" / "ibid.json").read_text(encoding="utf-8"))
    return tuple(form.casefold() for form in data.get(language, []))


def is_ibid(language: str, text: str) -> bool:
    """Whether `text` (a footnote's) opens with the language's "Ibid." or "Idem"."""
    start = text.strip().casefold()
    return any(start.startswith(form) and start[len(form):len(form) + 1] in ("", ".", ",", " ", "，", "。", "、", "،") for form in _forms(language))


def ibid_test(language: str):
    """`is_ibid` for one language, for model.footnote_repeats' `ignore`."""
    return lambda text: is_ibid(language, text)
