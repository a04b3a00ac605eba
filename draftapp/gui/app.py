"""`draftapp [FILE]` lands here: start Qt, open the main window, offer crash recovery."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from draftapp.io.errors import DraftIOError
from draftapp.paths import RESOURCES

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


def qt_missing_message(error: ImportError) -> str:
    """What to do when Qt cannot load: the headless commands still work, and these are
    the Debian packages to ask for (resources/gui/qt-debian-packages.txt)."""
    listed = (RESOURCES / "gui" / "qt-debian-packages.txt").read_text(encoding="utf-8")
    packages = " ".join(word for line in listed.splitlines() for word in line.split("#")[0].split())
    return (
        f"draftapp: the editor cannot start: Qt could not be loaded ({error}).\n"
        "The headless commands still work (draftapp --help). On Debian or Ubuntu, Qt's system\n"
        "libraries come with (ask an administrator if you cannot use sudo):\n"
        f"  sudo apt-get install --no-install-recommends {packages}"
    )


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

    try:
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QApplication
    except ImportError as e:  # PySide6, or Qt's system libraries, missing
        print(qt_missing_message(e), file=sys.stderr)
        return 2

    from draftapp.gui.translations import install_translator

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("draftapp")  # the desktop entry that `draftapp desktop --install` writes
    app.setWindowIcon(QIcon(str(RESOURCES / "desktop" / "draftapp.svg")))
    install_translator(app)
    try:
        window = open_window(path)
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


def open_window(path: str | Path | None = None, **window_options):
    """The main window with FILE loaded, not yet shown: what `draftapp FILE` does (the
    README's screenshots and the tests open drafts this way too). Raises DraftIOError."""
    from draftapp.gui.file_actions import NATIVE
    from draftapp.gui.main_window import MainWindow

    if path is None:
        return MainWindow(**window_options)
    window_options.setdefault("show_first", True)  # checks, spelling and preview a moment after
    from draftapp.gui.file_actions import FileActions
    from draftapp.io.formats import read_draft

    draft = read_draft(path)
    # text copied from a PDF or a .docx is an import: Save asks where (file_actions)
    native = Path(path).suffix.lower() in NATIVE and FileActions._is_native(Path(path))
    # built on the draft at once: an empty window first would check, draw and load a
    # spelling dictionary for nothing (a third of the start-up)
    window = MainWindow(draft, Path(path) if native else None, **window_options)
    if native:
        window.add_recent(Path(path))
    return window
