"""Build OKX Merkle v2 full liabilities trees and user info files (specs/okx.md §3), for tests and demos.

Written from the spec alone, with plain hashlib and Decimal (no code shared with the verifier):

* each account's totals are split into ``parts`` leaves (OKX splits into two at random);
* user_hash = SHA256(nonce ‖ '{"BTC":"…","ETH":"…","USDT":"…"}');
* leaf = SHA256(user_hash ‖ BTC ‖ ETH ‖ USDT);
* the leaves are shuffled, and the tree is built bottom-up: a level with an odd count gets a zero-balance copy
  of its last node on the right; parent = SHA256(left ‖ right ‖ sums ‖ parent height), sums truncated to
  8 places with trailing zeros removed;
* the tree file lists the levels from the root down, each level right to left (so a padding line comes first
  in its level), one ``hash,height,{"BTC":"…","ETH":"…","USDT":"…"}`` per line, LF-terminated.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal, localcontext
from pathlib import Path
from typing import Any

COINS = ("BTC", "ETH", "USDT")
EIGHT = Decimal("0.00000001")


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _write(value: Decimal) -> str:
    """shopspring RoundDown(8).String(): truncate to 8 places, strip trailing zeros, never "-0"."""
    with localcontext() as ctx:
        ctx.prec = 200
        value = value.quantize(EIGHT, rounding=ROUND_DOWN)
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _add(a: str, b: str) -> str:
    with localcontext() as ctx:
        ctx.prec = 200
        return _write(Decimal(a) + Decimal(b))


def _json(balances: tuple[str, str, str]) -> str:
    return '{"BTC":"' + balances[0] + '","ETH":"' + balances[1] + '","USDT":"' + balances[2] + '"}'


@dataclass(frozen=True)
class Account:
    nonce: str  # 64 hex
    total: tuple[str, str, str]  # canonical text (at most 8 places, no trailing zeros)
    parts: int = 2  # how many leaves the account is split into


@dataclass
class Node:
    hash: str
    balances: tuple[str, str, str]
    height: int
    account: int | None = None  # the account a leaf belongs to; None for padding and parents
    padding: bool = False


def user_hash(account: Account) -> str:
    return _sha256(account.nonce + _json(account.total))


def leaf_hash(uhash: str, balances: tuple[str, str, str]) -> str:
    return _sha256(uhash + "".join(balances))


def split(total: tuple[str, str, str], parts: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """Random shares of each coin, at most 8 places each, adding up exactly to the total."""
    shares: list[list[str]] = [[] for _ in range(parts)]
    with localcontext() as ctx:
        ctx.prec = 200
        for coin_total in total:
            value = Decimal(coin_total)
            left = value
            for p in range(parts - 1):
                share = _write(left * Decimal(rng.randint(0, 1000)) / 1000)
                shares[p].append(share)
                left -= Decimal(share)
            shares[-1].append(_write(left))
    return [(s[0], s[1], s[2]) for s in shares]


@dataclass
class Tree:
    """A whole tree; ``levels[0]`` are the leaves left to right (with padding), ``levels[-1] == [root]``."""

    accounts: list[Account]
    seed: str = "okx-v2"
    levels: list[list[Node]] = field(default_factory=list)
    splits: list[list[Node]] = field(default_factory=list)  # each account's leaves, in the user info's order

    def __post_init__(self) -> None:
        if not self.accounts:
            raise ValueError("a tree needs at least one account")
        rng = random.Random(self.seed)
        leaves: list[Node] = []
        for i, account in enumerate(self.accounts):
            uhash = user_hash(account)
            nodes = [Node(leaf_hash(uhash, part), part, 1, i) for part in split(account.total, account.parts, rng)]
            self.splits.append(nodes)
            leaves.extend(nodes)
        rng.shuffle(leaves)  # OKX places the two halves at unrelated positions
        self.levels = build_levels(leaves)

    @property
    def root(self) -> Node:
        return self.levels[-1][0]

    def lines(self) -> list[str]:
        return tree_lines(self.levels)

    def text(self) -> str:
        return "\n".join(self.lines()) + "\n"

    def write(self, path: str | Path) -> Path:
        path = Path(path)
        path.write_text(self.text(), encoding="ascii", newline="\n")
        return path

    def user_info(self, index: int) -> dict[str, Any]:
        """The user info file OKX's Audits page gives the account at ``index``."""
        account = self.accounts[index]
        return {
            "hash": user_hash(account),
            "nodes": [{"balances": dict(zip(COINS, n.balances)), "hash": n.hash} for n in self.splits[index]],
            "nonce": account.nonce,
            "totalBalances": dict(zip(COINS, account.total)),
        }

    def write_user_info(self, index: int, path: str | Path) -> Path:
        path = Path(path)
        path.write_text(json.dumps(self.user_info(index), indent=4), encoding="utf-8")
        return path


def build_levels(leaves: list[Node]) -> list[list[Node]]:
    """All levels from the leaves (left to right) up; a level with an odd count is padded on the right."""
    levels = []
    level = list(leaves)
    while True:
        if len(level) % 2 == 1:
            last = level[-1]
            level.append(Node(last.hash, ("0", "0", "0"), last.height, padding=True))
        levels.append(level)
        height = level[0].height + 1
        parents = []
        for j in range(0, len(level), 2):
            left, right = level[j], level[j + 1]
            a, b = left.balances, right.balances
            sums = (_add(a[0], b[0]), _add(a[1], b[1]), _add(a[2], b[2]))
            text = left.hash + right.hash + "".join(sums) + str(height)
            parents.append(Node(_sha256(text), sums, height))
        if len(parents) == 1:
            levels.append(parents)
            return levels
        level = parents


def tree_lines(levels: list[list[Node]]) -> list[str]:
    """The tree file's lines: root first, each level right to left."""
    return [
        f"{node.hash},{node.height},{_json(node.balances)}" for level in reversed(levels) for node in reversed(level)
    ]


def deterministic_nonce(seed: str, index: int) -> str:
    return hashlib.sha256(f"{seed}/{index}".encode()).hexdigest()
