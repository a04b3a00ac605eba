"""Paragraph labels in the text dialect, shared by the resolution's reader (reader.py)
and the annexes' (annex.py): which label opens a line and at what depth it stands.

A label's depth follows its style, not its position: the first "(a)"-style label under
a paragraph opens depth 1, a "(i)"-style one under it depth 2, and a label of a style
already open goes back to that depth. The open levels are given as a stack of items
with `part`, `label`, `style` and `indent` (the width of the line's leading spaces): the
top paragraph first, then (a), (i) ….
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from draftapp.model import OPERATIVE
from draftapp.model.numbering import alpha, alpha_value, roman, roman_value

#: a label and its text, or a label alone (a paragraph with no words yet)
NUMBERED = re.compile(r"^\s*(\d{1,3})(\.|\s-)(?:\s+(?=\S)|\s*$)")


def arabic_letters(name: str) -> str:
    """An Arabic letter label: one or two letters ("أ", "هـ"), or past the 28th item one
    letter written twice or more ("أأ", "هـهـ", "ددد", as draftapp.lang's labels count)."""
    return rf"(?:(?P<{name}>[\u0621-\u063a\u0641-\u064a]\u0640?)(?P={name}){{1,5}}|[\u0621-\u064a]{{1,2}})"


SUBPARAGRAPH = re.compile(
    r"^\s*(?:\((?P<paren>[a-z]{1,3}|[ivxlc]{1,6}|" + arabic_letters("ar_paren") + r"|\d{1,2})\)"
    r"|(?P<rparen>[a-z]{1,3}|[ivxlc]{1,6})\)"
    r"|(?P<dot>[a-z]{1,3}|[ivxlc]{1,6})\."
    r"|’(?P<quote>\d{1,2})‘"
    r"|(?P<dash>" + arabic_letters("ar_dash") + r") -)(?:\s+(?=\S)|\s*$)"
)
_ROMAN = re.compile(r"^[ivxlc]+$")
#: the Arabic fourth level, labelled like an operative paragraph ("2 -"): the writers
#: indent it, as the page does
DASH_NUMBER = re.compile(r"^\d{1,3} -$")


@dataclass(frozen=True)
class Sublevel:
    depth: int  # 1 for (a), 2 for (i) …
    label: str
    style: str
    end: int  # where the paragraph's text begins in the line


def sublevel(line: str, stack: list, indent: int | None = None) -> Sublevel | None:
    """The subparagraph label opening `line` under the open levels, or None (no label, or
    a numbered paragraph's). `indent` defaults to the line's own leading spaces."""
    if not stack:
        return None
    if indent is None:
        indent = len(line) - len(line.lstrip())
    number = NUMBERED.match(line)
    if number:
        if not arabic_fourth_level(number, stack, indent > 0):
            return None
        return Sublevel(depth_for("dash-decimal", stack), number.group(0).strip(), "dash-decimal", number.end())
    sub = SUBPARAGRAPH.match(line)
    if sub is None:
        return None
    style = label_style(sub, stack, indent)
    return Sublevel(depth_for(style, stack), sub.group(0).strip(), style, sub.end())


def written_indent(label: str, parent_label: str, siblings: int) -> str:
    """The indentation a writer gives a subparagraph whose label would read as something
    else at the margin (as the page indents it): the Arabic fourth level "2 -" (an
    operative paragraph there), and the `siblings` roman items under a letter whose next
    letter reads as one of them: under "(h)", "(i)" would be that letter; under "(hh)"
    holding "(i)", the letter "(ii)" would continue the roman items (`label_style`
    reads by indentation where both readings are possible)."""
    if DASH_NUMBER.match(label):
        return "  "
    child, parent = _core(label), _core(parent_label)
    after_parent = _next_letter(parent)
    if _ROMAN.match(child) and after_parent in (roman(1), roman(siblings + 1)) \
            and label.replace(child, "") == parent_label.replace(parent, ""):
        return "  "
    return ""


def _core(label: str) -> str:
    """"(h)" -> "h", "i." -> "i"."""
    return re.sub(r"[().\s]", "", label)


def arabic_fourth_level(number: re.Match, stack: list, indented: bool = False) -> bool:
    """Arabic labels its fourth level "1 -" like its operative paragraphs: under a
    third-level "أ -" item of an operative paragraph, a number that is not the next
    operative number is one, and so is any indented one (the writer indents the
    fourth level, as the page does: "2 -" under operative paragraph 1 is otherwise
    operative paragraph 2)."""
    if number.group(2) != " -" or not stack or not any(item.style in ("dash-abjad", "dash-decimal") for item in stack[1:]):
        return False
    if indented:
        return True
    if stack[0].part != OPERATIVE:
        return False  # under a preambular paragraph, unindented: the operative part begins
    top = re.match(r"\d+", stack[0].label or "")
    return top is None or int(number.group(1)) != int(top.group()) + 1


def label_style(sub: re.Match, stack: list, indent: int = 0) -> str:
    """The style of a subparagraph label ("paren-alpha" for "(a)", "dot-roman" for "i." …)
    under the open levels."""
    for form in ("paren", "rparen", "dot", "quote", "dash"):  # Arabic third and fourth levels: ’1‘, أ -
        value = sub.group(form)
        if value is not None:
            break
    if value.isdigit():
        return f"{form}-decimal"
    if "\u0621" <= value[0] <= "\u064a":
        return f"{form}-abjad"
    roman_key, alpha_key = f"{form}-roman", f"{form}-alpha"
    last_roman = next((item for item in reversed(stack[1:]) if item.style == roman_key), None)
    if _ROMAN.match(value) and last_roman is not None and indent >= last_roman.indent \
            and value == roman((roman_value(_core(last_roman.label)) or 0) + 1):
        return roman_key  # "(v)" after "(iv)", even under "(u)"; not shallower than "(iv)"
    if _ROMAN.match(value) and (value == "i" or len(value) > 1 or last_roman is not None):
        # A lone "(c)", "(v)" with no roman numeral before it is a letter (a copy that
        # lost "(a)", "(b)"); the letter after the open one is a letter ("(i)" after
        # "(h)", "(x)" after "(w)", "(cc)" after "(bb)"), unless indented deeper than it.
        last_alpha = next((item for item in reversed(stack[1:]) if item.style == alpha_key), None)
        if last_alpha is not None and indent <= last_alpha.indent \
                and _next_letter(_core(last_alpha.label)) == value:
            return alpha_key
        return roman_key
    return alpha_key


def _next_letter(label: str) -> str:
    """"h" -> "i", "z" -> "aa"; "" after what is no letter label."""
    value = alpha_value(label)
    return alpha(value + 1) if value else ""


def depth_for(style: str, stack: list) -> int:
    for depth, item in enumerate(stack[1:], start=1):
        if item.style == style:
            return depth
    return len(stack)
