"""File > Open's slow part off the GUI thread: reading and validating the file, telling a
dialect text from an import, running every check on the new draft and loading its
spelling dictionary happen in a worker thread while the window keeps painting (a local
event loop that takes no keyboard or mouse input, so nothing can be typed into the draft
being replaced). Only the drawing of the new draft is left to the GUI thread.

The draft is not shared until the worker is done: nothing else reads or changes it."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

#: How often the waiting loop looks whether the worker is done (ms).
POLL_MS = 5


@dataclass
class Prepared:
    draft: object
    native: bool  # saved back to the same file (a .draft, or a text in the dialect)
    engine: object | None  # the checks, already run on `draft`; None: run them later
    numbers: dict | None = None  # session.derived_numbers of `draft`


def prepare_open(path: str | Path, spelling: bool) -> Prepared:
    """Everything about opening `path` that needs no widget. Raises DraftIOError."""
    from draftapp.gui.file_actions import NATIVE, FileActions
    from draftapp.io.formats import read_draft

    draft = read_draft(path)
    native = Path(path).suffix.lower() in NATIVE and FileActions._is_native(Path(path))
    engine = None
    try:
        from draftapp.check import Engine

        engine = Engine(draft)
    except Exception:  # noqa: BLE001 - the session runs them again and says what failed
        engine = None
    if spelling:
        _spell_ahead(draft)
    return Prepared(draft, native, engine, _numbers(draft))


def _numbers(draft) -> dict | None:
    from draftapp.gui.session import derived_numbers
    from draftapp.lang import get_language

    try:
        return dict(derived_numbers(draft, get_language(draft.language).labels), language=draft.language)
    except Exception:  # noqa: BLE001 - the session works them out itself and says what fails
        return None


def _spell_ahead(draft) -> None:
    """Load the dictionary and look up every text, as the panes' blocks and the list of
    misspellings will ask for it (the Speller keeps the answers): the highlighting of a
    long draft is then mostly lookups on the GUI thread."""
    from draftapp.gui.spelling import speller
    from draftapp.model import OBJECT_CHAR, Text

    s = speller(draft.language)
    if not s.available:
        return
    owners = [p for part in (draft.preamble, draft.operative) for top in part for p in top.walk()]
    for owner in owners + list(draft.footnotes):
        s.misspelt("".join(r.text if isinstance(r, Text) else OBJECT_CHAR for r in owner.runs))


def off_thread(work):
    """work() in a worker thread; meanwhile the window paints and timers run, but no key
    or click is taken (they wait, as they did while the GUI thread itself worked).
    Returns its result or raises its exception."""
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as e:  # noqa: BLE001 - handed to the caller on the GUI thread
            outcome["error"] = e

    thread = threading.Thread(target=run, name="draftapp-open", daemon=True)
    thread.start()
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(POLL_MS)
    poll.timeout.connect(lambda: thread.is_alive() or loop.quit())
    poll.start()
    if thread.is_alive():
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    poll.stop()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
