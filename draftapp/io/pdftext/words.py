"""The words and patterns of PDF-copied text, read from resources/import/ (data, not code).

`common()` holds what every language version shares (masthead, page furniture);
`words(lang)` what differs by language (months, adoption lines, meeting lines, the
words after which a number is not a footnote citation)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from types import SimpleNamespace

from draftapp.paths import RESOURCES

IMPORT_DIR = RESOURCES / "import"


@lru_cache(maxsize=None)
def common() -> SimpleNamespace:
    data = json.loads((IMPORT_DIR / "common.json").read_text(encoding="utf-8"))
    compiled = {
        key: re.compile(data[key])
        for key in ("symbol", "symbol_in_line", "distribution", "original", "job_line", "job_alone", "job_date", "barcode",
                    "page_number", "footnote_rule", "markdown_rule", "markdown_footnote", "markdown_citation",
                    "annotation", "note_body", "old_note_body")
    }
    return SimpleNamespace(**{**data, **compiled})


@lru_cache(maxsize=None)
def words(lang: str) -> SimpleNamespace:
    data = json.loads((IMPORT_DIR / f"{lang}.json").read_text(encoding="utf-8"))
    ns = SimpleNamespace(**data)
    ns.date_re = re.compile(data["date"])
    ns.adopted_re = re.compile(data["adopted"])
    ns.reference_re = re.compile(data["reference_line"])
    ns.number_re = re.compile(data["resolution_number"])
    ns.meeting_re = re.compile(data["meeting"])
    ns.session_re = re.compile(data["session_mention"])
    ns.not_after = {w.casefold() for w in data["footnote_not_after"]}
    ns.not_before = {w.casefold() for w in data["footnote_not_before"]}
    ns.annex_re = re.compile(data.get("annex_line", "(?!)"))
    ns.weak_before = {w.casefold() for w in data.get("footnote_weak_before", [])}
    ns.weak_after = {w.casefold() for w in data.get("footnote_weak_after", [])}
    return ns


def iso_date(text: str, lang: str) -> str:
    """"9 September 2025" (in the language's form) as "2025-09-09", or "" when no date."""
    for code in (lang, "en") if lang != "en" else ("en",):
        w = words(code)
        m = w.date_re.search(text)
        if m:
            month = re.sub(r"/\s+", "/", m.group("month"))
            months = [re.sub(r"/\s+", "/", x) for x in w.months]
            if month in months:
                return f"{int(m.group('year')):04d}-{months.index(month) + 1:02d}-{int(m.group('day')):02d}"
    return ""


def format_date(iso: str, lang: str) -> str:
    """"2025-11-11" written the language's way: "11 November 2025", "2025年11月11日"."""
    year, month, day = (int(x) for x in iso.split("-"))
    w = words(lang)
    return w.date_format.format(day=day, month=w.months[month - 1], year=year)
