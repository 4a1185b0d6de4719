"""Many proof files against one snapshot: the auditor's batch, as a plain generator.

:func:`expand_paths` turns the user's PATH arguments (files, folders searched recursively, glob patterns) into a
list of files; :func:`verify_many` verifies them, in order, and yields a :class:`BatchUpdate` after each chunk with
the results and the progress so far. It honours a cancel flag between chunks. The CLI drives it with a progress
bar, the app from a QThreadPool runnable; neither hashes on its own.

With ``jobs > 1`` the files are verified by worker processes in chunks (so process start-up and pickling are paid
per chunk, not per file). Each worker also extracts the file's :class:`~.findings.Evidence` (the small part the
cross-proof findings need), so the main process only indexes it. A bad file becomes an ``error`` result, never an
exception: one broken file never stops the batch.
"""

from __future__ import annotations

import glob
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import InputError
from .findings import Evidence, evidence_of
from .options import VerifyOptions
from .registry import all_formats
from .result import Check, ErrorInfo, Result, ResultWarning, error_result
from .text import text
from .verify import verify_file

#: Files taken from a folder (files named on the command line or matched by a glob are taken whatever their name).
PROOF_SUFFIXES = (".json", ".csv", ".txt")
#: Most files a chunk sent to a worker holds: big enough that process overhead is small, small enough that
#: progress and cancel stay smooth.
MAX_CHUNK = 32


@dataclass(frozen=True)
class FileOutcome:
    """One file's result, with what it contributes to the cross-proof findings (None for an error)."""

    index: int  # position in the expanded file list
    result: Result
    evidence: Evidence | None


@dataclass(frozen=True)
class BatchUpdate:
    """Yielded after each chunk: the outcomes it finished (in file order) and the progress so far."""

    outcomes: tuple[FileOutcome, ...]
    done: int
    total: int
    elapsed: float  # seconds since the batch started

    @property
    def rate(self) -> float:
        """Files per second so far (0 before the first second of work has produced anything)."""
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def remaining(self) -> float | None:
        """Seconds left at the current rate; None until there is a rate."""
        rate = self.rate
        return (self.total - self.done) / rate if rate > 0 else None


# --- which files ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Expanded:
    """The files to verify, and the arguments that named none (each becomes an error row)."""

    files: list[str]
    missing: list[Result]


def _has_magic(arg: str) -> bool:
    return any(ch in arg for ch in "*?[")


def _inside(path: str, folder_real: str) -> bool:
    real = os.path.realpath(path)
    return real == folder_real or real.startswith(folder_real.rstrip(os.sep) + os.sep)


def _walk(folder: str) -> Iterator[str]:
    """Proof files under ``folder``, sorted, recursively. Links are not followed into folders, and a linked file
    is taken only when it points inside the chosen folder: a batch never wanders outside what was chosen."""
    folder_real = os.path.realpath(folder)
    for top, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith(".") or not name.lower().endswith(PROOF_SUFFIXES):
                continue
            path = os.path.join(top, name)
            if os.path.islink(path) and not _inside(path, folder_real):
                continue
            if os.path.isfile(path):
                yield path


