"""The six official languages, loaded from resources/lang/ (words are data, not code)."""

from draftapp.lang.language import LANGUAGES, Language, UnknownLanguage, all_languages, get_language

__all__ = ["LANGUAGES", "Language", "UnknownLanguage", "all_languages", "get_language"]
