"""Session headings ("Seventy-first session", "第七十一届会议", ...) in the six languages.

Code knows structure, data knows words: every word lives in
``resources/lang/ordinals/<lang>.json``; this module only composes them.

A number 1..200 is split into hundreds ``h`` and remainder ``r``:

* ``r`` below 10 is a unit, 10..19 a teen, otherwise tens + unit.  The unit in a
  compound (or after a hundred) may differ from the lone ordinal ("unième" vs
  "première", "الحادية" vs "الأولى").
* ``order`` says whether tens or unit comes first (Arabic: unit first,
  "الحادية والسبعون"); ``tens_joiner`` glues them.
* French extras: ``vigesimal_tens`` (70 = 60 + 10.., 90 = 80 + 10..) and the
  "et" joiner (``and_joiner``) for remainders 1 and 11 after ``and_tens``.
* Hundreds: ``hundreds_ordinal`` when the remainder is 0, else
  ``hundreds_cardinal`` before (or, with ``hundreds_position: after``, after)
  the remainder, joined by ``hundreds_joiner``; Chinese puts ``hundreds_zero``
  before a lone unit (一百零一) and uses ``teens_after_hundreds`` (一百一十).

``session_number`` reads a heading back by matching a normalised form against
the 200 names of each language (plus a few tolerated variants).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache

from draftapp.paths import RESOURCES

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
MAX_SESSION = 200

_ORDINALS_DIR = RESOURCES / "lang" / "ordinals"


@lru_cache(maxsize=None)
def _rules(lang: str) -> dict:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    with open(_ORDINALS_DIR / f"{lang}.json", encoding="utf-8") as fh:
        return json.load(fh)


def _below_hundred(rules: dict, r: int, after_hundred: bool) -> str:
    """The ordinal words for 1 <= r <= 99."""
    if r < 10:
        if after_hundred:
            return rules.get("hundreds_zero", "") + rules["units_compound"][r]
        return rules["units_ordinal"][r]
    if r < 20:
        if after_hundred and "teens_after_hundreds" in rules:
            return rules["teens_after_hundreds"][r - 10]
        return rules["teens_ordinal"][r - 10]
    tens, rest = divmod(r, 10)
    base = rules.get("vigesimal_tens", {}).get(str(tens))
    if base is not None:  # French 70-79, 90-99: soixante-dix..., quatre-vingt-dix...
        tens, rest = base, rest + 10
    if rest == 0:
        return rules["tens_ordinal"][tens]
    tail = rules["units_compound"][rest] if rest < 10 else rules["teens_ordinal"][rest - 10]
    joiner = rules["tens_joiner"]
    if tens in rules.get("and_tens", ()) and rest in rules.get("and_remainders", ()):
        joiner = rules["and_joiner"]
    head = rules["tens_cardinal"][tens]
    if rules["order"] == "units_first":
        return tail + joiner + head
    return head + joiner + tail


def _ordinal(rules: dict, n: int) -> str:
    hundreds, r = divmod(n, 100)
    if hundreds == 0:
        return _below_hundred(rules, r, after_hundred=False)
    if r == 0:
        return rules["hundreds_ordinal"][hundreds]
    rest = _below_hundred(rules, r, after_hundred=True)
    head = rules["hundreds_cardinal"][hundreds]
    if rules["hundreds_position"] == "after":
        return rest + rules["hundreds_joiner"] + head
    return head + rules["hundreds_joiner"] + rest


def session_name(lang: str, n: int) -> str:
    """The heading for the ``n``-th session in ``lang``, e.g. ("fr", 71) -> "Soixante et onzième session"."""
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_SESSION:
        raise ValueError(f"session number must be an integer in 1..{MAX_SESSION}, got {n!r}")
    rules = _rules(lang)
    text = rules["pattern"].format(ordinal=_ordinal(rules, n))
    if rules.get("capitalize"):
        text = text[:1].upper() + text[1:]
    return text


# --- reading headings back -------------------------------------------------

_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FORMAT_MARKS = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_ZH_NOISE = re.compile(r"[\s\u3000#＃:：,，.。;；、·・()（）\[\]【】]")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _normalise(text: str, lang: str) -> str:
    rules = _rules(lang)
    s = _FORMAT_MARKS.sub("", unicodedata.normalize("NFKC", text))
    s = s.replace("\u2019", "'").replace("\u00a0", " ")
    if lang == "zh":
        return _ZH_NOISE.sub("", s)
    s = _ARABIC_MARKS.sub("", s)
    s = s.strip().lstrip("#").strip().rstrip(":.,;،")
    s = s.lower()
    for src, dst in sorted(rules.get("equivalent_letters", {}).items(), key=lambda kv: -len(kv[0])):
        s = s.replace(src, dst)
    s = re.sub(r"[\s\-\u2010\u2011\u2013]+", " ", s)  # hyphen or space, one or many
    return s.strip()


@lru_cache(maxsize=None)
def _reverse(lang: str) -> dict[str, int]:
    table = {}
    for n in range(1, MAX_SESSION + 1):
        table[_normalise(session_name(lang, n), lang)] = n
    return table


_ZH_DIGITS = re.compile(r"^第(\d{1,3})届会议$")


def session_number(text: str) -> tuple[int, str] | None:
    """Recognise a session heading in any of the six languages.

    Returns ``(n, lang)`` or ``None``.  Tolerates surrounding whitespace, a
    leading markdown ``## ``, case, hyphen/space variants, Arabic vowel marks
    and hamza spellings, Russian ё, and for Chinese any spaces or punctuation
    (and Arabic digits: "第71届会议").
    """
    if not isinstance(text, str) or not text.strip():
        return None
    for lang in LANGUAGES:
        key = _normalise(text, lang)
        n = _reverse(lang).get(key)
        if n is not None:
            return n, lang
    m = _ZH_DIGITS.match(_normalise(text, "zh").translate(_ARABIC_DIGITS))
    if m and 1 <= int(m.group(1)) <= MAX_SESSION:
        return int(m.group(1)), "zh"
    return None
