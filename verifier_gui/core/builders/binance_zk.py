"""Build Binance zk user files (v1 12/16-wide, v2) and zk snapshot batch tables, from the specs alone.

Specs: binance.md §3.3–§3.5, §4.2, §5; gateio.md §2.6; htx_poloniex.md §2.5. Written apart from the verifier's
layout and path code (bytes packing instead of shifts, a whole sparse tree instead of a path fold) so that each
checks the other; the only shared piece is the Poseidon primitive, which has its own published test vectors.
"""

from __future__ import annotations

import base64
import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..hashing import poseidon_bn254 as poseidon

DEPTH = 28


def _h(values: Sequence[int], chunk: int = 16) -> int:
    return poseidon.hash_field(list(values), chunk)


def _b64(value: int) -> str:
    return base64.b64encode(value.to_bytes(32, "big")).decode()


def _pack(flat: list[int]) -> list[int]:
    """Triples as 24 big-endian bytes (8 per value) read back as one integer."""
    while len(flat) % 3:
        flat = flat + [0]
    out = []
    for i in range(0, len(flat), 3):
        raw = b"".join(v.to_bytes(8, "big") for v in flat[i : i + 3])
        out.append(int.from_bytes(raw, "big"))
    return out


class SparseTree:
    """A depth-28 sparse tree of a few leaves; every other slot holds ``empty_leaf``."""

    def __init__(self, empty_leaf: int) -> None:
        self.empty = [empty_leaf]
        for _ in range(DEPTH):
            self.empty.append(_h([self.empty[-1], self.empty[-1]]))
        self.leaves: dict[int, int] = {}

    def levels(self) -> list[dict[int, int]]:
        levels = [dict(self.leaves)]
        for height in range(DEPTH):
            below, above = levels[-1], {}
            for pos in {p >> 1 for p in below}:
                left = below.get(2 * pos, self.empty[height])
                right = below.get(2 * pos + 1, self.empty[height])
                above[pos] = _h([left, right])
            levels.append(above)
        return levels

    def root(self) -> int:
        return self.levels()[DEPTH].get(0, self.empty[DEPTH])

    def siblings(self, index: int) -> list[int]:
        levels = self.levels()
        return [levels[h].get((index >> h) ^ 1, self.empty[h]) for h in range(DEPTH)]


# --- v1 ------------------------------------------------------------------------------------------------------


def v1_leaf(id_hash: int, equity: int, debt: int, assets: dict[int, tuple[int, int]], chunk: int) -> int:
    flat: list[int] = []
    for slot in range(350):
        flat.extend(assets.get(slot, (0, 0)))
    return _h([id_hash, equity, debt, _h(_pack(flat), chunk)], chunk)


def v1_user_file(
    index: int,
    id_hash: int,
    assets: dict[int, tuple[int, int]],
    prices: dict[int, int],
    chunk: int,
    neighbours: dict[int, int] | None = None,
) -> dict[str, Any]:
    """A v1 user file for the account at ``index``; totals are amounts × prices (USDT × 10^16)."""
    equity = sum(e * prices[i] for i, (e, _) in assets.items())
    debt = sum(d * prices[i] for i, (_, d) in assets.items())
    tree = SparseTree(v1_leaf(0, 0, 0, {}, chunk))
    tree.leaves.update(neighbours or {})
    tree.leaves[index] = v1_leaf(id_hash, equity, debt, assets, chunk)
    return {
        "AccountIndex": index,
        "AccountIdHash": f"{id_hash:064x}",
        "TotalEquity": equity,
        "TotalDebt": debt,
        "Assets": [{"Index": i, "Equity": e, "Debt": d} for i, (e, d) in sorted(assets.items())],
        "Root": f"{tree.root():064x}",
        "Proof": [_b64(s) for s in tree.siblings(index)],
    }


# --- v2 ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class V2Holding:
    equity: int
    debt: int = 0
    loan: int = 0
    margin: int = 0
    portfolio_margin: int = 0


def v2_entries(assets: dict[int, V2Holding]) -> list[list[int]]:
    """Binance's padding, written as: gaps before real assets (first come first served, up to the budget),
    then consecutive indexes after the last real asset."""
    tier = 50 if len(assets) <= 50 else 500
    real = sorted(assets)
    gaps = [i for k, idx in enumerate(real) for i in range((real[k - 1] + 1) if k else 0, idx)]
    budget = tier - len(real)
    padded_before = set(gaps[:budget])
    entries = []
    for idx in sorted(padded_before | set(real)):
        h = assets.get(idx)
        entries.append([idx, h.equity, h.debt, h.loan, h.margin, h.portfolio_margin] if h else [idx, 0, 0, 0, 0, 0])
    nxt = (real[-1] + 1) if real else 0
    while len(entries) < tier:
        entries.append([nxt, 0, 0, 0, 0, 0])
        nxt += 1
    return entries


