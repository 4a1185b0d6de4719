"""Verification receipts: what a user can keep or share to show what they checked, and when.

The receipt is the schema-1 result of specs/CLI.md with a ``receipt`` block added: the SHA-256 of the bytes
that were verified, the app's version and the time. It holds no more than the result already shows (the
user's balances are in it because the user asked to save them); it is written only where the user chooses.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from .. import __version__
from .result import Result

RECEIPT_SCHEMA = 1


def receipt_document(result: Result, now: datetime | None = None) -> dict[str, Any]:
    moment = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    doc = result.to_json()
    doc["receipt"] = {
        "schema": RECEIPT_SCHEMA,
        "proof_sha256": result.input_sha256,
        "app": "Reserve Verifier",
        "app_version": __version__,
        "created": moment.isoformat(timespec="seconds").replace("+00:00", "Z"),
    }
    return doc


def receipt_json(result: Result, now: datetime | None = None) -> str:
    return json.dumps(receipt_document(result, now), indent=2, ensure_ascii=False) + "\n"
