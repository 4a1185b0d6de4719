"""Progress and cancellation for long verifications (a full tree of millions of lines, the zk formats).

The core stays free of threads and Qt: a long loop calls ``progress.at(fraction)`` now and then; that reports
to whoever is listening (the app's progress bar, the command line's bar) and raises :class:`Cancelled` once
the user has asked to stop. A cancelled verification ends as an ``error`` result, never as a pass.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from .errors import InputError
from .text import text


class Cancelled(InputError):
    def __init__(self) -> None:
        super().__init__(
            "cancelled", text("The verification was cancelled before it finished; nothing was concluded.")
        )


class Progress:
    """``report`` gets a fraction from 0 to 1; ``cancel`` is set (from any thread) to stop the work."""

    def __init__(self, report: Callable[[float], None] | None = None) -> None:
        self.report = report
        self.cancel = threading.Event()

    def at(self, fraction: float) -> None:
        if self.cancel.is_set():
            raise Cancelled()
        if self.report is not None:
            self.report(min(max(fraction, 0.0), 1.0))


#: How many lines a streaming loop handles between two progress calls (cheap enough, smooth enough).
EVERY_LINES = 16_384
