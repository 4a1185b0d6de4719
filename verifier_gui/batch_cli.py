"""`reserve-verify batch`: the core's batch generator driven by a loop with a progress bar (specs/CLI.md).

The bar goes to stderr, only on a terminal; stdout carries the summary (or, with --json, the JSON report and
nothing else). Ctrl-C stops the workers, and the report of the files done so far is still written.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from contextlib import closing
from typing import TextIO

from .core.batch import default_jobs, expand_paths, verify_many
from .core.catalogue import warning_message
from .core.errors import InputError
from .core.findings import Finding, FindingsIndex
from .core.options import VerifyOptions
from .core.registry import get_format
from .core.reports import Summary, report_document, report_kind, summarise, write_report
from .core.result import Result
from .core.roots import parse_root_argument

EXIT_ALL_PASSED, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
#: Files listed by name under the summary when they did not pass (the report lists them all).
SHOWN_FAILURES = 20


class ProgressBar:
    """``[#####.....] 1,234/10,000 files  310 files/s  0:28 left`` on one terminal line, redrawn at most ten times
    a second; nothing at all when the stream is not a terminal."""

    def __init__(self, out: TextIO, total: int) -> None:
        self.out = out
        self.total = total
        self.enabled = out.isatty()
        self._last = 0.0

    def show(self, done: int, rate: float, remaining: float | None, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not force and now - self._last < 0.1):
            return
        self._last = now
        width = 30
        filled = int(width * done / self.total) if self.total else width
        left = "--:--" if remaining is None else _clock(remaining)
        self.out.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {done:,}/{self.total:,} files  {rate:,.0f} files/s  "
            f"{left} left "
        )
        self.out.flush()

    def clear(self) -> None:
        if self.enabled:
            self.out.write("\r" + " " * 78 + "\r")
            self.out.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def run_batch(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.jobs is not None and args.jobs < 1:
        parser.error("--jobs must be 1 or more")
    if args.report:
        try:
            report_kind(args.report)
        except ValueError as exc:
            parser.error(str(exc))
    if args.format_id and get_format(args.format_id) is None:
        parser.error(f"unknown format id {args.format_id!r} ('reserve-verify formats' lists them)")
    try:
        root = parse_root_argument(args.root, "given with --root") if args.root else None
    except InputError as exc:
        parser.error(str(exc))
    expanded = expand_paths(args.paths)
    if not expanded.files:
        parser.error("no proof file found in " + ", ".join(args.paths))
    options = VerifyOptions(root=root, assets=args.assets, format_id=args.format_id)
    jobs = args.jobs or default_jobs()

    results: list[Result] = list(expanded.missing)
    index = FindingsIndex()
    total = len(expanded.files)
    bar = ProgressBar(sys.stderr, total)
    cancel = threading.Event()
    interrupted = False
    try:
        with closing(verify_many(expanded.files, options, jobs=jobs, cancel=cancel, plain_text=True)) as updates:
            for update in updates:
                for outcome in update.outcomes:
                    index.add(outcome.evidence)
                    results.append(outcome.result)
                bar.show(update.done, update.rate, update.remaining, force=update.done == total)
    except KeyboardInterrupt:
        interrupted = True
        cancel.set()
    bar.clear()
    findings = index.findings()
    summary = summarise(results, findings, total + len(expanded.missing), interrupted)
    if args.report:
        try:
            write_report(args.report, results, findings, summary)
        except OSError as exc:
            print(f"reserve-verify: the report could not be written: {exc}", file=sys.stderr)
            return EXIT_USAGE
    if args.json:
        json.dump(report_document(results, findings, summary), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _print_summary(sys.stdout, results, findings, summary, args)
    if interrupted:
        print("interrupted: the report holds the files done so far", file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_ALL_PASSED if summary.passed == summary.total else EXIT_SOME_FAILED


def _print_summary(
    out: TextIO, results: list[Result], findings: list[Finding], summary: Summary, args: argparse.Namespace
) -> None:
    s = summary
    cancelled = " (interrupted)" if s.cancelled else ""
    out.write(
        f"{s.checked:,} of {s.total:,} files checked{cancelled}: {s.passed:,} pass, {s.failed:,} fail, "
        f"{s.errors:,} error; {len(findings)} finding(s) across files\n"
    )
    if args.quiet:
        return
    bad = [r for r in results if r.verdict != "pass"]
    for r in bad[:SHOWN_FAILURES]:
        why = r.error.message if r.error else (f"{r.failure.step}: {r.failure.message}" if r.failure else "")
        out.write(f"  {r.verdict.upper():<5} {r.file}: {why}\n")
    if len(bad) > SHOWN_FAILURES:
        out.write(f"  … and {len(bad) - SHOWN_FAILURES:,} more (see the report)\n")
    for f in findings:
        out.write(f"  FINDING {f.code}: {warning_message(f.code)} {f.message}\n")
        shown = ", ".join(f.files[:5]) + (f", … ({len(f.files)} files)" if len(f.files) > 5 else "")
        out.write(f"    files: {shown}\n")
    if args.report:
        out.write(f"Report written to {args.report}\n")

