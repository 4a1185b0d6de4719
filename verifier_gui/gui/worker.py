"""Verification off the GUI thread: a QRunnable on the global thread pool that calls the core and sends the
Result back with a queued signal. The GUI thread never reads a proof file and never hashes."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRunnable, Signal

from ..core.entry import ENTERED_NAME, verify_entered
from ..core.errors import InputError
from ..core.options import VerifyOptions
from ..core.progress import Progress
from ..core.result import ErrorInfo, Result, error_result
from ..core.roots import APP_TYPED_ORIGIN, PublishedRoot, parse_root_argument
from ..core.secrets import UserSecrets
from ..core.text import text
from ..core.verify import verify_file

#: How the origin of a root typed into the app is described in the result ("published root, typed in the app").
TYPED_ORIGIN = APP_TYPED_ORIGIN


@dataclass(frozen=True)
class VerifyRequest:
    """What the user asked for: the proof file, the root box's text (hex or a root file's path; empty for none)
    and the chosen format id (None to detect it)."""

    proof: str
    root_text: str = ""
    format_id: str | None = None
    request_id: int = 0
    tree: str | None = None  # the full tree / leaf list file, for formats that publish one
    assets: str | None = None  # the exchange's asset list or configuration, for formats that need one
    entry_format: str | None = None  # set when the user typed values instead of giving a proof file
    fields: dict[str, str] = field(default_factory=dict)  # those typed values, or a record to go with the proof
    secrets: UserSecrets | None = None  # what the user holds and keeps secret (SwissBorg, BitMEX, River)


class VerifySignals(QObject):
    """The signals of one task. It lives in the GUI thread, so its signals reach GUI slots queued."""

    finished = Signal(object)  # (request_id, Result)
    progress = Signal(float)  # 0..1, from long verifications only


def run_request(request: VerifyRequest, progress: Progress | None = None) -> Result:
    """Resolve the root and verify; always returns a Result (bad input and bugs become error results)."""
    try:
        name = request.proof or ENTERED_NAME
        root: PublishedRoot | None = None
        if request.root_text.strip():
            try:
                root = parse_root_argument(request.root_text, TYPED_ORIGIN)
            except InputError as exc:
                return error_result(name, exc)
        if request.entry_format:
            return verify_entered(request.entry_format, request.fields, VerifyOptions(root=root))
        options = VerifyOptions(
            root=root,
            tree=request.tree or None,
            assets=request.assets or None,
            format_id=request.format_id,
            # Empty boxes are options not given, as on the command line (an empty UID is not a UID).
            record={k: v for k, v in request.fields.items() if v.strip()} or None,
            progress=progress,
            secrets=request.secrets,
        )
        return verify_file(request.proof, options)
    except Exception as exc:  # never leave the window waiting: a bug ends as an error, never as a pass
        return Result(
            file=request.proof or ENTERED_NAME,
            verdict="error",
            error=ErrorInfo(
                "internal-error",
                # The core's sentence (core/verify.py), so it is translated the same way.
                text("{name}: the verifier hit an internal error ({kind}: {exc}). Nothing was concluded about this "
                     "file. Please report this with the file's format.", name=request.proof or ENTERED_NAME,
                     kind=type(exc).__name__, exc=str(exc)),
            ),
        )


class VerifyTask(QRunnable):
    """One verification. Create it on the GUI thread (so ``signals`` belongs to it), then hand it to
    ``QThreadPool.globalInstance().start``; ``signals.finished`` delivers ``(request_id, Result)``."""

    def __init__(self, request: VerifyRequest) -> None:
        super().__init__()
        self.request = request
        self.signals = VerifySignals()
        # cancel() may be called from the GUI thread; the core checks the flag between chunks of work.
        self.progress = Progress(self.signals.progress.emit)

    def cancel(self) -> None:
        self.progress.cancel.set()

    def run(self) -> None:  # runs on a pool thread
        result = run_request(self.request, self.progress)
        self.signals.finished.emit((self.request.request_id, result))
