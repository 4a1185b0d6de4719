"""Build KuCoin Merkle sum trees and users' proof texts (specs/kucoin.md §2), for tests and demos.

Written from the spec alone with plain hashlib and Decimal (no code shared with the verifier):

* leaf = SHA256(nonce ‖ auditId ‖ compact JSON of the balances, coins in the tree's order, exact strings);
* parent = SHA256(left ‖ right ‖ sum_1 ‖ … ‖ sum_n ‖ parent height), each sum exact, written in plain
  notation with trailing zeros (and then a bare point) removed;
* a level with an odd count gets a zero-balance copy of its last node (the rule is unconfirmed for KuCoin,
  §2.5: the spec says to treat such a sibling as padding, as OKX does);
* in a proof, ``type`` 1 = left child, 2 = right child, 0 = the root; ``path[0]`` is the neighbour's leaf
  with its nonce and audit id.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import Any


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _plain(value: Decimal) -> str:
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _add(a: str, b: str) -> str:
    with localcontext() as ctx:
        ctx.prec = 100
        return _plain(Decimal(a) + Decimal(b))


@dataclass(frozen=True)
class Account:
    nonce: str  # 64 hex
    balances: tuple[str, ...]  # exact text, in the tree's coin order


@dataclass
class Node:
    hash: str
    balances: tuple[str, ...]
    height: int
    nonce: str | None = None
    padding: bool = False


class Tree:
    """A whole tree, level by level; ``levels[0]`` are the leaves, ``levels[-1]`` is ``[root]``."""

    def __init__(self, accounts: list[Account], coins: tuple[str, ...] = ("BTC", "ETH", "USDT", "USDC"),
                 audit_id: str = "PR30SEP23") -> None:
        if not accounts:
            raise ValueError("a tree needs at least one account")
        self.coins = coins
        self.audit_id = audit_id
        self.accounts = accounts
        level = [Node(self.leaf_hash(a), a.balances, 1, a.nonce) for a in accounts]
        self.levels: list[list[Node]] = []
        while True:
            if len(level) % 2 == 1:
                last = level[-1]
                level.append(Node(last.hash, tuple("0" for _ in coins), last.height, padding=True))
            self.levels.append(level)
            height = level[0].height + 1
            parents = []
            for j in range(0, len(level), 2):
                left, right = level[j], level[j + 1]
                sums = tuple(_add(x, y) for x, y in zip(left.balances, right.balances))
                parents.append(Node(_sha256(left.hash + right.hash + "".join(sums) + str(height)), sums, height))
            if len(parents) == 1:
                self.levels.append(parents)
                return
            level = parents

    def leaf_hash(self, account: Account) -> str:
        body = ",".join(f'"{c}":"{v}"' for c, v in zip(self.coins, account.balances))
        return _sha256(account.nonce + self.audit_id + "{" + body + "}")

    @property
    def root(self) -> Node:
        return self.levels[-1][0]

    def proof(self, index: int) -> dict[str, Any]:
        """The JSON KuCoin's page gives the user at ``index`` (key order as delivered)."""
        path = []
        i = index
        for depth, level in enumerate(self.levels[:-1]):
            sibling = level[i ^ 1]
            entry: dict[str, Any] = {}
            if depth == 0 and not sibling.padding:
                entry["auditId"] = self.audit_id
            entry["balances"] = dict(zip(self.coins, sibling.balances))
            entry["hash"] = sibling.hash
            entry["height"] = sibling.height
            if depth == 0 and not sibling.padding:
                entry["nonce"] = sibling.nonce
            entry["type"] = 1 if (i ^ 1) % 2 == 0 else 2
            path.append(entry)
            i //= 2
        root = self.root
        path.append({"balances": dict(zip(self.coins, root.balances)), "hash": root.hash, "height": root.height,
                     "type": 0})
        own = self.levels[0][index]
        return {
            "path": path,
            "self": {
                "auditId": self.audit_id,
                "balances": dict(zip(self.coins, own.balances)),
                "hash": own.hash,
                "height": 1,
                "nonce": own.nonce,
                "type": 1 if index % 2 == 0 else 2,
            },
        }

    def proof_text(self, index: int) -> str:
        """The proof as KuCoin's page shows it: compact JSON on one line."""
        return json.dumps(self.proof(index), separators=(",", ":"))


def deterministic_nonce(seed: str, index: int) -> str:
    return hashlib.sha256(f"{seed}/{index}".encode()).hexdigest()
