"""Saving a verification receipt as PDF (Qt's own QPdfWriter, no extra dependency) or JSON.

Every value from the proof file is untrusted text: it goes into the PDF's HTML escaped, so it renders as
text and never as markup. Files are written to a temporary name beside the target and renamed into place,
so an interrupted save leaves the old file or the new one, never half of one.
"""

from __future__ import annotations

import html
import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ..core.receipt import receipt_document, receipt_json
from ..core.result import Result
from .i18n import core_text, format_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("receipt", text)


def save_receipt(result: Result, path: str | Path) -> Path:
    """Write the receipt; the suffix (.pdf or .json) picks the kind."""
    target = Path(path)
    if target.suffix.lower() == ".json":
        _atomic_write(target, lambda tmp: Path(tmp).write_text(receipt_json(result), encoding="utf-8"))
    else:
        _atomic_write(target, lambda tmp: _write_pdf(receipt_document(result), tmp))
    return target


def _atomic_write(target: Path, write) -> None:  # type: ignore[no-untyped-def]
    fd, tmp = tempfile.mkstemp(prefix=".receipt-", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_pdf(doc: dict[str, Any], path: str) -> None:
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(_tr("Reserve Verifier receipt"))
    writer.setCreator("Reserve Verifier")
    text = QTextDocument()
    text.setPageSize(QSizeF(writer.width(), writer.height()))
    text.setHtml(receipt_html(doc))
    text.print_(writer)


def receipt_html(doc: dict[str, Any]) -> str:
    """The receipt as simple HTML for QTextDocument, in the app's language (the core's sentences in ``doc`` are
    still ``Text``: they are translated too); every value is escaped."""
    e = html.escape
    verdict = {"pass": _tr("PASS"), "fail": _tr("FAIL"), "error": _tr("ERROR")}[doc["verdict"]]
    rows: list[tuple[str, str]] = []
    fmt = doc.get("format") or {}
    rows.append((_tr("Verdict"), verdict))
    rows.append((_tr("File"), doc["file"]))
    rows.append((_tr("File SHA-256"), doc["receipt"]["proof_sha256"] or "—"))
    if fmt:
        name = f"{format_text(fmt['exchange'])}: {format_text(fmt['name'])}" + (
            f" ({core_text(fmt['variant'])})" if fmt.get("variant") else "")
        rows.append((_tr("Format"), f"{name} [{fmt['id']}]"))
    rows.append((_tr("Computed root"), doc["root"]["computed"] or "—"))
    rows.append((_tr("Expected root"), doc["root"]["expected"] or "—"))
    source = {"published": _tr("published root"), "file": _tr("root written in the proof file")}
    rows.append((_tr("Expected root came from"), source.get(doc["root"]["source"] or "", "—")))
    if doc["user"]["id"]:
        rows.append((_tr("Account"), doc["user"]["id"]))
    for coin, amount in doc["user"]["balances"].items():
        rows.append((_tr("Balance") + f" {coin}", amount))
    for coin, amount in (doc.get("totals") or {}).items():
        rows.append((_tr("Root total") + f" {coin}", amount))
    if doc.get("failure"):
        failure = doc["failure"]
        rows.append((_tr("First step that did not match"),
                     f"{core_text(failure['step'])}: {core_text(failure['message'])}"))
    if doc.get("error"):
        rows.append((_tr("Error"), core_text(doc["error"]["message"])))
    rows.append((_tr("App version"), doc["receipt"]["app_version"]))
    rows.append((_tr("Created (UTC)"), doc["receipt"]["created"]))
    table = "".join(
        f"<tr><td style='padding:3px 10px 3px 0'><b>{e(k)}</b></td>"
        f"<td style='padding:3px 0; font-family:monospace'>{e(v)}</td></tr>"
        for k, v in rows
    )
    warnings = "".join(f"<li><b>{e(w['code'])}</b>: {e(core_text(w['message']))}</li>" for w in doc["warnings"])
    return (
        f"<h1>{e(_tr('Reserve Verifier receipt'))}</h1>"
        f"<h2>{e(verdict)}</h2><table>{table}</table>"
        + (f"<h3>{e(_tr('Warnings'))}</h3><ul>{warnings}</ul>" if warnings else "")
        + f"<p><small>{e(_tr('This receipt is not signed. It records what this app recomputed, offline, from the file named above.'))}</small></p>"
    )
