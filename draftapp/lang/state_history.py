"""State names as they were on a date: the changes of name at the United Nations, with
the date and source of each, and other forms issued sponsor lists use
(resources/state_name_changes.json).

    on_date(name, language, start, end=None) -> NameOnDate | None
        None when `name` is neither a former name nor a listed form; otherwise what the
        name is in a document of a date between `start` and `end` (datetime.date; the
        document's date, or the months of its session when only that is known; None
        for today): a former name is right when the document may predate the change.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache

from draftapp.lang.states import _key, find_state
from draftapp.paths import RESOURCES


@dataclass(frozen=True)
class NameOnDate:
    """valid: whether the name is right on the date; current: the name the list of Member
    States uses (in the language asked); severity: None when valid, "info" for a form
    issued lists use beside the list's, "warning" for a former name after its change;
    since/source: the change's date and source (None for a form)."""

    valid: bool
    current: str
    severity: str | None
    since: dt.date | None = None
    source: str = ""


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads((RESOURCES / "state_name_changes.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _former(language: str) -> dict[str, dict]:
    table = {}
    for change in _data()["changes"]:
        names = [change["old"].get(language)] + change.get("old_variants", {}).get(language, [])
        for name in names:
            if name:
                table[_key(name)] = change
    return table


def _state_name(english: str, language: str) -> str:
    state = find_state(english)
    return state[language] if state else english


def change_of(state_english: str) -> dict | None:
    """The recorded change of name of a State (by its current English name), or None."""
    return next((c for c in _data()["changes"] if c["state"] == state_english), None)


def on_date(name: str, language: str, start: dt.date | None = None, end: dt.date | None = None) -> NameOnDate | None:
    day = start or dt.date.today()
    change = _former(language).get(_key(name))
    if change is not None:
        since = dt.date.fromisoformat(change["date"])
        current = _state_name(change["state"], language)
        if day < since:
            return NameOnDate(True, current, None, since, change["source"])
        return NameOnDate(False, current, "warning", since, change["source"])
    for form in _data()["forms"]:
        if _key(form["name"]) == _key(name) and language == "en":
            current = _state_name(form["state"], language)
            return NameOnDate(form["severity"] is None, current, form["severity"], None, form["source"])
    return None


def new_name_too_early(name: str, language: str, start: dt.date | None, end: dt.date | None = None) -> NameOnDate | None:
    """A State's new name used in a document dated before the change: what it was called."""
    day = end or start
    if day is None:
        return None
    state = find_state(name)
    if state is None:
        return None
    change = change_of(state["en"])
    if change is None or _key(state[language]) != _key(name):
        return None
    since = dt.date.fromisoformat(change["date"])
    old = change["old"].get(language)
    if day >= since or not old or _key(old) == _key(name):
        return None
    return NameOnDate(False, old, "info", since, change["source"])


def is_state_name(name: str) -> bool:
    """Whether `name` names a State in any language: its list name, a former name or a
    form issued lists use (for readers cutting a sponsor line into names)."""
    if find_state(name) is not None:
        return True
    key = _key(name)
    return any(key in _former(code) for code in ("en", "fr", "es", "ru", "zh", "ar")) or any(
        _key(form["name"]) == key for form in _data()["forms"]
    )