def v2_leaf(id_hash: int, equity: int, debt: int, collateral: int, assets: dict[int, V2Holding]) -> int:
    flat = [v for entry in v2_entries(assets) for v in entry]
    return _h([id_hash, equity, debt, collateral, _h(_pack(flat), 16)], 16)


def v2_user_file(
    index: int,
    id_hash: int,
    assets: dict[int, V2Holding],
    prices: dict[int, int],
    collateral: int,
    neighbours: dict[int, int] | None = None,
) -> dict[str, Any]:
    equity = sum(h.equity * prices[i] for i, h in assets.items())
    debt = sum(h.debt * prices[i] for i, h in assets.items())
    tree = SparseTree(_h([0, 0, 0, 0, 0], 16))  # v2's empty leaf is Poseidon(0,0,0,0,0) (spec §4.2)
    tree.leaves.update(neighbours or {})
    tree.leaves[index] = v2_leaf(id_hash, equity, debt, collateral, assets)
    return {
        "AccountIndex": index,
        "AccountIdHash": f"{id_hash:064x}",
        "TotalEquity": equity,
        "TotalDebt": debt,
        "TotalCollateral": collateral,
        "Assets": [
            {"Index": i, "Equity": h.equity, "Debt": h.debt, "Loan": h.loan, "Margin": h.margin, "PortfolioMargin": h.portfolio_margin}
            for i, h in sorted(assets.items())
        ],
        "Root": f"{tree.root():064x}",
        "Proof": [_b64(s) for s in tree.siblings(index)],
    }


# --- snapshot batch tables (Gate.io layout; HTX and Binance v1 share it) ---------------------------------------


def gate_cex_commitment(config: list[dict[str, int]], slots: int, zero_totals: bool = False) -> int:
    flat: list[int] = [0] * (3 * slots)
    for item in config:
        i = item["Index"]
        flat[3 * i : 3 * i + 3] = [0 if zero_totals else item["TotalEquity"], 0 if zero_totals else item["TotalDebt"], item["BasePrice"]]
    values = [int.from_bytes(b"".join(v.to_bytes(8, "big") for v in flat[k : k + 3]), "big") for k in range(0, len(flat), 3)]
    return _h(values, 12)


def gate_empty_root(slots: int = 350) -> int:
    zeros = [0] * ((2 * slots + 2) // 3)
    node = _h([0, 0, 0, _h(zeros, 12)], 12)
    for _ in range(DEPTH):
        node = _h([node, node])
    return node


def gate_bundle(batches: int, config: list[dict[str, int]], slots: int = 350, seed: int = 1) -> tuple[str, str]:
    """(proof.csv text, cex_config.json text) for a chain of ``batches`` batches ending at ``config``'s totals.
    Intermediate roots and commitments are arbitrary field values (only a prover could make real ones; the
    snapshot check cannot tell them apart)."""
    import random

    rnd = random.Random(seed)
    r = poseidon.R
    roots = [gate_empty_root(slots)] + [rnd.randrange(r) for _ in range(batches)]
    cex = [gate_cex_commitment(config, slots, zero_totals=True)] + [rnd.randrange(r) for _ in range(batches - 1)]
    cex.append(gate_cex_commitment(config, slots))
    out = io.StringIO()
    w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(["id", "created_at", "updated_at", "deleted_at", "proof_info", "cex_asset_list_commitments",
                "account_tree_roots", "batch_commitment", "batch_number"])
    order = list(range(batches))
    rnd.shuffle(order)  # real tables are not sorted by batch number
    for n in order:
        commitment = _h([roots[n], roots[n + 1], cex[n], cex[n + 1]])
        w.writerow([
            n + 1, "2024-10-02 16:54:59.812", "2024-10-02 16:54:59.812", "",
            base64.b64encode(bytes(256)).decode(),
            json.dumps([_b64(cex[n]), _b64(cex[n + 1])]),
            json.dumps([_b64(roots[n]), _b64(roots[n + 1])]),
            _b64(commitment), n,
        ])
    cfg = {"ProofCsv": "./config/proof.csv", "ZkKeyVKDirectoryAndPrefix": "./zkpor864", "CexAssetsInfo": config}
    return out.getvalue(), json.dumps(cfg)
