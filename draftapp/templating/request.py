"""What a new draft is made from: the fields of `draftapp new` and of the New dialog.

`NewDraftRequest.checked()` turns what the user typed into clean values or raises
NewDraftError with a message saying which field to fix; `to_dict`/`from_dict` carry a
request to the worker process that renders user templates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field, replace

from draftapp.lang import LANGUAGES
from draftapp.lang.ordinals import MAX_SESSION
from draftapp.lang.states import find_state
from draftapp.model import KINDS, ORGANS, AgendaItem
from draftapp.templating.errors import NewDraftError
from draftapp.templating.words import document_type_for, documents


#: Characters that are markup on a masthead line of the text dialect, so cannot be kept there.
_MARKUP = re.compile(r"[*\\]|^#")
#: An agenda item number as the UN writes it: "126", "126 (v)", "19(b)".
_AGENDA_NUMBER = re.compile(r"^\d{1,3}\s?(\([a-z]{1,6}\))?$")


def _one_line(text: str) -> str:
    """A field goes on one line of the text dialect: newlines and runs of spaces become one space."""
    return re.sub(r"\s+", " ", text or "").strip()


def agenda_items(numbers: list[str], titles: list[str]) -> list[AgendaItem]:
    """Agenda items from their numbers and title lines: with one number every title line
    is its own; with several, the lines go one to each item in order (the rest to the last)."""
    items = [AgendaItem(n.strip()) for n in numbers if n.strip()] or ([AgendaItem("")] if titles else [])
    if len(items) == 1:
        items[0].titles = list(titles)
    else:
        for i, title in enumerate(titles):
            items[min(i, len(items) - 1)].titles.append(title)
    return items


@dataclass
class NewDraftRequest:
    organ: str = "ga"
    language: str = "en"
    kind: str = "draft-resolution"
    session: int | None = None
    agenda: list[AgendaItem] = field(default_factory=list)
    title: str = ""
    sponsors: list[str] = field(default_factory=list)
    symbol: str = ""
    date: dt.date | None = None
    year: int | None = None  # of the symbol, for organs whose symbols carry a year (S/2026/…)
    revision: int = 1  # the n of …/Rev.n for a revised draft
    next_session: int | None = None  # the session the closing paragraph names (default: the next)
    provisional_agenda: str = ""  # symbol of the provisional agenda, before the agenda is adopted
    footnote_repeats: str = "new"  # a repeated source: a "new" footnote with the same text (current practice) or the "same" number

    @property
    def document_type(self) -> str:
        return document_type_for(self.organ, self.kind)

    def checked(self) -> "NewDraftRequest":
        """A copy with clean values, or NewDraftError naming the field to fix."""
        if self.organ not in ORGANS:
            raise NewDraftError(f"unknown organ {self.organ!r}: expected one of {', '.join(ORGANS)}")
        if self.language not in LANGUAGES:
            raise NewDraftError(f"unknown language {self.language!r}: expected one of {', '.join(LANGUAGES)}")
        if self.footnote_repeats not in ("new", "same"):
            raise NewDraftError(f"unknown footnote repetition style {self.footnote_repeats!r}: expected new or same")
        if self.kind not in KINDS:
            raise NewDraftError(f"unknown kind {self.kind!r}: expected one of {', '.join(KINDS)}")
        try:
            self.document_type
        except KeyError:
            raise NewDraftError(f"there is no template for a {self.kind} of organ {self.organ!r}") from None
        needs_session = self.organ in documents()["needs_session"]
        for name in ("session", "next_session"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_SESSION):
                raise NewDraftError(f"the {name.replace('_', ' ')} must be a number from 1 to {MAX_SESSION}, not {value!r}")
        if needs_session and self.session is None:
            raise NewDraftError(f"a draft for organ {self.organ!r} needs its session number (for example 71)")
        if self.revision < 1:
            raise NewDraftError(f"the revision number must be 1 or more, not {self.revision}")
        date = self.date or dt.date.today()
        next_session = self.next_session
        if next_session is None and self.session is not None:
            next_session = min(self.session + 1, MAX_SESSION)
        agenda = [
            AgendaItem(_one_line(item.number), [_one_line(t) for t in item.titles if _one_line(t)])
            for item in self.agenda
            if _one_line(item.number) or any(_one_line(t) for t in item.titles)
        ]
        for item in agenda:
            if item.number and not _AGENDA_NUMBER.match(item.number):
                raise NewDraftError(f"{item.number!r} is not an agenda item number: write it like 126 or 126 (v)")
        self._check_markup("title", [self.title])
        self._check_markup("agenda item title", [t for item in agenda for t in item.titles])
        self._check_markup("sponsor", self.sponsors)
        return replace(
            self,
            session=self.session if needs_session or self.organ == "ecosoc" else None,
            agenda=agenda if self.organ in documents()["has_agenda"] else [],
            title=_one_line(self.title),
            sponsors=[self._sponsor_name(s) for s in self.sponsors if _one_line(s)],
            symbol=_one_line(self.symbol),
            provisional_agenda=_one_line(self.provisional_agenda),
            date=date,
            year=self.year or date.year,
            next_session=next_session,
        )

    @staticmethod
    def _check_markup(field: str, values: list[str]) -> None:
        for value in values:
            if _MARKUP.search(_one_line(value)):
                raise NewDraftError(
                    f"the {field} {_one_line(value)!r} holds * or \\ or starts with #, which the draft's text form "
                    "uses as markup: leave them out here and add them in the editor"
                )

    def _sponsor_name(self, name: str) -> str:
        """A State's name in the draft's language, whichever official language it was typed in."""
        state = find_state(_one_line(name))
        return state[self.language] if state else _one_line(name)

    # --- for the worker process -----------------------------------------------------
    def to_dict(self) -> dict:
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "NewDraftRequest":
        data = dict(data)
        data["agenda"] = [AgendaItem(item["number"], list(item["titles"])) for item in data.get("agenda", [])]
        if data.get("date"):
            data["date"] = dt.date.fromisoformat(data["date"])
        return cls(**data)
