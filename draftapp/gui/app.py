"""`draftapp [FILE]` lands here: start Qt, open the main window, offer crash recovery."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from draftapp.io.errors import DraftIOError

APP_NAME = "Draftapp"


def display_available() -> bool:
    """Whether Qt can open a window. Without a display (and no QT_QPA_PLATFORM chosen)
    Qt would abort the whole process, so the caller must not try."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True  # Windows and macOS always have a screen for a desktop session


def run(path: str | None = None) -> int:
    if not display_available():
        print(
            "draftapp: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the editor cannot open.\n"
            "Run it in a desktop session, or use a subcommand (draftapp --help); "
            "QT_QPA_PLATFORM=offscreen runs it without a screen.",
            file=sys.stderr,
        )
        return 2
    if path is not None and not Path(path).exists():
        print(f"draftapp: {path}: no such file", file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication

    import draftapp.gui  # noqa: F401 - applies the Qt binding guard first
    from draftapp.gui.main_window import MainWindow
    from draftapp.gui.translations import install_translator

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    install_translator(app)
    window = MainWindow()
    if path is not None:
        try:
            from draftapp.io.formats import read_draft

            window.load(read_draft(path), Path(path))
        except DraftIOError as e:
            print(f"draftapp: {e}", file=sys.stderr)
            return 2
    window.show()
    if path is None or window.session.stack.isClean():
        window.offer_recovery()
    return app.exec()
