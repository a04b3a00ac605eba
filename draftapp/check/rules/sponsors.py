"""Sponsors: the same State twice, names not on the list of Member and observer States
in the draft's language (draftapp.lang.states), the order of the list, and the State of
Palestine last. Diagnostics sit in part "sponsors" with span (i, i + 1), i the position.
"""

from __future__ import annotations

import difflib

from draftapp.check.context import Context
from draftapp.check.data import load
from draftapp.check.diagnostic import ERROR, INFO, WARNING, Diagnostic, Fix
from draftapp.check.text import is_placeholder, show
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
        if not is_state(name, code):
            yield _unknown(ctx, i, name)
    yield from _order(ctx, sponsors)


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
        i = palestine[-1]
        rest = sponsors[:i] + sponsors[i + 1:]
        yield Diagnostic(
            PALESTINE, WARNING, "sponsors", None, (i, i + 1),
            f"{show(sponsors[i])}, an observer State, comes last in the list of sponsors.",
            Fix("Move it to the end", lambda draft, rest=rest, name=sponsors[i]: SetSponsors(rest + [name])),
        )
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
