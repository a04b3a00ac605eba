"""A time limit for reading a foreign file: `with deadline(path, seconds): ...` raises
a DraftIOError naming the file when the work runs over.

It uses the process's real-time interval timer (SIGALRM), so it works in the main
thread of a Unix process (the CLI, and the editor, which reads in its main thread);
elsewhere it is a no-op. The alarm interrupts Python code between two bytecodes: it
bounds the readers' loops, not a single call into C.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager

from draftapp.io.errors import DraftIOError

#: Far above the slowest import measured (a 6 MB PDF copy of random words, ~4 s).
READ_SECONDS = 30.0


class _Expired(BaseException):
    """Raised by the alarm; a BaseException so that no reader's `except Exception` eats it."""


def _usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(path, seconds: float = READ_SECONDS, what: str = "reading it"):
    if not _usable() or seconds <= 0 or signal.getitimer(signal.ITIMER_REAL)[0]:
        yield  # no timer here, or one already running (an outer deadline): leave it be
        return

    def expire(_signum, _frame):
        raise _Expired()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Expired:
        raise DraftIOError(path, f"{what} took more than {seconds:g} seconds; the file is refused "
                                 "(it is far larger or more tangled than a draft)") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
