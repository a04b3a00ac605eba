"""The layout facts and export words of one language version, read from resources/export.

layout.json holds what all versions share (page, margins, sizes, indents: measured from
the issued documents); words.json the masthead words that stay in English in every
version; <code>.json each language's fonts, language tag, placeholders and the sizes it
changes. This module merges them and converts lengths; it holds no facts itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from types import SimpleNamespace

from draftapp.lang import Language, get_language
from draftapp.paths import RESOURCES

EXPORT = RESOURCES / "export"
PAPERS = ("letter", "a4")


def twips(inches: float) -> int:
    """Word's length unit: a twentieth of a point, 1440 to the inch."""
    return round(inches * 1440)


@lru_cache(maxsize=None)
def _load(name: str) -> dict:
    return json.loads((EXPORT / f"{name}.json").read_text(encoding="utf-8"))


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for key, value in over.items():
        out[key] = _merge(base[key], value) if isinstance(value, dict) and isinstance(base.get(key), dict) else value
    return out


def _ns(data):
    if isinstance(data, dict):
        return SimpleNamespace(**{k: _ns(v) for k, v in data.items()})
    return data


@dataclass(frozen=True)
class ExportStyle:
    """Everything the writer needs to know about one language on one paper size."""

    language: Language
    layout: dict
    words: dict
    local: dict
    paper_name: str

    @classmethod
    def for_draft(cls, language: str, paper: str = "letter") -> "ExportStyle":
        if paper not in PAPERS:
            raise ValueError(f"unknown paper {paper!r}: expected {' or '.join(PAPERS)}")
        get_language(language)  # an unknown code fails here, with the list of known ones
        local = _load(language)
        layout = _merge(_load("layout"), {k: v for k, v in local.items()
                                          if k in ("body", "footnotes", "masthead", "running", "body_width")})
        return cls(get_language(language), layout, _load("words"), local, paper)

    # --- geometry, in inches ----------------------------------------------------------
    @property
    def paper(self) -> SimpleNamespace:
        return _ns(self.layout["paper"][self.paper_name])

    @property
    def side_margin(self) -> float:
        """The left margin: the text block's measured left edge (123.4 pt on Letter)."""
        return self.layout["text_left"]

    @property
    def right_margin(self) -> float:
        """What is left of the page right of the text block's measured width."""
        return self.paper.width - self.layout["text_left"] - self.layout["body_width"]

    @property
    def outer(self) -> float:
        """Distance of the masthead, session block, headers and footers from the page edge."""
        return self.layout["outer_margin"]

    @property
    def outdent(self) -> float:
        """How far masthead lines and running heads reach out past the text block."""
        return self.side_margin - self.outer

    @property
    def right_outdent(self) -> float:
        """How far they reach out past the text block on the right."""
        return self.right_margin - self.outer

    @property
    def margins(self) -> SimpleNamespace:
        return _ns(self.layout["margins"])

    @property
    def masthead(self) -> SimpleNamespace:
        return _ns(self.layout["masthead"])

    @property
    def body(self) -> SimpleNamespace:
        return _ns(self.layout["body"])

    @property
    def footnotes(self) -> SimpleNamespace:
        return _ns(self.layout["footnotes"])

    @property
    def running(self) -> SimpleNamespace:
        return _ns(self.layout["running"])

    def required_fields(self, organ: str) -> list[str]:
        required = self.layout["required"]
        return required.get(organ, required["default"])

    # --- language -----------------------------------------------------------------
    @property
    def fonts(self) -> SimpleNamespace:
        return _ns(self.local["fonts"])

    @property
    def font_fallbacks(self) -> dict[str, list[str]]:
        return self.local["font_fallbacks"]

    @property
    def language_tag(self) -> str:
        return self.local["language_tag"]

    @property
    def kind_label_on_own_line(self) -> bool:
        """Chinese puts "决议草案" on a line of its own under the sponsors."""
        return self.local.get("kind_label_on_own_line", False)

    def is_placeholder(self, text: str) -> bool:
        return text in self.local["placeholders"].values()

    @property
    def latin_language_tag(self) -> str:
        """The tag for Latin-script runs (digits, symbols): in Chinese and Arabic
        documents these follow English rules, not the document language's."""
        return self.local.get("latin_language_tag", self.language_tag)

    def placeholder(self, field: str) -> str:
        return self.local["placeholders"][field]
