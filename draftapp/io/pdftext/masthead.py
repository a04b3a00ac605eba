"""The masthead of a PDF-copied text: everything above the organ line.

Official PDFs give one fact a line; web copies run several facts together on one line
("General Assembly Distr.: General 12 November 2025"), so each line is peeled fact by
fact from its start. What is left of a line is text: the agenda item's title, the
sponsors, the document's title, or the adoption lines of a resolution.
"""

from __future__ import annotations

import datetime as dt

import re
from dataclasses import dataclass, field

from draftapp.io.pdftext.layout import fold
from draftapp.io.pdftext.words import common, iso_date, words
from draftapp.io.text.reader import join_lines
from draftapp.lang import Language, apostrophes
from draftapp.lang.ordinals import session_number
from draftapp.lang.state_history import is_state_name
from draftapp.model import Adoption, AgendaItem, Metadata


_ADOPTED_ON = re.compile(r"[(（][^)）]*\b[A-Z]/[A-Z0-9]")


@dataclass
class Masthead:
    meta: Metadata = field(default_factory=Metadata)
    sponsors: list[str] = field(default_factory=list)
    sponsor_stars: str = ""  # the "*" or "**" after the sponsors, naming their note
    agenda_stars: str = ""  # the "*" after "of the provisional agenda"
    unplaced: list[str] = field(default_factory=list)  # masthead text no fact took


