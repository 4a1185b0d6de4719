"""The Poseidon calls the Binance zk formats and the snapshot check make, in one place.

The hash itself lives in :mod:`verifier_gui.core.hashing.poseidon_bn254` (the bnb-chain gnark-crypto fork's
rules: output lane 1, chunked absorption, specs/binance.md §5); this module only names the calls these
formats need, so they read like the spec: ``hash_elements(values, chunk)``, ``hash_pair(left, right)``.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence

from ..errors import InputError
from ..hashing import poseidon_bn254 as _p
from ..text import text

#: BN254 scalar field order r: every hashed element must be below it.
FIELD_ORDER = _p.R


def hash_elements(values: Sequence[int], chunk: int = 16) -> int:
    """Poseidon over ``values`` with the fork's chunked absorption of width ``chunk`` (12 or 16)."""
    return _p.hash_field(values, chunk)


def hash_pair(left: int, right: int) -> int:
    """The 2-input Poseidon of tree parents (t = 3)."""
    return _p.hash2(left, right)


def hex32(value: int) -> str:
    return value.to_bytes(32, "big").hex()


def decode_b64_32(value: object) -> int | None:
    """Standard padded base64 of exactly 32 bytes → its big-endian integer; None for anything else (the
    callers word the error: a sibling, a batch table cell, a Binance hash)."""
    if not isinstance(value, str):
        return None
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return int.from_bytes(raw, "big") if len(raw) == 32 else None


def check_below_field(value: int, where: str, invalid_proof: bool = False) -> int:
    """``value`` itself when it is a field element (0 ≤ value < r); else InputError ``zk-field-overflow`` (Binance's
    own code panics on such a value), or ``invalid-proof`` for the formats that have always called it so."""
    if not 0 <= value < FIELD_ORDER:
        raise InputError(
            "invalid-proof" if invalid_proof else "zk-field-overflow",
            text("{where}: the value {value} is not below the BN254 field order, so it cannot be hashed.", where=where, value=value),
        )
    return value


def field_from_hex(value: str, where: str, invalid_proof: bool = False) -> int:
    """64 hex digits → a field element below r."""
    return check_below_field(int(value, 16), where, invalid_proof)


def field_from_b64(value: str, where: str) -> int:
    """Standard padded base64 of exactly 32 bytes → a field element below r."""
    number = decode_b64_32(value)
    if number is None:
        raise InputError("invalid-proof", text("{where}: {value} is not base64 of 32 bytes.", where=where, value=value))
    return check_below_field(number, where)
