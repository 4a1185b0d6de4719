"""Build CoinEx Merkle sum trees and users' proof files (specs/others.md §2.6), for tests.

Leaf = SHA256(nonce ‖ J(b)), J being compact JSON with sorted keys and the amounts as quoted plain decimals.
Parent = SHA256(left ‖ right ‖ J(left + right)). A lone node at the end of a level is hashed by one of the two
rules found in CoinEx's repository: ``"doubled"`` SHA256(h ‖ h ‖ J(b)) or ``"single"`` SHA256(h ‖ J(b)); its
proof step is ``{}``. A sibling step carries the sibling's hash, balances and side (``pos``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal
from typing import Any


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _plain(value: Decimal) -> str:
    if value == 0:
        return "0"
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _json(balances: dict[str, Decimal]) -> str:
    return "{" + ",".join(f'"{k}":"{_plain(balances[k])}"' for k in sorted(balances)) + "}"


@dataclass(frozen=True)
class Account:
    nonce: str
    balances: dict[str, str]


@dataclass
class Node:
    hash: str
    balances: dict[str, Decimal]


class Tree:
    def __init__(self, accounts: list[Account], lone_rule: str = "single") -> None:
        self.accounts = accounts
        level = []
        for a in accounts:
            b = {k: Decimal(v) for k, v in a.balances.items()}
            level.append(Node(_sha(a.nonce + _json(b)), b))
        self.levels: list[list[Node]] = [level]
        while len(level) > 1:
            above = []
            for j in range(0, len(level), 2):
                if j + 1 < len(level):
                    left, right = level[j], level[j + 1]
                    b = dict(left.balances)
                    for k, v in right.balances.items():
                        b[k] = b.get(k, Decimal(0)) + v
                    above.append(Node(_sha(left.hash + right.hash + _json(b)), b))
                else:
                    h, b = level[j].hash, level[j].balances
                    above.append(Node(_sha((h + h if lone_rule == "doubled" else h) + _json(b)), dict(b)))
            level = above
            self.levels.append(level)

    @property
    def root(self) -> Node:
        return self.levels[-1][0]

    def proof(self, index: int) -> dict[str, Any]:
        path: list[dict[str, Any]] = []
        position = index
        for level in self.levels[:-1]:
            pair = position ^ 1
            if pair < len(level):
                sibling = level[pair]
                path.append({"balances": {k: _plain(v) for k, v in sibling.balances.items()}, "hash": sibling.hash,
                             "pos": "left" if pair % 2 == 0 else "right"})
            else:
                path.append({})
            position //= 2
        root = self.root
        return {
            "root": {"balances": {k: _plain(v) for k, v in root.balances.items()}, "hash": root.hash},
            "self": {"balances": dict(self.accounts[index].balances), "nonce": self.accounts[index].nonce},
            "path": path,
        }
