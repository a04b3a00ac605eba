"""The Akoma Ntoso naming convention as the UN's guidelines (AKN4UN) apply it to
resolutions: `/akn/un/statement/deliberation/un-ga/2018-10-29/73-7` for the Work,
`/eng@` after it for the English Expression, `/!main.xml` for the Manifestation.

A draft has no resolution number yet: its Work gets a temporary number made from its
symbol ("a-80-l-9") and the symbol itself as an FRBRalias, as the guidelines ask.
"""

from __future__ import annotations

import re

from draftapp.io.pdftext.words import iso_date
from draftapp.model import Draft

#: ISO 639-2/B codes of the six official languages, as the naming convention uses them.
LANGUAGE_CODES = {"ar": "ara", "zh": "zho", "en": "eng", "fr": "fra", "ru": "rus", "es": "spa"}
#: The deliberating body of each organ code (a Main Committee's draft is the Assembly's).
AUTHORS = {"ga": "un-ga", "sc": "un-sc", "ecosoc": "un-ecosoc", "hrc": "un-hrc"}


def author(organ: str) -> str:
    return AUTHORS.get(organ.split("-")[0], "un-ga")


def work_number(draft: Draft) -> str:
    """"73-7" for resolution 73/7; a temporary number from the symbol for a draft;
    "draft" when there is neither."""
    adoption = draft.meta.adoption
    if adoption is not None and adoption.number:
        return _slug(adoption.number)
    if draft.meta.symbol:
        return _slug(draft.meta.symbol)
    return "draft"


def work_date(draft: Draft) -> str:
    """The Work's date (ISO): a resolution's adoption date, a draft's issue date, or
    0001-01-01 when neither is known yet (a new draft)."""
    adoption = draft.meta.adoption
    if adoption is not None:
        for line in (adoption.meeting_line, adoption.adopted_line):
            found = iso_date(line, draft.language) if line else ""
            if found:
                return found
    return draft.meta.date or "0001-01-01"


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "-", text.lower()).strip("-") or "draft"


def uris(draft: Draft, adoption_date: str | None = None) -> dict[str, str]:
    """The FRBR URIs of the Work, Expression and Manifestation."""
    date = adoption_date or work_date(draft)
    work = f"/akn/un/statement/deliberation/{author(draft.meta.organ)}/{date}/{work_number(draft)}"
    expression = f"{work}/{LANGUAGE_CODES[draft.language]}@"
    return {
        "work": work,
        "work_this": f"{work}/!main",
        "expression": expression,
        "expression_this": f"{expression}/!main",
        "manifestation": f"{expression}.akn",
        "manifestation_this": f"{expression}/!main.xml",
    }
