"""The sponsors line of the text dialect: names joined and cut as UN lists are.

An issued sponsors line joins names with the language's separators ("A, B and C",
"A、B和C") and never marks a separator that belongs to a name: "Bosnia and
Herzegovina" or "Saint Vincent and the Grenadines" are told apart by being State names
(`Language.split` regroups the pieces into known names). A name the app holds that is
no State name may still contain a separator ("Estonia, Finland" typed as one name, a
"Korea, Republic of" style name, a 和 inside a Chinese organization's name); the writer
escapes such a separator with a backslash ("Korea\\, Republic of", as Markdown escapes
punctuation) and the reader cuts only at unescaped separators, so that what is written
reads back as the same names.
"""

from __future__ import annotations

import re
from typing import Callable

from draftapp.io.text.inline import escape
from draftapp.lang import Language

_ESCAPED = re.compile(r"\\(.)")


def _separators(lang: Language) -> list[str]:
    return sorted({lang.punct.list_separator, lang.punct.list_last}, key=len, reverse=True)


def _escape_separators(name: str, lang: Language) -> str:
    """`name` (already escaped for Markdown) with a backslash before every separator
    word that a cut could take: its core (",", "and", "和") where the spaces the
    separator needs around it are there, or could come from the joint beside it."""
    marks: set[int] = set()
    for sep in _separators(lang):
        core = sep.strip()
        if not core:
            continue
        for m in re.finditer(re.escape(core), name):
            # (at the start of a name a cut is already made: the joint before it is a
            # whole separator; at the end the joint after may lend its space)
            before = m.start() > 0 and name[m.start() - 1].isspace()
            after = m.end() == len(name) or name[m.end()].isspace()
            if (before or not sep.startswith(" ")) and (after or not sep.endswith(" ")):
                if m.start() == 0 or name[m.start() - 1] != "\\":
                    marks.add(m.start())
    return "".join("\\" + ch if i in marks else ch for i, ch in enumerate(name))


def write_sponsors(names: list[str], lang: Language, is_known: Callable[[str], bool]) -> str:
    """The names joined as the sponsors line writes them (Markdown-escaped); a
    separator inside a name that is not a known State name is escaped."""
    plain = lang.join([escape(n) if is_known(n) else _escape_separators(escape(n), lang) for n in names])
    if read_sponsors(plain, lang, is_known) != names:
        # a known name whose pieces would regroup otherwise: escape its separators too
        plain = lang.join([_escape_separators(escape(n), lang) for n in names])
    # a line opening with "#" is a heading mark ("## …" the session line)
    return "\\" + plain if plain.startswith("#") else plain


def read_sponsors(text: str, lang: Language, is_known: Callable[[str], bool]) -> list[str]:
    """Names from the sponsors part of the line as written (escapes still in it): cut
    at the unescaped separators, pieces regrouped into known names, escapes undone."""
    # each escaped character hides behind a character the text does not hold, so that
    # no separator matches across it
    hidden: dict[str, str] = {}
    shown: dict[str, str] = {}
    code = 0xE000

    def hide(m: re.Match) -> str:
        nonlocal code
        ch = m.group(1)
        if ch not in hidden:
            while chr(code) in text:
                code += 1
            hidden[ch] = chr(code)
            shown[chr(code)] = ch
            code += 1
        return hidden[ch]

    masked = _ESCAPED.sub(hide, text)
    if not shown:
        return lang.split(text, is_known)
    back = re.compile("|".join(map(re.escape, shown)))
    return [back.sub(lambda m: shown[m.group()], name) for name in lang.split(masked, lambda n: is_known(back.sub(lambda m: shown[m.group()], n)))]
