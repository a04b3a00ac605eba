"""The Document pane's date as a delegate writes it: "27 November 2026" (the masthead's
own form), or the form of the draft's language, read as yyyy-mm-dd. Typed that way on a
real X display, the date was refused and the words typed were thrown away."""

from __future__ import annotations

from draftapp.check.dates import date_forms


def iso_date(text: str, language: str) -> str | None:
    """yyyy-mm-dd for a whole text that is one valid date in a known written form."""
    text = text.strip()
    for code in dict.fromkeys(("en", language)):
        found = date_forms(code).find(text)
        if len(found) == 1 and found[0].valid and found[0].text.strip() == text:
            d = found[0]
            return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    return None
