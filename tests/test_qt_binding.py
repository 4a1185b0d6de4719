"""Guards against known bugs of the Qt binding that would crash the app in a long session.

PySide6 6.12.0 on Python 3.11 returns ``True`` from ``Signal.emit()`` without taking a reference, so every emit
drops one reference to ``True``; after a few thousand progress reports a zk verification in the app died with
"Fatal Python error: bool_dealloc" (or none_dealloc). pyproject.toml excludes that release; this test fails on
any binding that has the same kind of leak, for the calls the app makes all the time.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Signals(QObject):
    progress = Signal(float)
    finished = Signal(object)


def test_emitting_signals_keeps_the_reference_counts_of_true_false_and_none(qapp) -> None:
    signals = _Signals()
    signals.progress.connect(lambda fraction: None)
    signals.finished.connect(lambda result: None)
    before = [sys.getrefcount(x) for x in (True, False, None)]
    for _ in range(1000):
        signals.progress.emit(0.5)
        signals.finished.emit("result")
    after = [sys.getrefcount(x) for x in (True, False, None)]
    drift = [a - b for a, b in zip(after, before, strict=True)]
    assert all(abs(d) < 50 for d in drift), f"reference counts of True, False, None moved by {drift}"
