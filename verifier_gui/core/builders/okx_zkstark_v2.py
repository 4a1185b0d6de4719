"""Build OKX zk-STARK v2 (plonky2) snapshots: batch sum trees, 64-way recursive layers, users' inclusion proofs
and a ``sum_proof_data.json`` holding the root in its public inputs (specs/okx.md §5).

Written from the spec, apart from the verifier: its own plain Poseidon (word by word, as the spec states the
rounds; only the numbers are shared, from hashing/poseidon_goldilocks_constants.py, which a test checks against
the extract of plonky2's source), trees built level by level as OKX's prover lays them out (a batch of
``batch_size`` accounts padded with empty accounts, layers of ``branch`` children padded with empty batches).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from ..hashing.poseidon_goldilocks_constants import ALL_ROUND_CONSTANTS, MDS_CIRC, MDS_DIAG

P = 2**64 - 2**32 + 1


def _permute(state: list[int]) -> list[int]:
    for r in range(30):
        state = [(x + ALL_ROUND_CONSTANTS[12 * r + i]) % P for i, x in enumerate(state)]
        if r < 4 or r >= 26:
            state = [pow(x, 7, P) for x in state]
        else:
            state[0] = pow(state[0], 7, P)
        state = [
            (sum(MDS_CIRC[i] * state[(i + row) % 12] for i in range(12)) + MDS_DIAG[row] * state[row]) % P
            for row in range(12)
        ]
    return state


def poseidon(inputs: list[int]) -> tuple[int, ...]:
    state = [0] * 12
    for start in range(0, len(inputs), 8):
        chunk = inputs[start : start + 8]
        for i, x in enumerate(chunk):
            state[i] = x % P
        state = _permute(state)
    return tuple(state[:4])


def to_hex(digest: tuple[int, ...]) -> str:
    return "".join(w.to_bytes(8, "little").hex() for w in digest)


@dataclass(frozen=True)
class Account:
    id: str  # 64 hex
    equity: list[int]
    debt: list[int]


def account_hash(a: Account) -> tuple[int, ...]:
    parts = [int(a.id[k : k + 14], 16) for k in (0, 14, 28, 42)] + [int(a.id[56:], 16)]
    return poseidon([*parts, sum(a.equity) % P, sum(a.debt) % P])


class Snapshot:
    """All accounts in batches of ``batch_size`` (a power of two), batches grouped ``branch`` to a node."""

    def __init__(self, accounts: list[Account], batch_size: int, branch: int, tokens: int, seed: int = 0) -> None:
        rng = random.Random(seed)
        self.accounts = accounts
        self.batch_size = batch_size
        self.branch = branch
        empty = Account("0" * 64, [0] * tokens, [0] * tokens)
        padded = accounts + [empty] * (-len(accounts) % batch_size)
        # batch trees: levels[b] = [leaves, level 1, …, [root]]
        self.batch_levels: list[list[list[tuple[int, ...]]]] = []
        for start in range(0, len(padded), batch_size):
            level = [account_hash(a) for a in padded[start : start + batch_size]]
            levels = [level]
            while len(level) > 1:
                level = [poseidon([*level[i], *level[i + 1]]) for i in range(0, len(level), 2)]
                levels.append(level)
            self.batch_levels.append(levels)
        # recursive layers over the batch roots, padded with "empty proof" hashes (random here: any hash will do)
        nodes = [levels[-1][0] for levels in self.batch_levels]
        self.layers: list[list[tuple[int, ...]]] = []
        while True:
            nodes = nodes + [tuple(rng.randrange(P) for _ in range(4)) for _ in range(-len(nodes) % branch)]
            self.layers.append(nodes)
            nodes = [
                poseidon([w for child in nodes[i : i + branch] for w in child]) for i in range(0, len(nodes), branch)
            ]
            if len(nodes) == 1:
                break
        self.root = nodes[0]
        self.equity = sum(sum(a.equity) for a in accounts)
        self.debt = sum(sum(a.debt) for a in accounts)

    @property
    def root_hex(self) -> str:
        return to_hex(self.root)

    def proof(self, index: int, numbers_as_text: bool = True) -> dict[str, Any]:
        """The inclusion proof of the account at global ``index``, in OKX's serializer layout."""
        a = self.accounts[index]
        num = str if numbers_as_text else (lambda v: v)
        batch, local = divmod(index, self.batch_size)
        siblings = []
        for level in self.batch_levels[batch][:-1]:
            siblings.append(to_hex(level[local ^ 1]))
            local //= 2
        layers = []
        position = batch
        for nodes in self.layers:
            group, offset = divmod(position, self.branch)
            children = nodes[group * self.branch : (group + 1) * self.branch]
            layers.append(
                {
                    "left_hashes": [to_hex(h) for h in children[:offset]],
                    "right_hashes": [to_hex(h) for h in children[offset + 1 :]],
                }
            )
            position = group
        return {
            "account": {"id": a.id, "equity": [num(v) for v in a.equity], "debt": [num(v) for v in a.debt]},
            "index": index,
            "sum_tree_siblings": siblings,
            "recursive_tree_siblings": layers,
        }

    def sum_proof_data(self, round_num: int = 1) -> dict[str, Any]:
        """A stand-in for the published sum_proof_data.json: the real shape's keys, a dummy FRI proof, and the
        public inputs [equity, debt, root0..root3] as raw u64."""
        return {
            "general": {
                "round_num": round_num,
                "recursion_branchout_num": self.branch,
                "batch_size": self.batch_size,
                "token_num": len(self.accounts[0].equity),
            },
            "root_vd_digest": {"elements": [0, 0, 0, 0]},
            "proof": {
                "proof": {"wires_cap": [], "opening_proof": {}},
                "public_inputs": [self.equity, self.debt, *self.root],
            },
        }


def random_accounts(count: int, tokens: int, seed: int = 0) -> list[Account]:
    """Accounts with random ids and amounts, each with equity ≥ debt (as OKX's circuit requires)."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        equity = [rng.choice([0, rng.randrange(10**12)]) for _ in range(tokens)]
        debt = [rng.choice([0, 0, rng.randrange(10**6)]) for _ in range(tokens)]
        if sum(debt) > sum(equity):
            equity[0] += sum(debt)
        out.append(Account(rng.randbytes(32).hex(), equity, debt))
    return out
