"""SHA-256 helpers for the text-hashing formats.

Most Merkle-sum formats hash *text*: hex digests, decimal amounts and heights concatenated as ASCII/UTF-8,
then hex-encode the digest in lower case. Keeping that in one place keeps every format's encoding honest.
"""

from __future__ import annotations

import hashlib


def sha256_hex(text: str) -> str:
    """Lower-case hex SHA-256 of the UTF-8 bytes of ``text``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sha256_hex_bytes(data: bytes) -> str:
    """Lower-case hex SHA-256 of raw bytes."""
    return hashlib.sha256(data).hexdigest()
