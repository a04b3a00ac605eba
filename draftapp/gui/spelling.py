"""Spelling with pyenchant and the system's hunspell dictionaries (resources/gui/
spelling.json says which tags to try per language). No dictionary for Chinese exists
here: `Speller.available` is False and the window says so. UN words, the user dictionary,
"Ignore all" and the UN's own spellings (organization, programme) are in spelling_words.py."""

from __future__ import annotations

import json
import re
import threading
from functools import lru_cache

from draftapp.gui.spelling_words import word_lists
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
#: Web and e-mail addresses: their parts are not words ("unoda" in https://milex-reporting.unoda.org).
ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")


@lru_cache(maxsize=1)
def _tags() -> dict:
    return json.loads((RESOURCES / "gui" / "spelling.json").read_text(encoding="utf-8"))


def _dictionary(enchant, tag: str, words):
    """The language's dictionary, with the user's own word list where there is one
    (enchant would create the file: none is made until the user keeps words)."""
    return enchant.DictWithPWL(tag, str(words)) if words.is_file() else enchant.Dict(tag)


class Speller:
    def __init__(self, language: str):
        self.language = language
        self.dictionary = None
        self.tag = ""
        self._cache: dict[str, bool] = {}
        #: misspelt() of whole texts: the panes' underlines and the list ask the same
        #: texts, and File > Open asks them all first, off the GUI thread (open_worker.py)
        self._texts: dict[str, list[tuple[int, int]]] = {}
        self._lock = threading.Lock()  # enchant is called from the open worker too
        enchant, self.missing = _enchant()
        self.words = word_lists(language)
        if enchant is None:
            return
        for tag in _tags().get(language, []):
            try:
                if enchant.dict_exists(tag):
                    self.dictionary = _dictionary(enchant, tag, user_dictionary(language))
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
        known = self._texts.get(text)
        if known is not None:
            return list(known)
        out = self._misspelt(text)
        if len(self._texts) > 50000:
            self._texts.clear()
        self._texts[text] = out
        return list(out)

    def _misspelt(self, text: str) -> list[tuple[int, int]]:
        out = []
        addresses = [m.span() for m in ADDRESS.finditer(text)] if ("/" in text or "@" in text) else []
        for match in WORD.finditer(text):
            word = match.group()
            start = match.start()
            if len(word) < 2 or word.isupper():
                continue  # acronyms (CSTO, UNESCO) are not words a dictionary knows
            if start and text[start - 1].isdigit():
                continue  # the ending of 69th, 1st, 2e
            if addresses and any(a <= start < b for a, b in addresses):
                continue
            ok = self._cache.get(word)
            if ok is None:
                ok = self._check(word)
                self._cache[word] = ok
            if not ok:
                out.append((start, len(word)))
        return out

    def _check(self, word: str) -> bool:
        if self.words.known(word):
            return True
        if self.words.style_fix(word, self._is_word) is not None:
            return False  # a word, but not the UN's spelling of it (organisation)
        return self._is_word(word)

    def _is_word(self, word: str) -> bool:
        with self._lock:
            return self.dictionary.check(word.replace("’", "'"))

    def suggest(self, word: str) -> list[str]:
        if not self.dictionary:
            return []
        fix = self.words.style_fix(word, self._is_word)
        with self._lock:
            found = self.dictionary.suggest(word)
        return [fix] + [w for w in found if w != fix] if fix else found

    def style_fix(self, word: str) -> str | None:
        """The UN spelling of a word the dictionary accepts in another spelling."""
        return self.words.style_fix(word, self._is_word) if self.dictionary else None

    def add_word(self, word: str) -> None:
        """Into the user dictionary (a file in the user's config folder)."""
        try:
            self.words.add(word)
        finally:
            self._cache.clear()
            self._texts.clear()

    def ignore_word(self, word: str) -> None:
        """Ignored until the editor closes."""
        self.words.ignore(word)
        self._cache.clear()
        self._texts.clear()


@lru_cache(maxsize=None)
def speller(language: str) -> Speller:
    return Speller(language)


def spelling_missing_text(widget, missing: str) -> str:
    """The status bar's words when spelling cannot run at all: what to install."""
    if missing == MISSING_PYENCHANT:
        return widget.tr("Spelling off: the pyenchant package is not installed")
    return widget.tr("Spelling off: the enchant library (libenchant-2-2) is not installed")
