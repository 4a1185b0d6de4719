"""Synthetic user files of the Poseidon zk formats (Gate.io zk, HTX/Poloniex zk v2), for tests and benchmarks.

Written from the specs on their own (gateio.md §2.2–2.5, htx_poloniex.md §2.4): the leaf packing and the tree come
from here and :class:`~.zk_smt.SparseTree`, not from the verifier's modules; only the Poseidon hash is shared, and
it is checked against published vectors by itself. Each builder puts the user at any index of the depth-28 tree,
with a few other accounts around it so the path holds real neighbours as well as empty subtrees.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from typing import Any

from ..hashing.poseidon_bn254 import R, hash_field
from .zk_smt import SparseTree


def _b64(x: int) -> str:
    return base64.b64encode(x.to_bytes(32, "big")).decode()


def gate_commitment(assets: dict[int, tuple[int, int]], count: int) -> int:
    flat = []
    for i in range(count):
        flat.extend(assets.get(i, (0, 0)))
    while len(flat) % 3:
        flat.append(0)
    elements = [flat[i] * 2**128 + flat[i + 1] * 2**64 + flat[i + 2] for i in range(0, len(flat), 3)]
    return hash_field(elements, 12)


def account_id(label: str) -> int:
    """A 32-byte id hash reduced mod r, as Gate and HTX store it."""
    return int.from_bytes(hashlib.sha256(label.encode()).digest(), "big") % R


@dataclass
class GateSnapshot:
    """A Gate.io zk snapshot with a handful of accounts; ``prices`` by asset index (USDT x 10^8)."""

    count: int = 350
    prices: dict[int, int] = field(default_factory=lambda: {0: 6_000_000_000_000, 1: 300_000_000_000, 5: 100_000_000})
    symbols: dict[int, str] = field(default_factory=lambda: {0: "btc", 1: "eth", 5: "usdt"})
    accounts: dict[int, tuple[int, dict[int, tuple[int, int]]]] = field(default_factory=dict)

    def add(self, index: int, uid: str, assets: dict[int, tuple[int, int]]) -> None:
        self.accounts[index] = (account_id(uid), assets)

    def totals(self, assets: dict[int, tuple[int, int]]) -> tuple[int, int]:
        equity = sum(e * self.prices.get(i, 0) for i, (e, _) in assets.items())
        debt = sum(d * self.prices.get(i, 0) for i, (_, d) in assets.items())
        return equity, debt

    def leaf(self, index: int) -> int:
        uid, assets = self.accounts[index]
        equity, debt = self.totals(assets)
        return hash_field([uid, equity, debt, gate_commitment(assets, self.count)], 16)

    def tree(self) -> SparseTree:
        empty = hash_field([0, 0, 0, gate_commitment({}, self.count)], 16)
        tree = SparseTree(empty)
        for index in self.accounts:
            tree.set(index, self.leaf(index))
        return tree

    def user_file(self, index: int, tree: SparseTree | None = None) -> dict[str, Any]:
        tree = tree or self.tree()
        uid, assets = self.accounts[index]
        equity, debt = self.totals(assets)
        return {
            "Arrangement": index,
            "UniqueIdentification": format(uid, "064x"),
            "TotalAssetEquity": equity,
            "TotalAssetDebt": debt,
            "AssetDetails": [{"Index": i, "Equity": e, "Debt": d} for i, (e, d) in sorted(assets.items())],
            "TreeRootHash": format(tree.root(), "064x"),
            "MerkleProofEncode": [_b64(s) for s in tree.siblings(index)],
        }

    def cex_config(self) -> dict[str, Any]:
        top = max(self.symbols) + 1
        infos = []
        for i in range(top):
            equity = sum(a.get(i, (0, 0))[0] for _, a in self.accounts.values())
            debt = sum(a.get(i, (0, 0))[1] for _, a in self.accounts.values())
            infos.append({"TotalEquity": equity, "TotalDebt": debt, "BasePrice": self.prices.get(i, 0),
                          "Symbol": self.symbols.get(i, f"tok{i}"), "Index": i})  # fmt: skip
        return {"ProofCsv": "./config/proof.csv", "ZkKeyVKDirectoryAndPrefix": "./zkpor864", "CexAssetsInfo": infos}


@dataclass
class HtxSnapshot:
    """An HTX zk v2 snapshot of N assets; balances are signed (the hash takes their absolute values)."""

    n: int = 168
    symbols: dict[int, str] = field(default_factory=lambda: {0: "btc", 1: "eth", 2: "trx", 3: "usdt", 4: "ht"})
    accounts: dict[int, tuple[int, int, int, dict[int, int]]] = field(default_factory=dict)

    def add(self, index: int, uid: int, equity: int, debt: int, balances: dict[int, int]) -> None:
        # HTX's AccountIdHash: SHA-256 of the UID as decimal text, mod r (htx_poloniex.md §2.4)
        self.accounts[index] = (account_id(str(uid)), equity, debt, balances)

    def leaf(self, index: int) -> int:
        uid, equity, debt, balances = self.accounts[index]
        commitment = hash_field([abs(balances.get(i, 0)) for i in range(self.n)], 12)
        return hash_field([uid, abs(equity), abs(debt), commitment], 16)

    def tree(self) -> SparseTree:
        empty = hash_field([0, 0, 0, hash_field([0] * self.n, 12)], 16)
        tree = SparseTree(empty)
        for index in self.accounts:
            tree.set(index, self.leaf(index))
        return tree

    def user_file(self, index: int, tree: SparseTree | None = None) -> dict[str, Any]:
        tree = tree or self.tree()
        uid, equity, debt, balances = self.accounts[index]
        return {
            "AccountIndex": index,
            "AccountIdHash": format(uid, "064x"),
            "TotalEquity": equity,
            "TotalDebt": debt,
            "Assets": [{"Index": i, "Balance": v} for i, v in sorted(balances.items()) if v],
            "Root": format(tree.root(), "064x"),
            "Proof": [_b64(s) for s in tree.siblings(index)],
        }

    def config(self) -> dict[str, Any]:
        infos = [{"TotalBalance": sum(a[3].get(i, 0) for a in self.accounts.values()),
                  "Symbol": self.symbols.get(i, f"tok{i}"), "Index": i} for i in range(self.n)]  # fmt: skip
        return {"ProofTable": "src/verifier/config/proof0.csv", "ZkKeyName": "zkpor500", "CexAssetsInfo": infos}


# --- batch tables (proof.csv / proof0.csv) ----------------------------------------------------------------------


def _batch_csv(rows: list[tuple[int, int, int, int]]) -> str:
    """CSV of (root before, root after, cex before, cex after) per batch, with the commitment of each and a
    placeholder proof (the Groth16 proofs are not checked by the verifier)."""
    import csv
    import io
    import json

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["id", "created_at", "updated_at", "deleted_at", "proof_info", "cex_asset_list_commitments",
                     "account_tree_roots", "batch_commitment", "batch_number"])  # fmt: skip
    for number, (rb, ra, cb, ca) in enumerate(rows):
        commitment = hash_field([rb, ra, cb, ca], 16)
        writer.writerow([number + 1, "2024-10-02 16:54:59.812", "2024-10-02 16:54:59.812", "",
                         base64.b64encode(bytes(256)).decode(), json.dumps([_b64(cb), _b64(ca)]),
                         json.dumps([_b64(rb), _b64(ra)]), _b64(commitment), number])  # fmt: skip
    return out.getvalue()


def gate_batch_table(snap: GateSnapshot, batch_size: int = 2) -> str:
    """The snapshot's accounts inserted batch by batch (by index), as Gate.io's proof.csv."""
    empty = hash_field([0, 0, 0, gate_commitment({}, snap.count)], 16)
    tree = SparseTree(empty)
    top = max(snap.symbols) + 1
    equity = [0] * top
    debt = [0] * top

    def cex() -> int:
        elements = [equity[i] * 2**128 + debt[i] * 2**64 + snap.prices.get(i, 0) for i in range(top)]
        return hash_field(elements + [0] * (snap.count - top), 12)

    rows = []
    order = sorted(snap.accounts)
    for start in range(0, len(order), batch_size):
        before = (tree.root(), cex())
        for index in order[start : start + batch_size]:
            tree.set(index, snap.leaf(index))
            for i, (e, d) in snap.accounts[index][1].items():
                equity[i] += e
                debt[i] += d
        rows.append((before[0], tree.root(), before[1], cex()))
    return _batch_csv(rows)


def htx_batch_table(snap: HtxSnapshot, batch_size: int = 2) -> str:
    """The snapshot's accounts inserted batch by batch (by index), as HTX's proof0.csv; CEX commitments hash the
    absolute values of the running per-asset totals."""
    empty = hash_field([0, 0, 0, hash_field([0] * snap.n, 12)], 16)
    tree = SparseTree(empty)
    totals = [0] * snap.n
    rows = []
    order = sorted(snap.accounts)
    for start in range(0, len(order), batch_size):
        before = (tree.root(), hash_field([abs(x) for x in totals], 12))
        for index in order[start : start + batch_size]:
            tree.set(index, snap.leaf(index))
            for i, v in snap.accounts[index][3].items():
                totals[i] += v
        rows.append((before[0], tree.root(), before[1], hash_field([abs(x) for x in totals], 12)))
    return _batch_csv(rows)
