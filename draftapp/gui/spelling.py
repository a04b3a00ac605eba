"""Spelling with pyenchant and the system's hunspell dictionaries (resources/gui/
spelling.json says which tags to try per language). No dictionary for Chinese exists
here: `Speller.available` is False and the window says so."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from draftapp.paths import RESOURCES
from draftapp.userdirs import user_dictionary

#: Why there is no spelling at all, when the library is missing (None: it is there).
MISSING_PYENCHANT = "pyenchant"
MISSING_LIBENCHANT = "libenchant"


@lru_cache(maxsize=1)
def _enchant():
    """(the enchant module or None, what is missing or None). Imported on first use:
    loading it costs start-up time a window without text does not need."""
    try:
        import enchant
    except ModuleNotFoundError:  # pyenchant itself is not installed
        return None, MISSING_PYENCHANT
    except ImportError:  # pyenchant without its C library (libenchant-2)
        return None, MISSING_LIBENCHANT
    return enchant, None

WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*")


@lru_cache(maxsize=1)
def _tags() -> dict:
    return json.loads((RESOURCES / "gui" / "spelling.json").read_text(encoding="utf-8"))


def _dictionary(tag: str, words):
    """The language's dictionary, with the user's own word list where there is one
    (enchant would create the file: none is made until the user keeps words)."""
    return enchant.DictWithPWL(tag, str(words)) if words.is_file() else enchant.Dict(tag)


class Speller:
    def __init__(self, language: str):
        self.language = language
        self.dictionary = None
        self.tag = ""
        self._cache: dict[str, bool] = {}
        enchant, self.missing = _enchant()
        if enchant is None:
            return
        for tag in _tags().get(language, []):
            try:
                if enchant.dict_exists(tag):
                    self.dictionary = _dictionary(tag, user_dictionary(language))
                    self.tag = tag
                    break
            except enchant.errors.Error:
                continue

    @property
    def available(self) -> bool:
        return self.dictionary is not None

    def misspelt(self, text: str) -> list[tuple[int, int]]:
        """(start, length) of each unknown word in `text`."""
        if self.dictionary is None:
            return []
        out = []
        for match in WORD.finditer(text):
            word = match.group()
            if len(word) < 2 or word.isupper():
                continue  # acronyms (CSTO, UNESCO) are not words a dictionary knows
            ok = self._cache.get(word)
            if ok is None:
                ok = self.dictionary.check(word.replace("’", "'"))
                self._cache[word] = ok
            if not ok:
                out.append((match.start(), len(word)))
        return out

    def suggest(self, word: str) -> list[str]:
        return self.dictionary.suggest(word) if self.dictionary else []


@lru_cache(maxsize=None)
def speller(language: str) -> Speller:
    return Speller(language)


def spelling_missing_text(widget, missing: str) -> str:
    """The status bar's words when spelling cannot run at all: what to install."""
    if missing == MISSING_PYENCHANT:
        return widget.tr("Spelling off: the pyenchant package is not installed")
    return widget.tr("Spelling off: the enchant library (libenchant-2-2) is not installed")