def _blocks(lines: list[str]) -> list[list[str]]:
    blocks, current = [], []
    for line in lines + [""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(current)
            current = []
    return blocks


def _agenda_res(lang: Language) -> list[tuple[re.Pattern, bool]]:
    """Patterns of "Agenda item 74", "Agenda items 12 and 14", "Item 35 of the provisional
    agenda*" in the language, each with whether it names the provisional agenda."""
    number = r"\d{1,3}(?:\s?\(?[a-z]{1,4}\))?"
    numbers = rf"(?P<numbers>{number}(?:\s*(?:,|and|et|y|и|和|、|و)\s*{number})*)"
    forms = []
    for key in ("provisional_agenda", "agenda_plural", "agenda"):
        before, _, after = lang.data[key].replace("*", "").partition("{}")
        forms.append(apostrophes.pattern(before.strip()) + r"\s*" + numbers
                     + (r"\s*" + apostrophes.pattern(after.strip()) if after.strip() else "")
                     + r"(?P<stars>\*{0,3})")
        forms.append((re.compile("^" + forms.pop()), key == "provisional_agenda"))
    return forms


class MastheadReader:
    def __init__(self, lang: Language):
        self.lang = lang
        self.words = words(lang.code)
        self.common = common()
        self.agenda_res = _agenda_res(lang)
        self.kind_labels = sorted(((label, kind) for kind, label in lang.kinds().items()), key=lambda kv: -len(kv[0]))
        self.organ_names = {**words("en").organ_names, **self.words.organ_names}
        self.committees = {fold(lang.committee_name(o)): o for o in lang.data["organs"] if lang.committee_name(o)}

    def read(self, lines: list[str]) -> Masthead:
        head = Masthead()
        meta = head.meta
        state = "start"
        waiting: list[str] = []  # text blocks after the agenda item, not yet placed

        def agenda_titles(blocks: list[str]) -> None:
            # blocks between the agenda item and the sponsors are the item's title lines
            if meta.agenda and blocks:
                meta.agenda[-1].titles.extend(blocks)
            blocks.clear()

        for block in _blocks(lines):
            text_lines: list[str] = []
            for line in block:
                rest, state = self._peel(line, head, state)
                if rest:
                    text_lines.append(rest)
            if not text_lines:
                if state == "agenda-title":
                    state = "after-agenda"  # the agenda item's title is in its own block
                continue
            joined = ""
            for line in text_lines:
                joined = join_lines(joined, line)
            if re.fullmatch(r"[*\u2217†\s]+", joined):
                continue  # a note mark standing alone (the "*" of a reissued document)
            if state == "agenda-title":
                agenda_titles([joined])  # the title in the agenda item's own block
                state = "after-agenda"
                continue
            if self.words.adopted_re.match(joined):
                agenda_titles(waiting)
                meta.adoption = meta.adoption or Adoption()
                meta.adoption.adopted_line = joined
                meta.kind, meta.distribution = "resolution", "General"
                continue
            # "[without reference to a Main Committee (A/80/L.9)]": a bracket naming the
            # draft or report it was adopted on -- not a placeholder such as "[Symbol]"
            if (self.words.reference_re.match(joined) or joined.startswith("[")) and _ADOPTED_ON.search(joined):
                agenda_titles(waiting)
                meta.adoption = meta.adoption or Adoption()
                meta.adoption.reference_line = joined
                continue
            number = self.words.number_re.match(joined)
            if number and state != "sponsors":
                agenda_titles(waiting)
                meta.adoption = meta.adoption or Adoption()
                meta.adoption.number = re.sub(r"\s*/\s*", "/", number.group("number"))
                meta.kind, meta.distribution = "resolution", "General"  # an adopted resolution is never "Limited"
                meta.title = (number.group("title") or "").strip()
                state = "title"
                continue
            kind = self._kind(joined)
            if kind and state != "sponsors":
                names, meta.kind = kind
                if not names.strip(":：*\u2217 ") and waiting:
                    names = waiting.pop() + names  # "A, B and C:" then "draft resolution" alone
                agenda_titles(waiting)
                self._sponsors(names, head)
                state = "sponsors"
                continue
            if state == "sponsors" or (meta.adoption and not meta.title):
                meta.title = join_lines(meta.title, joined) if meta.title else joined
                state = "sponsors"
                continue
            if state == "title":
                meta.title = join_lines(meta.title, joined)
                continue
            if state == "after-agenda" or meta.agenda:
                waiting.append(joined)
            else:
                head.unplaced.append(joined)
        agenda_titles(waiting)
        if head.agenda_stars:
            meta.provisional_agenda = meta.provisional_agenda or "*"
        return head

    # --- one line, fact by fact -----------------------------------------------------
    def _peel(self, line: str, head: Masthead, state: str) -> tuple[str, str]:
        meta, c = head.meta, self.common
        rest = line.strip()
        while rest:
            before = rest
            if state == "agenda-title" and not self._starts_fact(rest):
                return rest, state
            for name in self.words.united_nations + ["United Nations"]:
                after = rest[len(name):len(name) + 1]
                # the masthead's "United Nations", not a title line "United Nations: requests …"
                if rest.startswith(name) and not after.isalnum() and after not in (":", ",", "’", "'"):
                    rest = rest[len(name):].strip()
            for name, organ in sorted(self.organ_names.items(), key=lambda kv: -len(kv[0])):
                if rest.startswith(name) and not rest[len(name):len(name) + 1].isalnum() and state == "start":
                    meta.organ = organ if meta.organ in ("ga", organ) or organ != "ga" else meta.organ
                    rest = rest[len(name):].strip()
                    break
            if fold(rest) in self.committees:
                meta.organ = self.committees[fold(rest)]
                return "", state
            symbol = re.match(r"^(\S+)", rest)
            if symbol and c.symbol.match(symbol.group(1)):
                meta.symbol = meta.symbol or symbol.group(1).rstrip("*")
                rest = rest[symbol.end():].strip()
            m = c.distribution.match(rest)
            if m:
                meta.distribution = c.distribution_values.get(m.group("value").casefold(), "Limited")
                rest = rest[m.end():].strip()
            m = self.words.date_re.match(rest) or words("en").date_re.match(rest)
            if m and state == "start":
                meta.date = meta.date or iso_date(m.group(0), self.lang.code)
                rest = rest[m.end():].strip()
            m = re.match(r"^(?:[A-Z][a-z]+\s+)?" + c.original.pattern.lstrip("\\b"), rest)
            if m:
                meta.original_language = c.language_names.get(m.group("value"), "")
                rest = rest[m.end():].strip()
            m = re.match(r"^(?P<job>\d{2}-\d{5}\*?\s*\([A-Z]\))(?P<dates>(?:\s+\d{6})*)", rest)
            if m:
                # The bare job number, as the export writes it: the language letter and the
                # date after it are derived when the document is typeset.
                meta.job_number = meta.job_number or m.group("job")[:8]
                dates = m.group("dates").split()
                if dates and not meta.job_date:  # ddmmyy: the day the job was processed
                    day, month, year = dates[0][:2], dates[0][2:4], dates[0][4:]
                    meta.job_date = f"20{year}-{month}-{day}" if _valid_date(f"20{year}-{month}-{day}") else ""
                rest = rest[m.end():].strip()
            m = re.match(r"^\*\d{7}(?:\([A-Z]\))?\*", rest)
            if m:
                rest = rest[m.end():].strip()
            session = self._session_prefix(rest)
            numeric = re.match(getattr(self.words, "session_numeric", "(?!)"), rest)
            if numeric and not session:  # "50th session" in older mastheads
                session = (int(numeric.group("n")), numeric.end())
            if session:
                meta.session, length = session
                rest = rest[length:].strip()
            m, provisional = self._agenda(rest)
            if m:
                numbers = re.split(r"\s*(?:,|\band\b|\bet\b|\by\b|\bи\b|和|、|\bو\b)\s*", m.group("numbers"))
                meta.agenda = [AgendaItem(re.sub(r"\s+", " ", n.strip())) for n in numbers if n.strip()]
                if provisional:
                    head.agenda_stars = m.group("stars") or "*"
                rest = rest[m.end():].strip()
                state = "agenda-title"
                continue
            if rest == before:
                break
        return rest, state

    def _agenda(self, text: str) -> tuple[re.Match | None, bool]:
        for pattern, provisional in self.agenda_res:
            m = pattern.match(text)
            if m:
                return m, provisional
        return None, False

    def _starts_fact(self, text: str) -> bool:
        return bool(self._session_prefix(text) or self._agenda(text)[0] or self.words.adopted_re.match(text))

    @staticmethod
    def _session_prefix(text: str) -> tuple[int, int] | None:
        """The session named at the start of the text and the length it takes."""
        if not text:
            return None
        if re.match(r"^第\S{1,6}届", text):
            for end in range(min(len(text), 12), 2, -1):
                found = session_number(text[:end])
                if found:
                    return found[0], end
            return None
        parts = text.split(" ")
        for k in range(min(len(parts), 6), 0, -1):
            candidate = " ".join(parts[:k])
            found = session_number(candidate)
            if found:
                return found[0], len(candidate)
        return None

    def _kind(self, text: str) -> tuple[str, str] | None:
        """(the sponsors text, kind) when the text ends with a kind label."""
        plain = text.strip()
        for label, kind in self.kind_labels:
            if plain.casefold().endswith(label.casefold()):
                before = plain[: -len(label)].rstrip()
                if not before or before.endswith((":", "：", "*", "\u2217")):
                    return before, kind
        return None

    def _sponsors(self, names: str, head: Masthead) -> None:
        names = names.replace("\u2217", "*").rstrip()
        stars = re.search(r"[:：]?\s*(\*{1,3})$", names)
        if stars:
            head.sponsor_stars = stars.group(1)
            names = names[: stars.start()].rstrip()
        names = names.rstrip(":：").rstrip()
        m = re.search(r"(\*{1,3})$", names)
        if m:
            head.sponsor_stars = m.group(1)
            names = names[: m.start()].rstrip()
        head.meta.sponsors_note = bool(head.sponsor_stars)
        # a control character copied from the PDF is a space, as the names' validation
        # makes it: cut after, not before, so that "A,\x7f B" is two names
        names = _CONTROLS_AND_SPACES.sub(" ", names)
        head.sponsors = self.lang.split(names, is_state_name)


_CONTROLS_AND_SPACES = re.compile(r"[\s\x00-\x1f\x7f-\x9f]+")


def read_masthead(lines: list[str], lang: Language) -> Masthead:
    return MastheadReader(lang).read(lines)


def _valid_date(iso: str) -> bool:
    try:
        dt.date.fromisoformat(iso)
    except ValueError:
        return False
    return True
