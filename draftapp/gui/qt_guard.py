"""Guard against a reference-count bug of the installed Qt binding.

PySide6/shiboken6 6.12 wheels are abi3 builds made with Python 3.12 headers, where None
is immortal and `Py_RETURN_NONE` no longer increments its count. Loaded by Python 3.11,
every call of a Qt method that returns nothing takes one reference from None; after a
few thousand calls (typing a paragraph) Python aborts with "Fatal Python error:
none_dealloc: deallocating None". Measured here: QLabel.setText, QTextCursor.insertText
and every other void method leak one reference per call.

`protect()` measures the leak once; when present, it gives None a very large reference
count (2**40: a million million void calls), as None is on Python 3.12 and later. The
real fix is Python >= 3.12 or a PySide6 build that matches the interpreter.
"""

from __future__ import annotations

import ctypes
import sys

_SPARE = 1 << 40
_done = False


def leaks_none() -> bool:
    """True when a void Qt call takes a reference from None (measured, not assumed)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def protect() -> bool:
    """Apply the guard when needed; returns True when it was applied."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    _done = True
    if not leaks_none():
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is PyObject's first field
    refcount.value += _SPARE
    return True
