"""Binance zk leaves as field elements: pure functions, no hashing. Spec: specs/binance.md §3.3, §4.2.

What is hashed is a list of BN254 field elements. These functions build those lists exactly as Binance's
code lays them out, so the hashing module only has to absorb them:

* v1 (Z1a/Z1b): 350 asset slots (equity, debt), flattened, zero-padded to a multiple of 3, each triple packed
  as a·2^128 + b·2^64 + c: 234 elements.
* v2 (Z2): the user's assets padded to 50 or 500 entries (Binance's own padding order), each entry flattened
  to [Index, Equity, Debt, Loan, Margin, PortfolioMargin], packed in triples: 100 or 1000 elements.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .zk_leaf import equity_debt_elements, pack_triples

#: v1 asset slots (circuit constant AssetCounts of Binance's first zk release).
V1_ASSET_SLOTS = 350
#: v2 tiers: a user with at most 50 listed assets is padded to 50 entries, anyone else to 500.
V2_TIERS = (50, 500)
V2_MAX_INDEX = 500


class V2Asset(NamedTuple):
    index: int
    equity: int
    debt: int
    loan: int
    margin: int
    portfolio_margin: int

    def flat(self) -> tuple[int, int, int, int, int, int]:
        return (self.index, self.equity, self.debt, self.loan, self.margin, self.portfolio_margin)


def v1_commitment_elements(assets: Iterable[tuple[int, int, int]], slots: int = V1_ASSET_SLOTS) -> list[int]:
    """The 234 field elements of the v1 asset commitment (for 350 slots): (index, equity, debt) triples."""
    return equity_debt_elements({index: (equity, debt) for index, equity, debt in assets}, slots)


def v2_tier(asset_count: int) -> int:
    return V2_TIERS[0] if asset_count <= V2_TIERS[0] else V2_TIERS[1]


def v2_padded(assets: Sequence[V2Asset]) -> list[V2Asset]:
    """Binance's padding to exactly 50 or 500 entries (spec §4.2 step 2): empty entries for missing indexes
    before each real asset while the padding budget lasts, then consecutive indexes after the last asset."""
    tier = v2_tier(len(assets))
    budget = tier - len(assets)
    out: list[V2Asset] = []
    used = 0
    expected = 0
    for asset in assets:
        while expected < asset.index and used < budget:
            out.append(V2Asset(expected, 0, 0, 0, 0, 0))
            expected += 1
            used += 1
        out.append(asset)
        expected = asset.index + 1
    while len(out) < tier:
        out.append(V2Asset(expected, 0, 0, 0, 0, 0))
        expected += 1
    return out


def v2_commitment_elements(assets: Sequence[V2Asset]) -> list[int]:
    """The 100 (tier 50) or 1000 (tier 500) field elements of the v2 asset commitment."""
    flat: list[int] = []
    for entry in v2_padded(assets):
        flat.extend(entry.flat())
    return pack_triples(flat)
