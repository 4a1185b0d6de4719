"""Build BitMEX / River liabilities trees (specs/others.md §2.4) for tests and benchmarks.

Written from the spec alone with plain hashlib and struct (no code shared with the verifier):

* key per account and snapshot: SHA-256(account nonce ‖ u64le(block height) ‖ u64le(account id)); River first
  makes the account subkey SHA-256(account key ‖ e-mail ‖ u64le(account id)) and uses it as the account nonce;
* leaf i = HMAC-SHA256(key, u64le(value) ‖ u64le(i)); parent = SHA-256(Lh ‖ u64le(Lv) ‖ Rh ‖ u64le(Rv));
* balances are split into parts (at least two when possible), the parts shuffled, and the leaf count padded to a
  power of two with zero-value leaves under an all-zero key (as River does);
* the file: ``block_height:<n>`` then ``<hex>,<value>`` per node, breadth-first from the root, ``\\n`` endings.
"""

from __future__ import annotations

import hashlib
import hmac
import random
import struct
from dataclasses import dataclass


def _u64(n: int) -> bytes:
    return struct.pack("<Q", n)


@dataclass(frozen=True)
class Account:
    account_id: int
    balance: int  # satoshis
    account_nonce: bytes = b""  # BitMEX: 32 bytes
    river_key: bytes = b""  # River: 32 bytes (then email is used)
    email: str = ""

    def base(self) -> bytes:
        if self.river_key:
            return hashlib.sha256(self.river_key + self.email.encode("utf-8") + _u64(self.account_id)).digest()
        return self.account_nonce

    def key(self, block_height: int) -> bytes:
        """The per-snapshot key (BitMEX calls it the nonce for this proof)."""
        return hashlib.sha256(self.base() + _u64(block_height) + _u64(self.account_id)).digest()


def build(accounts: list[Account], block_height: int, seed: int = 1, parts: int = 2) -> tuple[str, list[list[tuple[bytes, int]]]]:
    """The tree file's text and its levels (levels[0] = the leaves, levels[-1] = [root]) as (hash, value)."""
    rng = random.Random(seed)
    pieces: list[tuple[bytes, int]] = []  # (key, value)
    for a in accounts:
        if a.balance <= 0:
            continue
        n = min(parts, a.balance)
        cuts = sorted(rng.sample(range(1, a.balance), n - 1)) if n > 1 else []
        bounds = [0, *cuts, a.balance]
        for lo, hi in zip(bounds, bounds[1:]):
            pieces.append((a.key(block_height), hi - lo))
    rng.shuffle(pieces)
    size = 1
    while size < max(len(pieces), 1):
        size *= 2
    pieces += [(bytes(32), 0)] * (size - len(pieces))
    leaves = [
        (hmac.new(key, _u64(value) + _u64(i), hashlib.sha256).digest(), value) for i, (key, value) in enumerate(pieces)
    ]
    levels = [leaves]
    while len(levels[-1]) > 1:
        below = levels[-1]
        levels.append(
            [
                (hashlib.sha256(lh + _u64(lv) + rh + _u64(rv)).digest(), lv + rv)
                for (lh, lv), (rh, rv) in zip(below[0::2], below[1::2])
            ]
        )
    lines = [f"block_height:{block_height}"]
    for level in reversed(levels):
        lines += [f"{h.hex()},{v}" for h, v in level]
    return "\n".join(lines) + "\n", levels
