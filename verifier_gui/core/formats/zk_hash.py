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


def field_from_hex(value: str, where: str) -> int:
    """64 hex digits → a field element; a value ≥ r is an error (Binance's own code panics on it)."""
    number = int(value, 16)
    if number >= FIELD_ORDER:
        raise InputError(
            "zk-field-overflow",
            text("{where}: the value {value} is not below the BN254 field order, so it cannot be hashed.", where=where, value=value),
        )
    return number


def field_from_b64(value: str, where: str) -> int:
    """Standard padded base64 of exactly 32 bytes → a field element below r."""
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise InputError("invalid-proof", text("{where}: {value} is not base64.", where=where, value=value)) from None
    if len(raw) != 32:
        raise InputError(
            "invalid-proof",
            text("{where}: a hash must be 32 bytes; this one has {count}.", where=where, count=len(raw)),
        )
    return field_from_hex(raw.hex(), where)


def check_below_field(value: int, where: str) -> int:
    if not 0 <= value < FIELD_ORDER:
        raise InputError(
            "zk-field-overflow",
            text("{where}: the value {value} is not below the BN254 field order, so it cannot be hashed.", where=where, value=value),
        )
    return value
