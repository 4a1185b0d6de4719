"""Build Bybit Merkle sum trees and users' path files (specs/others.md §2.1), for tests.

Leaf = SHA256(userHash ‖ the balance strings in the asset list's order); parent at height h = SHA256(left ‖
right ‖ each asset's sum truncated to 8 places and written with 8 ‖ h). The leaves are height 1. Bybit does not
publish how it fills an odd level; this builder pairs a lone node with a zero-balance copy of itself.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal, localcontext
from typing import Any


@dataclass(frozen=True)
class Account:
    user_hash: str  # 64 hex
    balances: dict[str, str]  # asset → exact text ("1.50000000"), in the asset list's order
    nonce: str = "00000000-0000-0000-0000-000000000000"


@dataclass
class Node:
    hash: str
    balances: dict[str, str]
    height: int


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _sum8(a: str, b: str) -> str:
    with localcontext() as ctx:
        ctx.prec = 200
        return f"{(Decimal(a) + Decimal(b)).quantize(Decimal('0.00000001'), rounding=ROUND_DOWN):f}"


def leaf_hash(account: Account) -> str:
    return _sha(account.user_hash + "".join(account.balances.values()))


class Tree:
    """``levels[0]`` are the leaves (height 1), ``levels[-1]`` is ``[root]``."""

    def __init__(self, accounts: list[Account], audit_id: str = "2025010101") -> None:
        if len(accounts) < 2:
            raise ValueError("a Bybit proof needs at least two accounts")
        self.accounts = accounts
        self.audit_id = audit_id
        level = [Node(leaf_hash(a), dict(a.balances), 1) for a in accounts]
        self.levels: list[list[Node]] = []
        while len(level) > 1:
            if len(level) % 2:
                last = level[-1]
                level.append(Node(last.hash, {c: "0.00000000" for c in last.balances}, last.height))
            self.levels.append(level)
            height = level[0].height + 1
            parents = []
            for j in range(0, len(level), 2):
                left, right = level[j], level[j + 1]
                sums = {c: _sum8(left.balances[c], right.balances[c]) for c in left.balances}
                parents.append(Node(_sha(left.hash + right.hash + "".join(sums.values()) + str(height)), sums, height))
            level = parents
        self.levels.append(level)

    @property
    def root(self) -> Node:
        return self.levels[-1][0]

    def proof(self, index: int) -> dict[str, Any]:
        account = self.accounts[index]
        own = {
            "auditId": self.audit_id,
            "balance": dict(account.balances),
            "type": 1 if index % 2 == 0 else 2,
            "hash": leaf_hash(account),
            "height": 1,
            "nonce": account.nonce,
            "userHash": account.user_hash,
        }
        path = []
        position = index
        for level in self.levels[:-1]:
            sibling = level[position ^ 1]
            path.append(
                {
                    "auditId": self.audit_id,
                    "balance": dict(sibling.balances),
                    "type": 1 if (position ^ 1) % 2 == 0 else 2,
                    "hash": sibling.hash,
                    "height": sibling.height,
                }
            )
            position //= 2
        root = self.root
        path.append({"auditId": self.audit_id, "balance": dict(root.balances), "type": 3, "hash": root.hash,
                     "height": root.height})
        return {"self": own, "path": path}
