"""The words the spelling check accepts beyond the hunspell dictionary, and the UN's own
spelling rules (no Qt here).

- UN words per language: resources/spelling/<lang>.txt (built from the issued texts),
  and every word of the UN names of Member and observer States in that language.
- The user dictionary: <user config folder>/dictionaries/<lang>.txt, one word a line,
  written by "Add to dictionary" (draftapp.userdirs; DRAFTAPP_CONFIG_DIR in the tests).
- Ignore all: words ignored until the editor closes, per language.
- UN English (resources/spelling/en-style.json): -ize and -ization where the dictionary
  accepts both (organisation → organization), otherwise British; "program" → "programme".
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path

from draftapp.paths import RESOURCES
from draftapp.userdirs import user_dictionary

SPELLING = RESOURCES / "spelling"
_WORDS_OF_NAME = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def _read_list(path: Path) -> set[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return set()
    return {line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")}


@lru_cache(maxsize=None)
def un_words(language: str) -> frozenset[str]:
    """The resource list and the words of the State names, for `language`."""
    words = set(_read_list(SPELLING / f"{language}.txt"))
    try:
        from draftapp.lang.states import state_names

        for name in state_names(language):
            for word in _WORDS_OF_NAME.findall(name):
                words.add(word)
                words.update(word.replace("’", "'").split("-"))
    except (ValueError, KeyError, OSError):
        pass
    return frozenset(words)


@lru_cache(maxsize=None)
def _style(language: str) -> dict:
    path = SPELLING / f"{language}-style.json"
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def user_dictionary_path(language: str) -> Path:
    return user_dictionary(language)  # the personal word list the speller loads too


class WordLists:
    """What one language's spelling check knows besides hunspell."""

    def __init__(self, language: str):
        self.language = language
        self.ignored: set[str] = set()
        self._user: set[str] | None = None
        self._user_path: Path | None = None

    # --- the user dictionary -------------------------------------------------------------
    @property
    def user_words(self) -> set[str]:
        path = user_dictionary_path(self.language)
        if self._user is None or path != self._user_path:
            self._user_path = path
            self._user = _read_list(path)
        return self._user

    def add(self, word: str) -> None:
        """Add `word` to the user dictionary file (created with its folder if need be).
        Raises OSError if the folder cannot be written; the word is then known for this
        session only."""
        word = word.strip()
        if not word:
            return
        self.user_words.add(word)
        path = user_dictionary_path(self.language)
        path.parent.mkdir(parents=True, exist_ok=True)
        existing = _read_list(path)
        if word in existing:
            return
        with open(path, "a", encoding="utf-8") as f:
            if path.stat().st_size and not path.read_bytes().endswith(b"\n"):
                f.write("\n")
            f.write(word + "\n")
            f.flush()
            os.fsync(f.fileno())

    def ignore(self, word: str) -> None:
        self.ignored.add(word)

    # --- questions -----------------------------------------------------------------------------
    def known(self, word: str) -> bool:
        for form in _forms(word):
            if form in self.ignored or form in self.user_words or form in un_words(self.language):
                return True
        return False

    def style_fix(self, word: str, is_word) -> str | None:
        """The UN spelling of `word` where it differs (organisation → organization), or None.
        `is_word(candidate)` asks the dictionary."""
        style = _style(self.language)
        if not style:
            return None
        lower = word.lower()
        preferred = style.get("prefer", {}).get(lower)
        if preferred:
            return _like(word, preferred)
        ize = style.get("ize")
        if ize:
            for ending, replacement in ize["endings"]:
                if lower.endswith(ending) and len(lower) > len(ending):
                    stem = lower[: -len(ending)]
                    if stem in ize["except"] or any(stem.endswith(e) and len(e) > 3 for e in ize["except"]):
                        return None
                    candidate = word[: -len(ending)] + _like(word[-len(ending):], replacement)
                    return candidate if is_word(candidate) else None
        return None


def _forms(word: str) -> tuple[str, ...]:
    """The word as typed, with a straight apostrophe, and lower-cased when it starts a
    sentence ("Peacebuilding")."""
    straight = word.replace("’", "'")
    out = [word, straight]
    if word[:1].isupper() and word[1:].islower():
        out.append(word.lower())
    return tuple(out)


def _like(model: str, word: str) -> str:
    """`word` in the case of `model` (Organisation → Organization, ORGANISATION → …)."""
    if model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@lru_cache(maxsize=None)
def word_lists(language: str) -> WordLists:
    return WordLists(language)
