"""Build OKX zk-STARK v1 snapshots: batch trees, the trunk tree and users' inclusion proofs (specs/okx.md §4).

Written from the spec, apart from the verifier: pycryptodome's Keccak is called directly, the trees are laid out
the way OKX's ``keccak_merkle_tree.py`` does it (a flat array, node i = H(node 2i ‖ node 2i+1), leaves from n
up) and the permute4 order is built by interleaving quarters rather than by the verifier's index formula. The
trace leaves that are not account rows are filled with random bytes: the verifier never sees their preimages.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from Crypto.Hash import keccak

STARK_P = 3618502788666131213697322783095070105623107215331596699973092056135872020481
EXTENSION = 16
TRUNK_UTS = 32


def _h(data: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=data).digest()


def _b32(value: int) -> bytes:
    return value.to_bytes(32, "big")


@dataclass(frozen=True)
class User:
    user_id: str  # 64 hex
    values: dict[str, int]  # coin → value (may be negative; the net total must not be)
    random_number: str  # 64 hex
    total: int | None = None  # None: the sum of the values (a different total makes a forged but hashable entry)

    def total_value(self) -> int:
        return sum(self.values.values()) if self.total is None else self.total


def entry_leaf(total: int, values: list[int], owner_hex: str, random_hex: str) -> bytes:
    inner = _h(b"".join(_b32(v % STARK_P) for v in values))
    return _h(_b32(total) + inner + bytes.fromhex(owner_hex) + bytes.fromhex(random_hex))


class _Tree:
    """A Keccak tree over a low-degree-extended trace of ``steps`` rows, stored in permute4 order."""

    def __init__(self, steps: int, placed: dict[int, bytes], rng: random.Random) -> None:
        n = steps * EXTENSION
        trace = [placed.get(x) or rng.randbytes(32) for x in range(n)]
        quarter = n // 4
        stored = [trace[i + j * quarter] for i in range(quarter) for j in range(4)]
        self.n = n
        self.nodes: list[bytes] = [b""] * n + stored
        for i in range(n - 1, 0, -1):
            self.nodes[i] = _h(self.nodes[2 * i] + self.nodes[2 * i + 1])
        self._quarter = quarter

    @property
    def root(self) -> bytes:
        return self.nodes[1]

    def branch(self, trace_index: int) -> list[str]:
        """[leaf, sibling, …] from the leaf up, as OKX's merkle_path lists them."""
        quarter = self._quarter
        i, j = trace_index % quarter, trace_index // quarter  # trace x sits at stored slot 4i + j
        k = self.n + 4 * i + j
        out = [self.nodes[k].hex()]
        while k > 1:
            out.append(self.nodes[k ^ 1].hex())
            k //= 2
        return out


def _steps_for(uts: int, rows: int) -> int:
    steps = 4
    while steps < uts * (rows + 1):
        steps *= 2
    return steps


@dataclass
class Batch:
    uts: int  # 16 (a* batches) or 32 (b* batches)
    users: list[User]
    random_number: str  # the batch's random number in the trunk
    root: bytes = b""
    sums: dict[str, int] = field(default_factory=dict)
    tree: _Tree | None = None


@dataclass
class Snapshot:
    coins: list[str]
    batches: list[Batch]
    trunk: _Tree
    layout: str  # "config" (later layout: embedded config, numbers as strings) or "key-order" (first release)

    @property
    def trunk_root(self) -> str:
        return self.trunk.root.hex()

    def proof(self, batch_index: int, user_index: int) -> dict[str, Any]:
        """The user's inclusion proof document, keys in OKX's order."""
        batch = self.batches[batch_index]
        user = batch.users[user_index]
        assert batch.tree is not None
        num = str if self.layout == "config" else (lambda v: v)
        total = user.total_value()
        b: dict[str, Any] = {"batch_mtree_root": batch.root.hex(), "user_id": user.user_id, "total_value": num(total)}
        b.update({c: num(user.values[c]) for c in self.coins})
        b.update(
            {
                "random_number": user.random_number,
                "user_index": user_index,
                "batch_index": batch_index,
                "uts": batch.uts,
                "merkle_path": batch.tree.branch((batch.uts * (user_index + 2) - 2) * EXTENSION),
            }
        )
        t: dict[str, Any] = {
            "trunk_mtree_root": self.trunk_root,
            "batch_id": batch.root.hex(),
            "total_value": num(batch.sums["total_value"]),
        }
        t.update({c: num(batch.sums[c]) for c in self.coins})
        t.update(
            {
                "random_number": batch.random_number,
                "merkle_path": self.trunk.branch((TRUNK_UTS * (batch_index + 2) - 2) * EXTENSION),
            }
        )
        doc: dict[str, Any] = {"batch_inclusion_proof": b, "trunk_inclusion_proof": t}
        if self.layout == "config":
            doc["config"] = {"main_coins_num": min(22, len(self.coins)), "coins": list(self.coins)}
        return doc

    def sum_values(self, batch_index: int) -> dict[str, int]:
        """A batch's published sum_values.json."""
        return dict(self.batches[batch_index].sums)


def build(coins: list[str], batches: list[Batch], layout: str = "config", seed: int = 0) -> Snapshot:
    rng = random.Random(seed)
    trunk_rows: dict[int, bytes] = {}
    for bi, batch in enumerate(batches):
        placed = {}
        for ui, user in enumerate(batch.users):
            values = [user.values[c] for c in coins]
            placed[(batch.uts * (ui + 2) - 2) * EXTENSION] = entry_leaf(
                user.total_value(), values, user.user_id, user.random_number
            )
        batch.tree = _Tree(_steps_for(batch.uts, len(batch.users)), placed, rng)
        batch.root = batch.tree.root
        batch.sums = {c: sum(u.values[c] for u in batch.users) for c in coins}
        batch.sums["total_value"] = sum(batch.sums[c] for c in coins)
        sums = [batch.sums[c] for c in coins]
        trunk_rows[(TRUNK_UTS * (bi + 2) - 2) * EXTENSION] = entry_leaf(
            sum(sums), sums, batch.root.hex(), batch.random_number
        )
    trunk = _Tree(_steps_for(TRUNK_UTS, len(batches)), trunk_rows, rng)
    return Snapshot(list(coins), batches, trunk, layout)


def random_snapshot(
    coins: list[str], batch_shapes: list[tuple[int, int]], layout: str = "config", seed: int = 0
) -> Snapshot:
    """Batches of (uts, number of users) with random ids, random numbers and values (some negative coins, net ≥ 0)."""
    rng = random.Random(seed)
    batches = []
    for uts, count in batch_shapes:
        users = []
        for _ in range(count):
            values = {c: rng.randrange(0, 10**9) for c in coins}
            values[coins[-1]] = -rng.randrange(0, 1000)  # a small negative coin, as the prover allows
            users.append(User(rng.randbytes(32).hex(), values, rng.randbytes(32).hex()))
        batches.append(Batch(uts, users, rng.randbytes(32).hex()))
    return build(coins, batches, layout, seed)
