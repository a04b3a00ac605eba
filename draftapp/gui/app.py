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
        return _x_display_reachable(os.environ.get("DISPLAY", "")) or _wayland_reachable(
            os.environ.get("WAYLAND_DISPLAY", ""))
    return True  # Windows and macOS always have a screen for a desktop session


def _x_display_reachable(display: str) -> bool:
    """A local display ":N" needs its socket; a remote one (host:N) is left to Qt."""
    if not display:
        return False
    host, _, number = display.partition(":")
    if host or not number:
        return True
    return Path(f"/tmp/.X11-unix/X{number.split('.')[0]}").exists()


def _wayland_reachable(name: str) -> bool:
    if not name:
        return False
    if os.path.isabs(name):
        return Path(name).exists()
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    return bool(runtime) and (Path(runtime) / name).exists()


def run(path: str | None = None) -> int:
    if not display_available():
        print(
            "draftapp: no display found (DISPLAY and WAYLAND_DISPLAY are unset or unreachable), "
            "so the editor cannot open.\n"
            "Run it in a desktop session, or use a subcommand (draftapp --help); "
            "QT_QPA_PLATFORM=offscreen runs it without a screen.",
            file=sys.stderr,
        )
        return 2
    if path is not None and not Path(path).exists():
        print(f"draftapp: {path}: no such file", file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication

    from draftapp.gui.file_actions import NATIVE
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

            draft = read_draft(path)
            # text copied from a PDF or a .docx is an import: Save asks where (file_actions)
            native = Path(path).suffix.lower() in NATIVE and window._is_native(Path(path))
            window.load(draft, Path(path) if native else None)
        except DraftIOError as e:
            print(f"draftapp: {e}", file=sys.stderr)
            return 2
        except Exception as e:  # noqa: BLE001 - never a traceback at start-up
            from draftapp.io.formats import unexpected

            print(f"draftapp: {path}: {unexpected(e)}", file=sys.stderr)
            return 2
    window.show()
    if path is None or window.session.stack.isClean():
        window.offer_recovery()
    return app.exec()
