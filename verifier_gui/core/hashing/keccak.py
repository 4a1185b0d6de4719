"""Keccak-256 with the original Keccak padding (0x01), as Ethereum and OKX's zk-STARK v1 use it.

This is *not* SHA3-256: FIPS 202 changed the padding byte to 0x06, so ``hashlib.sha3_256`` gives different
digests. The standard library has no original Keccak, so we use pycryptodome's ``Crypto.Hash.keccak``
(a C implementation, well kept, offline).
"""

from __future__ import annotations

from Crypto.Hash import keccak as _keccak


def keccak256(data: bytes) -> bytes:
    """The 32-byte Keccak-256 digest of ``data``."""
    return _keccak.new(digest_bits=256, data=data).digest()


def keccak256_hex(data: bytes) -> str:
    """Lower-case hex Keccak-256 of ``data``."""
    return _keccak.new(digest_bits=256, data=data).hexdigest()
