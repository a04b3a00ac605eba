"""Filters that put words in templates, each in the language of the draft being made.

A filter that needs the language reads `language` from the template context, so a
template writes `{{ session|session }}` and gets "Seventy-first session" or "第七十一届会议".
"""

from __future__ import annotations

import datetime as dt
import re

from babel.dates import format_date
from jinja2 import pass_context

from draftapp.lang import get_language
from draftapp.lang.ordinals import session_name
from draftapp.lang.states import sort_key
from draftapp.templating.words import pick, words


def session_heading(language: str, number: int) -> str:
    """"Seventy-first session", "第七十一届会议" …: the masthead's session line."""
    return session_name(language, number)


def session_in_sentence(language: str, number: int) -> str:
    """The session as it stands inside a sentence ("its seventy-second session",
    "своей семьдесят второй сессии", "لدورتها الثانية والسبعين"), by the language's rules
    in resources/templating/<lang>.json."""
    text = session_name(language, number)
    rules = words(language)["session_in_sentence"]
    if rules.get("lowercase_first"):
        text = text[:1].lower() + text[1:]
    for pattern, replacement in rules.get("replace", []):
        text = re.sub(pattern, replacement, text)
    return text


def un_date(language: str, value: dt.date | str) -> str:
    """A date as UN documents of the language write it ("2 December 2004",
    "2 декабря 2004 года", "2004 年 12 月 2 日", "2 كانون الأول/ديسمبر 2004")."""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    rule = words(language)["date"]
    text = format_date(value, rule["pattern"], locale=rule["locale"])
    if "months" in rule:
        text = text.replace("{month}", rule["months"][value.month - 1])
    if "{day}" in text:
        text = text.replace("{day}", rule.get("days", {}).get(str(value.day), str(value.day)))
    return text


def ordered_sponsors(language: str, names: list[str]) -> list[str]:
    """Sponsors in the order UN documents of the language list them (State of Palestine last)."""
    return sorted(names, key=lambda name: sort_key(name, language))


def sponsor_list(language: str, names: list[str]) -> str:
    """"Armenia, Belarus and Tajikistan", "亚美尼亚、白俄罗斯和塔吉克斯坦"."""
    return get_language(language).join(ordered_sponsors(language, names))


def quoted(language: str, text: str) -> str:
    punct = get_language(language).punct
    return f"{punct.open_quote}{text}{punct.close_quote}"


def operative_label(language: str, number: int) -> str:
    """"1." or, in Arabic, "1 -"."""
    return get_language(language).data["labels"]["operative"].format(number)


# --- jinja2 wrappers: the language comes from the context --------------------------------


def _bind(function):
    @pass_context
    def filter_(context, *args):
        return function(context["language"], *args)

    filter_.__name__ = function.__name__
    filter_.__doc__ = function.__doc__
    return filter_


@pass_context
def paragraph(context, part: str, last: bool = False) -> str:
    """The placeholder paragraph of a part ("preamble", "operative", "decision") for the
    organ; `last=True` ends an operative paragraph as the last of the text (". " not ";")."""
    table = words(context["language"])
    pattern = pick(table["paragraphs"][part], context["organ"])
    key = "operative" if part == "decision" else part
    text = pattern.format(text=table["placeholders"][key])
    punct = get_language(context["language"]).punct
    if last and text.endswith(punct.operative_end):
        text = text[: -len(punct.operative_end)] + punct.final_end
    return text


def _own_title(title: str | None, items: list[str]) -> bool:
    """Whether the draft has a title of its own, not the agenda item's words."""
    norm = lambda text: " ".join(text.replace("*", "").split()).rstrip(".:。：").casefold()
    if not title or "[…" in title:
        return False
    return all(norm(title) != norm(item) and not norm(title).endswith(norm(item)) for item in items)


@pass_context
def closing(context) -> str:
    """The organ's standard closing paragraph, or "" when it has none (ECOSOC)."""
    language, organ = context["language"], context["organ"]
    table = words(language)
    # The first agenda item names the item; its second title line, when it has one, is
    # the sub-item (the CSTO draft: item 126, sub-item (v)).
    titles = context["agenda"][0].titles if context["agenda"] else []
    punct = get_language(language).punct
    colons = ":" + punct.label_colon.strip() + punct.intro_end.strip()  # "Item title:" ends so in the masthead
    item_title = titles[0].rstrip().rstrip(colons).rstrip() if titles else table["placeholders"]["agenda_title"]
    subitem = organ.startswith("ga") and len(titles) > 1
    pattern = table["closing"].get("ga-subitem") if subitem else pick(table["closing"], organ)
    if not pattern:
        return ""
    quoted_items = [item_title] + ([titles[-1]] if subitem else [])
    if "{item}" in pattern and _own_title(context.get("title"), quoted_items) and "ga-continue" in table["closing"]:
        # a draft with its own title under a broader item keeps the item on the agenda
        # by continuing the question there: "including the item entitled <title>" would
        # state a title the draft does not have (and the title check would flag it)
        pattern = table["closing"]["ga-continue"]
    next_session = context.get("next_session")
    return pattern.format(
        session=session_in_sentence(language, next_session) if next_session else table["placeholders"]["number"],
        item=quoted(language, item_title),
        subitem=quoted(language, titles[-1]) if titles else "",
    )


FILTERS = {
    "session": _bind(session_heading),
    "in_sentence": _bind(session_in_sentence),
    "un_date": _bind(un_date),
    "sponsors": _bind(sponsor_list),
    "ordered": _bind(ordered_sponsors),
    "quoted": _bind(quoted),
    "op_label": _bind(operative_label),
}
GLOBALS = {"paragraph": paragraph, "closing": closing}
