"""Fonts per language (resources/gui/fonts.json): real family names per script, since
QFont("Times New Roman") falls back to a Japanese face for Chinese."""

from __future__ import annotations

import json
from functools import lru_cache

from PySide6.QtGui import QFont

from draftapp.paths import RESOURCES


@lru_cache(maxsize=1)
def _table() -> dict:
    return json.loads((RESOURCES / "gui" / "fonts.json").read_text(encoding="utf-8"))


def text_font(language: str, scale: float = 1.0) -> QFont:
    entry = _table().get(language, _table()["default"])
    font = QFont()
    font.setFamilies(entry["families"])
    font.setPointSizeF(entry["size"] * scale)
    return font
