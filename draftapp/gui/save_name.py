"""The name and folder Save proposes for a draft that has no file yet: its symbol
("A/80/L.9" → A_80_L.9.draft) or else its title (shortened at a word), in the user's
Documents folder (draftapp.userdirs: platformdirs; the home folder if there is none),
not "draft.draft" in whatever folder was opened last."""

from __future__ import annotations

import re
from pathlib import Path

from draftapp.userdirs import user_documents_dir

MAX_STEM = 60
#: Characters no file system takes in a name (Windows is the strictest).
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def documents_folder() -> Path:
    return user_documents_dir()


def stem_for(draft) -> str:
    """A file name without extension from the symbol, else the title, else "Untitled draft"."""
    symbol = (draft.meta.symbol or "").strip()
    if symbol and not symbol.startswith("["):
        return _clean(symbol.replace("/", "_"))
    title = re.sub(r"\*|<[^>]+>", "", draft.meta.title or "").strip()
    if title and not title.startswith("["):
        stem = _clean(title)
        if len(stem) > MAX_STEM:
            cut = stem[:MAX_STEM]
            stem = cut.rsplit(" ", 1)[0] if " " in cut else cut
        return stem.rstrip(" .,;:，。")
    return "Untitled draft"


def _clean(text: str) -> str:
    text = _FORBIDDEN.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip(" .") or "Untitled draft"


def proposed_path(draft, current: Path | None, suffix: str = ".draft") -> Path:
    """Where Save as / Export first point: beside the draft's own file when it has one,
    else in Documents under a name from the symbol or title."""
    if current is not None:
        return Path(current).with_suffix(suffix)
    return documents_folder() / (stem_for(draft) + suffix)


def ask_save_path(parent, title: str, session, suffix: str, file_filter: str) -> Path | None:
    """The Save as / Export dialog, pointing at `proposed_path`; the path chosen (with
    `suffix` added to a name typed without one), or None when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    start = proposed_path(session.draft, session.path, suffix)
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
    if not chosen:
        return None
    return Path(chosen if Path(chosen).suffix else chosen + suffix)
