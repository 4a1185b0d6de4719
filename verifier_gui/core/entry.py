"""Values a user copied from a web page instead of a proof file (the 2022 Silver Sixpence audits of Binance and
KuCoin had no downloadable proof). The command line's options and the app's form both come here, so the two
build the same in-memory document and verify it through the same format module. Nothing is written to disk.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from .errors import InputError
from .loading import Source
from .options import VerifyOptions
from .result import Result, error_result
from .verify import verify_source

#: The formats whose users have values from a web page, with what the form asks for.
ENTRY_FORMATS = ("binance-silversixpence", "kucoin-silversixpence", "silversixpence")
#: The field names, shared by the CLI options (--customer-id …) and the app's form.
ENTRY_FIELDS = ("leaf", "merkle_hash", "customer_id", "salt", "audit_id", "balances", "path")
ENTERED_NAME = "values entered by hand"


def document_from_fields(format_id: str, fields: Mapping[str, str]) -> dict[str, object]:
    """The manual-path document (see formats/silversixpence.py) for what the user typed."""
    if format_id not in ENTRY_FORMATS:
        raise InputError(
            "unknown-format-id",
            f"Values typed by hand are accepted for {', '.join(ENTRY_FORMATS)}, not for {format_id!r}.",
        )
    from .formats.silversixpence import manual_document, parse_path_text

    def value(name: str) -> str | None:
        text = (fields.get(name) or "").strip()
        return text or None

    record = None
    if any(value(k) for k in ("customer_id", "salt", "balances")):
        record = {
            "customer_id": value("customer_id") or "",
            "salt": value("salt") or "",
            "audit_id": value("audit_id") or "",
            "balances": value("balances") or "",
        }
    return manual_document(
        format_id,
        leaf=value("leaf"),
        merkle_hash=value("merkle_hash"),
        record=record,
        path=parse_path_text(fields.get("path") or ""),
    )


def verify_entered(format_id: str, fields: Mapping[str, str], options: VerifyOptions) -> Result:
    """Verify typed values; like verify_file, it never raises for bad input."""
    try:
        document = document_from_fields(format_id, fields)
    except InputError as exc:
        return error_result(ENTERED_NAME, exc)
    source = Source(ENTERED_NAME, json.dumps(document).encode("utf-8"))
    return verify_source(source, VerifyOptions(root=options.root, format_id=format_id))