def expand_paths(args: Sequence[str]) -> Expanded:
    """Files, folders (recursively) and glob patterns, in the order given, each file once."""
    files: list[str] = []
    missing: list[Result] = []
    seen: set[str] = set()

    def take(path: str) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            files.append(path)

    for arg in args:
        if os.path.isdir(arg):
            for path in _walk(arg):
                take(path)
        elif os.path.isfile(arg):
            take(arg)
        elif _has_magic(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            for path in matches:
                if os.path.isdir(path):
                    for inner in _walk(path):
                        take(inner)
                elif os.path.isfile(path):
                    take(path)
            if not matches:
                message = text("{pattern}: no file matches this pattern.", pattern=arg)
                missing.append(error_result(arg, InputError("file-not-found", message)))
        else:
            message = text("{path}: there is no such file or folder.", path=arg)
            missing.append(error_result(arg, InputError("file-not-found", message)))
    return Expanded(files, missing)


# --- verifying -------------------------------------------------------------------------------------------------


def verify_one(path: str, options: VerifyOptions) -> tuple[Result, Evidence | None]:
    """One file: never raises (verify_file turns bad input and format bugs into error results)."""
    try:
        result = verify_file(path, options)
    except Exception as exc:  # noqa: BLE001 - a crash outside the format (I/O, memory) is still one error row
        result = Result(
            file=path,
            verdict="error",
            error=ErrorInfo(
                "internal-error",
                text(
                    "{file}: the verifier hit an internal error ({error}). Nothing was concluded about this file.",
                    file=path,
                    error=f"{type(exc).__name__}: {exc}",
                ),
            ),
        )
    return result, evidence_of(result)


def _verify_chunk(args: tuple[list[str], VerifyOptions, bool, bool]) -> list[tuple[Result, Evidence | None]]:
    """Runs in a worker process: a chunk of files; the path steps are dropped unless asked for (they are most
    of a result's size, and the evidence already holds what the findings need)."""
    paths, options, keep_steps, plain = args
    out = []
    for path in paths:
        result, evidence = verify_one(path, options)
        if not keep_steps:
            result = replace(result, steps=())
        out.append((plain_sentences(result) if plain else result, evidence))
    return out


def _plain(value: Any) -> Any:
    return str.__str__(value) if isinstance(value, str) else value  # a Text becomes the plain English str


def plain_sentences(result: Result) -> Result:
    """The result with its sentences as plain English text. A ``Text`` keeps its template and values for the app's
    translation; a report in English does not need them, and they were most of a kept result's memory (10,000
    results: 257 MiB with them)."""
    fmt = result.format
    return replace(
        result,
        format=None if fmt is None else replace(fmt, name=_plain(fmt.name), variant=_plain(fmt.variant)),
        checks=tuple(Check(_plain(c.name), c.ok, _plain(c.detail)) for c in result.checks),
        warnings=tuple(ResultWarning(w.code, _plain(w.message), _plain(w.detail)) for w in result.warnings),
        failure=None
        if result.failure is None
        else replace(result.failure, step=_plain(result.failure.step), message=_plain(result.failure.message),
                     expected=_plain(result.failure.expected), computed=_plain(result.failure.computed)),
        error=None if result.error is None else replace(result.error, message=_plain(result.error.message)),
        root_origin=_plain(result.root_origin),
    )


def _ignore_sigint() -> None:
    # Ctrl-C goes to the whole process group: the main process handles it and stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def chunk_size(total: int, jobs: int) -> int:
    """About eight chunks per worker, at most MAX_CHUNK files each."""
    return max(1, min(MAX_CHUNK, total // (jobs * 8) or 1))


def verify_many(
    files: Sequence[str],
    options: VerifyOptions | None = None,
    *,
    jobs: int | None = None,
    cancel: threading.Event | None = None,
    keep_steps: bool = False,
    plain_text: bool = False,
    clock: Callable[[], float] = time.monotonic,
    start_method: str | None = None,
) -> Iterator[BatchUpdate]:
    """Verify ``files`` in order, yielding a :class:`BatchUpdate` per chunk. Stops (without yielding the rest)
    once ``cancel`` is set. ``keep_steps`` keeps each result's path steps (the app shows them; the command line
    does not need them). ``plain_text`` keeps the sentences as plain English (for reports: far less memory; the
    app keeps them translatable). ``start_method`` picks how worker processes start (None: the platform's default)."""
    options = options or VerifyOptions()
    if options.progress is not None:
        options = replace(options, progress=None)  # one file is quick; progress is per file here
    cancel = cancel or threading.Event()
    jobs = max(1, jobs or default_jobs())
    total = len(files)
    start = clock()
    if total == 0:
        return
    size = chunk_size(total, jobs)
    chunks = [list(files[i : i + size]) for i in range(0, total, size)]
    done = 0

    def update(first: int, pairs: list[tuple[Result, Evidence | None]]) -> BatchUpdate:
        nonlocal done
        outcomes = tuple(FileOutcome(first + k, r, e) for k, (r, e) in enumerate(pairs))
        done += len(outcomes)
        return BatchUpdate(outcomes, done, total, clock() - start)

    if jobs == 1 or total == 1:
        for i, chunk in enumerate(chunks):
            if cancel.is_set():
                return
            yield update(i * size, _verify_chunk((chunk, options, keep_steps, plain_text)))
        return

    all_formats()  # import every format now: forked workers then start with them loaded, not once each
    context = multiprocessing.get_context(start_method)
    pool = context.Pool(min(jobs, len(chunks)), initializer=_ignore_sigint)
    try:
        results = pool.imap(_verify_chunk, [(chunk, options, keep_steps, plain_text) for chunk in chunks])
        for i, pairs in enumerate(results):
            yield update(i * size, pairs)
            if cancel.is_set():
                return
    finally:
        # terminate, not close: on cancel (or Ctrl-C, or the consumer stopping early) the rest is not wanted.
        pool.terminate()
        pool.join()
