"""Build MEXC Merkle sum trees and users' proof files (specs/others.md §2.6), for tests.

Hashes are the first 32 hex of SHA-256. Leaf (level 0) = H("proofId,accountId,K:v,…") with the keys sorted
and the amounts as written. Level by level, nodes pair up; a lone node is paired with an empty node (hash "").
Parent = H("L,R,K:v,…") over the parent's balances: the left child's, and when the right child is not empty,
BTC/USDT/ETH/USDC as 0 where missing plus the right child's, written stripped and plain. A proof lists each
sibling with its level and side (type 1 left, 2 right); an empty sibling is listed with hash "" or left out.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal
from typing import Any


def _h(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _plain(value: Decimal) -> str:
    if value == 0:
        return "0"
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _kv(balances: dict[str, str]) -> str:
    return ",".join(f"{k}:{balances[k]}" for k in sorted(balances))


@dataclass(frozen=True)
class Account:
    account_id: str
    balances: dict[str, str]


@dataclass
class Node:
    hash: str
    balances: dict[str, str]


EMPTY = Node("", {})


def _parent(left: Node, right: Node) -> Node:
    sums = {k: Decimal(v) for k, v in left.balances.items()}
    if right.hash:
        for coin in ("BTC", "USDT", "ETH", "USDC"):
            sums.setdefault(coin, Decimal(0))
        for k, v in right.balances.items():
            sums[k] = sums.get(k, Decimal(0)) + Decimal(v)
    written = {k: _plain(v) for k, v in sums.items()}
    return Node(_h(f"{left.hash},{right.hash},{_kv(written)}"), written)


class Tree:
    def __init__(self, accounts: list[Account], proof_id: str = "PR-2025-01-01") -> None:
        self.accounts = accounts
        self.proof_id = proof_id
        level = [Node(_h(f"{proof_id},{a.account_id},{_kv(a.balances)}"), dict(a.balances)) for a in accounts]
        self.levels: list[list[Node]] = []
        while True:
            self.levels.append(level)
            if len(level) == 1 and len(self.levels) > 1:
                break
            level = [_parent(level[j], level[j + 1] if j + 1 < len(level) else EMPTY) for j in range(0, len(level), 2)]

    @property
    def root(self) -> Node:
        return self.levels[-1][0]

    def proof(self, index: int, list_empty: bool = True) -> dict[str, Any]:
        account = self.accounts[index]
        path = []
        position = index
        for level_no, level in enumerate(self.levels[:-1]):
            pair = position ^ 1
            if pair < len(level):
                sibling = level[pair]
                path.append({"level": level_no, "type": 1 if pair % 2 == 0 else 2, "hash": sibling.hash,
                             "balances": dict(sibling.balances)})
            elif list_empty:
                path.append({"level": level_no, "type": 2, "hash": "", "balances": {}})
            position //= 2
        root = self.root
        path.append({"level": len(self.levels) - 1, "type": 3, "hash": root.hash, "balances": dict(root.balances)})
        own = {"level": 0, "type": 1 if index % 2 == 0 else 2, "hash": self.levels[0][index].hash,
               "balances": dict(account.balances), "proofId": self.proof_id, "accountId": account.account_id}
        return {"pathList": path, "self": own}
