"""Batch reports: JSON (specs/CLI.md: ``results``, ``summary``, ``findings``), CSV (one row per file) and HTML (one
self-contained page: summary, a chart of verdicts, the findings, the table).

Every report is written to a temporary file beside the target and renamed into place, so a reader never sees half
a report (and an interrupted batch never leaves a broken one). CSV cells that a spreadsheet would run as a formula
are neutralised; every HTML value is escaped.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .. import __version__
from .catalogue import warning_message
from .findings import Finding
from .result import Result
from .text import text

REPORT_SCHEMA = 1
REPORT_KINDS = (".json", ".csv", ".html")
CSV_COLUMNS = ("file", "verdict", "format", "user id", "computed root", "warning codes", "failing step", "reason")
_VERDICT_COLOURS = {"pass": "#1a7f37", "fail": "#cf222e", "error": "#9a6700"}


@dataclass(frozen=True)
class Summary:
    total: int  # files the batch was asked to verify
    passed: int
    failed: int
    errors: int
    findings: int
    cancelled: bool

    @property
    def checked(self) -> int:
        return self.passed + self.failed + self.errors

    def to_json(self) -> dict[str, Any]:
        return {
            "files": self.total,
            "checked": self.checked,
            "not_checked": self.total - self.checked,
            "pass": self.passed,
            "fail": self.failed,
            "error": self.errors,
            "findings": self.findings,
            "cancelled": self.cancelled,
        }


def summarise(results: Sequence[Result], findings: Sequence[Finding], total: int, cancelled: bool) -> Summary:
    count = {v: 0 for v in ("pass", "fail", "error")}
    for r in results:
        count[r.verdict] += 1
    return Summary(total, count["pass"], count["fail"], count["error"], len(findings), cancelled)


def report_document(results: Sequence[Result], findings: Sequence[Finding], summary: Summary) -> dict[str, Any]:
    return {
        "schema": REPORT_SCHEMA,
        "app_version": __version__,
        "summary": summary.to_json(),
        "findings": [f.to_json() for f in findings],
        "results": [r.to_json() for r in results],
    }


# --- CSV ---------------------------------------------------------------------------------------------------------


def safe_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: one starting with = + - @ (or a tab or carriage return, which some
    programs strip before looking) gets a leading apostrophe, so it is never run as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def csv_row(r: Result) -> list[str]:
    reason = r.error.message if r.error else (r.failure.message if r.failure else "")
    cells = [
        r.file,
        r.verdict,
        r.format.id if r.format else "",
        r.user_id or "",
        r.root_computed or "",
        " ".join(r.warning_codes()),
        r.failure.step if r.failure else (r.error.code if r.error else ""),
        str(reason),
    ]
    return [safe_cell(c) for c in cells]


def report_csv(results: Sequence[Result]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in results:
        writer.writerow(csv_row(r))
    return out.getvalue()


# --- HTML --------------------------------------------------------------------------------------------------------


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def verdict_chart(summary: Summary) -> str:
    """An inline SVG bar chart of the verdicts (with the counts written beside the bars: never colour alone)."""
    rows = [("pass", summary.passed), ("fail", summary.failed), ("error", summary.errors)]
    if summary.total > summary.checked:
        rows.append(("not checked", summary.total - summary.checked))
    biggest = max([n for _, n in rows] + [1])
    bar_w, row_h = 360, 28
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{bar_w + 220}" height="{row_h * len(rows) + 8}" '
        f'aria-label="{_e("verdicts: " + ", ".join(f"{n} {v}" for v, n in rows))}">'
    ]
    for i, (verdict, n) in enumerate(rows):
        y = 4 + i * row_h
        width = round(bar_w * n / biggest)
        colour = _VERDICT_COLOURS.get(verdict, "#6e7781")
        parts.append(f'<text x="0" y="{y + 18}" font-size="14">{_e(verdict)}</text>')
        parts.append(f'<rect x="100" y="{y + 4}" width="{width}" height="{row_h - 8}" fill="{colour}"/>')
        parts.append(f'<text x="{108 + width}" y="{y + 18}" font-size="14">{n}</text>')
    parts.append("</svg>")
    return "".join(parts)


def report_html(results: Sequence[Result], findings: Sequence[Finding], summary: Summary, title: str = "") -> str:
    title = title or "Reserve Verifier batch report"
    created = datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
    s = summary
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{_e(title)}</title>",
        "<style>body{font-family:sans-serif;margin:2em;color:#1f2328}table{border-collapse:collapse}"
        "td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}"
        "code,.hash{font-family:monospace;word-break:break-all}.pass{color:#1a7f37}.fail{color:#cf222e}"
        ".error{color:#9a6700}</style>",
        "</head><body>",
        f"<h1>{_e(title)}</h1>",
        f"<p>Reserve Verifier {_e(__version__)}, {_e(created)}.</p>",
        "<h2>Summary</h2>",
        f"<p>{s.checked} of {s.total} files checked{' (cancelled before the end)' if s.cancelled else ''}: "
        f"{s.passed} pass, {s.failed} fail, {s.errors} error; {s.findings} finding(s) across files.</p>",
        verdict_chart(s),
        "<h2>Findings across files</h2>",
    ]
    if findings:
        out.append("<ul>")
        for f in findings:
            files = ", ".join(f"<code>{_e(name)}</code>" for name in f.files)
            out.append(
                f"<li><strong>{_e(f.code)}</strong>: {_e(warning_message(f.code))} {_e(f.message)}"
                f"<br>Files: {files}</li>"
            )
        out.append("</ul>")
    else:
        out.append("<p>None: no node, leaf or nonce was seen with conflicting values.</p>")
    out.append("<h2>Files</h2>")
    out.append("<table><thead><tr>" + "".join(f"<th>{_e(c)}</th>" for c in CSV_COLUMNS) + "</tr></thead><tbody>")
    for r in results:
        cells = [
            f"<td>{_e(r.file)}</td>",
            f'<td class="{_e(r.verdict)}">{_e(r.verdict)}</td>',
            f"<td>{_e(r.format.id if r.format else '')}</td>",
            f"<td>{_e(r.user_id or '')}</td>",
            f'<td class="hash">{_e(r.root_computed or "")}</td>',
            f"<td>{_e(' '.join(r.warning_codes()))}</td>",
            f"<td>{_e(r.failure.step if r.failure else (r.error.code if r.error else ''))}</td>",
            f"<td>{_e(r.error.message if r.error else (r.failure.message if r.failure else ''))}</td>",
        ]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></body></html>")
    return "\n".join(out) + "\n"


# --- writing -----------------------------------------------------------------------------------------------------


def report_kind(path: str | os.PathLike[str]) -> str:
    """The report kind a file name asks for; ValueError (a usage mistake, not bad input) for any other suffix."""
    suffix = Path(path).suffix.lower()
    if suffix not in REPORT_KINDS:
        raise ValueError(
            text("{path}: a report's name must end in .json, .csv or .html (the suffix picks the kind).", path=str(path))
        )
    return suffix


def render_report(
    kind: str, results: Sequence[Result], findings: Sequence[Finding], summary: Summary
) -> str:
    if kind == ".json":
        return json.dumps(report_document(results, findings, summary), indent=2, ensure_ascii=False) + "\n"
    if kind == ".csv":
        return report_csv(results)
    return report_html(results, findings, summary)


def write_report(
    path: str | os.PathLike[str], results: Sequence[Result], findings: Sequence[Finding], summary: Summary
) -> Path:
    """Write the report whose kind the suffix names, atomically (a temporary file renamed into place)."""
    target = Path(path)
    body = render_report(report_kind(target), results, findings, summary)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(body)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
