"""Member and observer States of the United Nations in the six official languages.

The names live in ``resources/states.json`` (the UN's short names as used in
sponsor lines); this module only looks them up and orders them.

Sponsor order (``sort_key``) -- what is known and what is assumed:

* en: alphabetical (diacritics ignored: "Côte d'Ivoire" between "Costa Rica"
  and "Croatia"). Seen in every English sponsor line in reference/texts.
* zh: UN Chinese documents list sponsors in the order of the English list.
  Seen in reference/csto-draft-zh.md: 亚美尼亚、白俄罗斯、哈萨克斯坦、吉尔吉斯斯坦、
  俄罗斯联邦和塔吉克斯坦 = Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russian
  Federation, Tajikistan (not pinyin or stroke order).
* ru: Russian alphabetical order (ё = е). Seen in the sponsor line of A/69/L.52
  (reference/texts/multilingual/A_69_L.52_ru.txt): "Азербайджан, Ангола,
  Аргентина, Беларусь, ..., Эквадор и Эритрея".
* fr, es: alphabetical in the language (accents ignored at first level, Spanish
  ñ after n, hyphens and apostrophes ignored). ASSUMED from the practice of UN
  French/Spanish documents; no French or Spanish sponsor line is in the
  reference texts to confirm it.
* ar: Arabic alphabetical order ignoring the article ال and hamza/madda forms
  of alif (so الاتحاد الروسي files under ا-ت-ح-ا-د). ASSUMED from UN Arabic lists
  of Member States; not confirmed by a reference sponsor line.
* State of Palestine (an observer State) always comes last, as in the UN
  practice visible in A/80/L.1 and A/80/L.9 ("..., Zambia and State of
  Palestine"). The Holy See, if it sponsors, files alphabetically.
"""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from functools import lru_cache

from draftapp.lang import apostrophes
from draftapp.paths import RESOURCES

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
_STATES_FILE = RESOURCES / "states.json"

# names typed by hand also come with a grave or an acute accent for the apostrophe
_APOSTROPHES = {**apostrophes.FOLD, **str.maketrans({"`": "'", "\u00b4": "'"})}
_DASHES = re.compile(r"\s*[\-\u2010\u2011\u2012\u2013\u2014\u2015]\s*")
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FORMAT_MARKS = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_ZH_PUNCT = str.maketrans({"（": "(", "）": ")", "\u3000": " "})


@lru_cache(maxsize=1)
def _load() -> tuple[dict, ...]:
    with open(_STATES_FILE, encoding="utf-8") as fh:
        data = json.load(fh)
    return tuple(data)


def all_states() -> list[dict]:
    """Every Member and observer State, in English alphabetical order (copies)."""
    return copy.deepcopy(list(_load()))


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")


def state_names(lang: str) -> list[str]:
    """The names of all States in ``lang``, in English alphabetical order."""
    _check_lang(lang)
    return [s[lang] for s in _load()]


def _key(name: str) -> str:
    """Normalise a name for lookup: case, apostrophes, dashes, spaces, marks."""
    s = unicodedata.normalize("NFKC", name).translate(_ZH_PUNCT).translate(_APOSTROPHES)
    s = _FORMAT_MARKS.sub("", s)
    s = _ARABIC_MARKS.sub("", s)
    s = _DASHES.sub("-", s)
    s = re.sub(r"\s+", " ", s).strip().casefold()
    return s.replace("ё", "е")


@lru_cache(maxsize=None)
def _index(lang: str | None) -> dict[str, int]:
    table: dict[str, int] = {}
    langs = LANGUAGES if lang is None else (lang,)
    for i, state in enumerate(_load()):
        for code in langs:
            k = _key(state[code])
            if table.setdefault(k, i) != i:
                raise ValueError(f"ambiguous State name {state[code]!r} in resources/states.json")
    return table


def is_state(name: str, lang: str) -> bool:
    """Whether ``name`` is the UN name of a Member or observer State in ``lang``."""
    _check_lang(lang)
    return isinstance(name, str) and _key(name) in _index(lang)


def find_state(name: str) -> dict | None:
    """The State called ``name`` in any of the six languages, or None.

    Tolerates case, curly vs straight apostrophes, dash and space variants,
    surrounding whitespace, Arabic vowel marks and Russian ё.
    """
    if not isinstance(name, str):
        return None
    i = _index(None).get(_key(name))
    return None if i is None else copy.deepcopy(_load()[i])


# --- ordering ---------------------------------------------------------------

_ARABIC_ALIF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})


def _alpha_key(name: str, lang: str) -> str:
    s = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).casefold()
    if lang == "ar":
        s = _ARABIC_MARKS.sub("", s).translate(_ARABIC_ALIF)
        words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in s.split()]
        return " ".join(words)
    if lang == "ru":
        s = s.replace("ё", "е")
    if lang == "es":
        s = s.replace("ñ", "n\uffff")  # ñ is a letter of its own, after n
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = re.sub(r"[\-\u2010-\u2015']", "", s)
    return re.sub(r"\s+", " ", s).strip()


def _is_palestine(state: dict | None) -> bool:
    return state is not None and state["en"] == "State of Palestine"


def sort_key(name: str, lang: str) -> tuple:
    """A key that orders sponsor names of ``lang`` as UN documents of that language do.

    Unknown names sort by their own text among the States (still before the
    State of Palestine).
    """
    _check_lang(lang)
    state = find_state(name)
    last = 1 if _is_palestine(state) else 0
    if lang == "zh":
        english = state["en"] if state else name
        return (last, _alpha_key(english, "en"), name)
    return (last, _alpha_key(state[lang] if state else name, lang), name)
