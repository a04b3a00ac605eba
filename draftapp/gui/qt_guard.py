"""Guard against a reference-count bug of the installed Qt binding.

PySide6/shiboken6 6.12 wheels are abi3 builds made with Python 3.12 headers, where None
is immortal and `Py_RETURN_NONE` no longer increments its count. Loaded by Python 3.11,
every call of a Qt method that returns nothing takes one reference from None; after a
few thousand calls (typing a paragraph) Python aborts with "Fatal Python error:
none_dealloc: deallocating None". Measured here: QLabel.setText, QTextCursor.insertText
and every other void method leak one reference per call.

The same holds for `Py_RETURN_TRUE` / `Py_RETURN_FALSE`: a Qt method returning a bool
takes a reference from True or False ("deallocating True or False" after a long
session; seen in the editor's random-edit test).

`protect()` measures the leak once; when present, it gives None, True and False a very
large reference count (2**40: a million million calls), as they have on Python 3.12
and later (immortal objects). The real fix is Python >= 3.12 or a PySide6 build that
matches the interpreter.
"""

from __future__ import annotations

import ctypes
import sys

_SPARE = 1 << 40
_done = False


def leaks_none() -> bool:
    """True when a Qt call takes a reference from None or a bool (measured, not assumed)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None), sys.getrefcount(False)
    for _ in range(8):
        probe.setObjectName("probe")
        probe.signalsBlocked()
    after = sys.getrefcount(None), sys.getrefcount(False)
    return after[0] < before[0] or after[1] < before[1]


def protect() -> bool:
    """Apply the guard when needed; returns True when it was applied."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    _done = True
    if not leaks_none():
        return False
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt: PyObject's first field
        refcount.value += _SPARE
    return True
