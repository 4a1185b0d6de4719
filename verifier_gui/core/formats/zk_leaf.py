"""Leaf pieces shared by the BN254 zk formats whose leaf commits to (equity, debt) per asset slot: Binance zk v1
(specs/binance.md §3.3) and Gate.io zk (gateio.md §2.4), which hash the same way.

Asset commitment: the slots 0..count-1 as (equity_i, debt_i) (0, 0 when absent), flattened e0, d0, e1, d1, ...,
padded with zeros to a multiple of 3 and packed three at a time as a*2^128 + b*2^64 + c; then the fork's chunked
Poseidon over those elements. Leaf = Poseidon(id, total_equity, total_debt, commitment) (4 inputs, width 5).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..hashing.poseidon_bn254 import hash_field


def pack_triples(values: Sequence[int]) -> list[int]:
    """a*2^128 + b*2^64 + c for each triple (a, b, c), the list padded with zeros to a multiple of 3."""
    padded = list(values) + [0] * (-len(values) % 3)
    return [(padded[i] << 128) + (padded[i + 1] << 64) + padded[i + 2] for i in range(0, len(padded), 3)]


def equity_debt_elements(slots: Mapping[int, tuple[int, int]], count: int) -> list[int]:
    """The packed elements for ``count`` slots; ``slots`` maps an asset index to (equity, debt)."""
    flat: list[int] = []
    for i in range(count):
        equity, debt = slots.get(i, (0, 0))
        flat += (equity, debt)
    return pack_triples(flat)


def equity_debt_commitment(slots: Mapping[int, tuple[int, int]], count: int, chunk: int) -> int:
    return hash_field(equity_debt_elements(slots, count), chunk)


def leaf4(account_id: int, total_equity: int, total_debt: int, commitment: int) -> int:
    """Poseidon(id, equity, debt, commitment): the leaf of Binance zk v1, Gate.io zk and HTX zk v2."""
    return hash_field([account_id, total_equity, total_debt, commitment])
