"""Sponsors: the same State twice, names not on the list of Member and observer States
in the draft's language (draftapp.lang.states), the order of the list, and the State of
Palestine last. Diagnostics sit in part "sponsors" with span (i, i + 1), i the position.
"""

from __future__ import annotations

import datetime as dt
import difflib

from draftapp.check.context import Context
from draftapp.check.data import load
from draftapp.check.diagnostic import ERROR, INFO, WARNING, Diagnostic, Fix
from draftapp.check.text import is_placeholder, show
from draftapp.lang.state_history import new_name_too_early, on_date
from draftapp.lang.states import find_state, is_state, sort_key, state_names
from draftapp.model import SetSponsors

DUPLICATE = "sponsors.duplicate"
UNKNOWN = "sponsors.unknown"
ORDER = "sponsors.order"
PALESTINE = "sponsors.palestine-last"

_PALESTINE = "State of Palestine"


def _identity(name: str):
    state = find_state(name)
    return state["en"] if state else " ".join(name.split()).casefold()


def _replace(index: int, name: str):
    def make(draft):
        sponsors = list(draft.sponsors)
        sponsors[index] = name
        return SetSponsors(sponsors)

    return make


def _without(index: int):
    def make(draft):
        return SetSponsors(draft.sponsors[:index] + draft.sponsors[index + 1:])

    return make


def check_meta(ctx: Context):
    sponsors = ctx.draft.sponsors
    code = ctx.code
    seen: dict[str, int] = {}
    for i, name in enumerate(sponsors):
        if is_placeholder(name):
            continue  # reported by the placeholder rule
        key = _identity(name)
        if key in seen:
            yield Diagnostic(
                DUPLICATE, ERROR, "sponsors", None, (i, i + 1),
                f"{show(name)} is already a sponsor (number {seen[key] + 1} in the list).",
                Fix(f"Remove the second {show(name)}", _without(i)),
            )
            continue
        seen[key] = i
        start, end = _document_dates(ctx)
        if not is_state(name, code):
            then = on_date(name, code, start, end)
            if then is None:
                yield _unknown(ctx, i, name)
            elif not then.valid:
                yield _renamed(i, name, then)
        else:
            early = new_name_too_early(name, code, start, end)
            if early is not None:
                yield Diagnostic(
                    UNKNOWN, INFO, "sponsors", None, (i, i + 1),
                    f"{show(name)} is the UN name since {_day(early.since)}; before, the State was {show(early.current)}.",
                )
    yield from _order(ctx, sponsors)


def _document_dates(ctx: Context) -> tuple[dt.date | None, dt.date | None]:
    """The document's date, or the months of its session (a General Assembly session N
    runs from September 1945 + N to September 1946 + N), or (None, None): today."""
    meta = ctx.draft.meta
    try:
        if meta.date:
            day = dt.date.fromisoformat(meta.date)
            return day, day
    except ValueError:
        pass
    if meta.session and meta.organ not in ("sc", "hrc", "ecosoc"):
        return dt.date(1945 + meta.session, 9, 1), dt.date(1946 + meta.session, 9, 1)
    return None, None


def _day(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


def _renamed(i: int, name: str, then) -> Diagnostic:
    if then.since is None:  # a form issued lists use beside the list's
        return Diagnostic(
            UNKNOWN, INFO, "sponsors", None, (i, i + 1),
            f"{show(name)} occurs in issued lists; the list of Member States writes {show(then.current)}.",
            Fix(f"Write {show(then.current)}", _replace(i, then.current)),
        )
    return Diagnostic(
        UNKNOWN, WARNING, "sponsors", None, (i, i + 1),
        f"{show(name)} is the State's former name: the UN writes {show(then.current)} since {_day(then.since)}.",
        Fix(f"Write {show(then.current)}", _replace(i, then.current)),
    )


def _unknown(ctx: Context, i: int, name: str) -> Diagnostic:
    state = find_state(name)
    if state is not None:
        right = state[ctx.code]
        return Diagnostic(
            UNKNOWN, WARNING, "sponsors", None, (i, i + 1),
            f"{show(name)} is not the name this language uses: the UN name is {show(right)}.",
            Fix(f"Write {show(right)}", _replace(i, right)),
        )
    close = difflib.get_close_matches(name, state_names(ctx.code), n=1, cutoff=load("sponsors")["close_match"])
    if close:
        return Diagnostic(
            UNKNOWN, WARNING, "sponsors", None, (i, i + 1),
            f"{show(name)} is not on the list of Member and observer States: did you mean {show(close[0])}?",
            Fix(f"Write {show(close[0])}", _replace(i, close[0])),
        )
    return Diagnostic(
        UNKNOWN, WARNING, "sponsors", None, (i, i + 1),
        f"{show(name)} is not on the list of Member and observer States under its UN name.",
    )


def _order(ctx: Context, sponsors: list[str]):
    if len(sponsors) < 2 or any(is_placeholder(n) for n in sponsors):
        return
    code = ctx.code
    wanted = sorted(sponsors, key=lambda n: sort_key(n, code))
    if wanted == sponsors:
        return
    palestine = [i for i, n in enumerate(sponsors) if _identity(n) == _PALESTINE]
    if palestine and palestine[-1] != len(sponsors) - 1:
        # Issued lists put the State of Palestine, an observer State, last or in its
        # alphabetical place: either is accepted, the place last is only suggested.
        i = palestine[-1]
        rest = sponsors[:i] + sponsors[i + 1:]
        alphabetical = sorted(sponsors, key=lambda n: sort_key(n, code)[1:]) == sponsors
        yield Diagnostic(
            PALESTINE, INFO if alphabetical else WARNING, "sponsors", None, (i, i + 1),
            f"{show(sponsors[i])}, an observer State, comes last in the list of sponsors"
            + (" (or, as here, in its alphabetical place)." if alphabetical else "."),
            Fix("Move it to the end", lambda draft, rest=rest, name=sponsors[i]: SetSponsors(rest + [name])),
        )
        if alphabetical:
            return
        sponsors = rest + [sponsors[i]]
        if wanted == sponsors:
            return
    i = next(k for k, (a, b) in enumerate(zip(sponsors, wanted)) if a != b)
    seen = code in load("sponsors")["order_seen"]
    yield Diagnostic(
        ORDER, WARNING if seen else INFO, "sponsors", None, (i, i + 1),
        f"The sponsors are not in the order of the list of Member States: {show(wanted[i])} comes "
        f"before {show(sponsors[i])}.",
        Fix("Put the sponsors in order", lambda draft: SetSponsors(sorted(draft.sponsors, key=lambda n: sort_key(n, draft.language)))),
    )
