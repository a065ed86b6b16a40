"""emit(signal, *args): a signal emit that survives PySide6 6.12.0's reference bug.

PySide6 6.12.0's SignalInstance.emit() returns True without adding a reference, so every emit
called from Python takes one reference from the True singleton; after enough emits Python
aborts ("bool_dealloc: deallocating True or False"). 6.11 does not do this. The fault is
measured once at import: with a fixed PySide6 this is a plain emit and can be deleted.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    fired = Signal()


def _emit_steals_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    results = [probe.fired.emit() for _ in range(8)]  # held, so only a missing incref shows
    stolen = before + len(results) - sys.getrefcount(True)
    del results
    _give_back(True, stolen)  # the probe itself must not cost the singleton anything
    return stolen > 0


def _give_back(value: bool, count: int = 1) -> None:
    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))


_STEALS = _emit_steals_a_reference()


def emit(signal: SignalInstance, *args: Any) -> None:
    """signal.emit(*args), giving back the reference a faulty PySide6 takes."""
    result = signal.emit(*args)
    if _STEALS and isinstance(result, bool):
        _give_back(result)
