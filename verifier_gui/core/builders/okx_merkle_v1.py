"""Build OKX Merkle v1 trees and users' path files (specs/okx.md §2)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal, localcontext
from typing import Any

COINS = ("BTC", "ETH", "USDT")


@dataclass(frozen=True)
class Account:
    nonce: str  # 64 hex
    balances: tuple[str, str, str]  # exact text, as the exchange writes it


@dataclass
class Node:
    hash: str
    balances: tuple[str, str, str]
    type: int  # 1 left, 2 right, 3 root, 4 padding
    height: int
    nonce: str | None = None


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _truncated_sum(a: str, b: str) -> str:
    with localcontext() as ctx:
        ctx.prec = 200
        total = (Decimal(a) + Decimal(b)).quantize(Decimal("0.00000001"), rounding=ROUND_DOWN)
    text = f"{total:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def leaf_hash(account: Account) -> str:
    btc, eth, usdt = account.balances
    return _sha256(account.nonce + '{"BTC":"' + btc + '","ETH":"' + eth + '","USDT":"' + usdt + '"}')


class Tree:
    """A whole tree, level by level; ``levels[0]`` are the leaves, ``levels[-1]`` is ``[root]``."""

    def __init__(self, accounts: list[Account]) -> None:
        if not accounts:
            raise ValueError("a tree needs at least one account")
        self.accounts = accounts
        level = [
            Node(leaf_hash(a), a.balances, 1 if i % 2 == 0 else 2, 1, a.nonce) for i, a in enumerate(accounts)
        ]
        self.levels: list[list[Node]] = []
        while True:
            if len(level) % 2 == 1:  # odd count (a lone leaf too): pad with a zero copy of the last node
                last = level[-1]
                level.append(Node(last.hash, ("0", "0", "0"), 4, last.height))
            self.levels.append(level)
            height = level[0].height + 1
            parents = []
            for j in range(0, len(level), 2):
                left, right = level[j], level[j + 1]
                sums = tuple(_truncated_sum(x, y) for x, y in zip(left.balances, right.balances))
                text = left.hash + right.hash + "".join(sums) + str(height)
                parents.append(Node(_sha256(text), sums, 1 if (j // 2) % 2 == 0 else 2, height))
            if len(parents) == 1:
                parents[0].type = 3
                self.levels.append(parents)
                break
            level = parents

    @property
    def root(self) -> Node:
        return self.levels[-1][0]

    def proof(self, index: int, audit_id: str = "1") -> dict[str, Any]:
        """The path file OKX gives the user at ``index``: ``self`` and the path from the bottom up."""
        path = []
        i = index
        for level in self.levels[:-1]:
            sibling = level[i ^ 1]
            path.append(_node_json(sibling, audit_id))
            i //= 2
        path.append(_node_json(self.root, audit_id))
        own = self.levels[0][index]
        return {"path": path, "self": _node_json(own, audit_id)}


def _node_json(node: Node, audit_id: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "auditId": audit_id,
        "balances": dict(zip(COINS, node.balances)),
        "type": node.type,
    }
    if node.nonce is not None and node.type != 4:
        out["nonce"] = node.nonce
    out["hash"] = node.hash
    out["height"] = node.height
    return out


def deterministic_nonce(seed: str, index: int) -> str:
    return hashlib.sha256(f"{seed}/{index}".encode()).hexdigest()
