"""Dates in the UN form of each language: find them in text, read them, write them.

The forms, month names and the other ways people write dates are data
(resources/check/dates.json); this module turns them into regular expressions.
"""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from draftapp.check.data import for_language, load


#: A date of the United Nations' time holds one of these (its year, 19xx or 20xx).
YEAR_CUES = ("19", "20")


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    text: str
    year: int
    month: int
    day: int

    @property
    def valid(self) -> bool:
        try:
            datetime.date(self.year, self.month, self.day)
        except ValueError:
            return False
        return True


class DateForms:
    def __init__(self, code: str):
        data = for_language("dates", code)
        self.code = code
        self.form: str = data["form"]
        self.months: list[str] = data.get("months", [])
        self.day_one: str | None = data.get("day_one")
        self.numeric_month: bool = data.get("numeric_month", False)
        self.ignore_spaces: bool = data.get("ignore_spaces", False)
        abbreviations = data.get("abbreviations", {})
        if isinstance(abbreviations, list):
            abbreviations = {name: i + 1 for i, name in enumerate(abbreviations)}
        self.month_number = {name.casefold(): i + 1 for i, name in enumerate(self.months)}
        self.month_number.update({name.casefold(): n for name, n in abbreviations.items()})

        def names(items) -> str:
            return "|".join(re.escape(n) for n in sorted(items, key=len, reverse=True)) or "(?!)"

        sources = list(data.get("variants", [])) + list(load("dates").get("common_variants", []))
        self.variants = [
            re.compile(v.replace("{months}", names(self.months)).replace("{abbreviations}", names(abbreviations)), re.I)
            for v in sources
        ]

    def find(self, text: str) -> list[FoundDate]:
        """Every date written in any known way, longest first where two overlap."""
        if not any(cue in text for cue in YEAR_CUES):
            return []  # every form has a year of the UN's time: most paragraphs stop here
        found: list[FoundDate] = []
        # the spans taken so far, disjoint, sorted by start: an overlap test is a
        # binary search, not a scan (a paragraph of thousands of dates stays linear)
        starts: list[int] = []
        ends: list[int] = []
        for pattern in self.variants:
            for m in pattern.finditer(text):
                i = bisect.bisect_left(starts, m.end())  # spans starting before this one ends
                if i and ends[i - 1] > m.start():
                    continue
                date = self._read(m)
                if date is not None:
                    found.append(date)
                    starts.insert(i, m.start())
                    ends.insert(i, m.end())
        return sorted(found, key=lambda d: d.start)

    def _read(self, m: re.Match) -> FoundDate | None:
        month = m.group("month")
        number = int(month) if month.isdigit() else self.month_number.get(month.casefold())
        day = m.group("day")
        day = 1 if self.day_one and day == self.day_one else int(day)
        if number is None:
            return None
        return FoundDate(m.start(), m.end(), m.group(0), int(m.group("year")), number, day)

    def render(self, year: int, month: int, day: int) -> str:
        if not 1 <= month <= 12:
            raise ValueError(f"no month {month}")
        name = str(month) if self.numeric_month else self.months[month - 1]
        shown_day = self.day_one if day == 1 and self.day_one else str(day)
        return self.form.format(day=shown_day, month=name, year=year)

    def same(self, written: str, rendered: str) -> bool:
        if self.ignore_spaces:
            return re.sub(r"\s+", "", written) == re.sub(r"\s+", "", rendered)
        return written == rendered

    def pattern(self) -> str:
        """A regular expression (no groups) for a date in the language's own form."""
        alternatives = "|".join(f"(?:{p.pattern})" for p in self.variants[:1])
        return re.sub(r"\(\?P<\w+>", "(?:", alternatives)


@lru_cache(maxsize=None)
def date_forms(code: str) -> DateForms:
    return DateForms(code)


def dates_in(node, code: str) -> list[FoundDate]:
    """The dates of a check Node's text, found once per text for all the rules."""
    found = node.memo.get("dates")
    if found is None:
        found = node.memo["dates"] = date_forms(code).find(node.flat)
    return found
