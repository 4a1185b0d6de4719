"""Build HTX/Poloniex Merkle sum tree v1 trees and users' proof files (specs/htx_poloniex.md §2.2–2.3).

Only the parent rule is public: SHA256(left.hash ‖ right.hash ‖ sums), each sum truncated to 8 places and
written without trailing zeros, in the root's coin order. Everything else is invented here, as the exchange
never published it: the leaf hash (SHA-256 of ``leaf|uid|balances``), the ``uhash`` of a leaf (SHA-1 of the
uid; parents chain SHA-1 of both children's uhash, as the exchange's tool computes), ``type`` and ``depth``.

The padding of odd levels is not documented either, so both plausible rules are offered: ``promote`` (the
lone node moves up unchanged and the path simply has no entry for that level) and ``zero-copy`` (a copy of
the node with zero balances is its sibling, as OKX does).

Amounts are handled as integers of 10^-8 units (inputs have at most 8 places), independently of the
verifier's Decimal code.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Literal

OddRule = Literal["promote", "zero-copy"]


@dataclass(frozen=True)
class Account:
    uid: str
    balances: tuple[str, ...]  # exact text per coin, in the tree's coin order


@dataclass
class _Node:
    hash: str
    uhash: str
    units: tuple[int, ...]  # amounts in 10^-8 units
    texts: tuple[str, ...]  # amounts as written in the file


def to_units(text: str) -> int:
    """Exact 10^-8 units of a plain decimal with at most 8 places."""
    negative = text.startswith("-")
    whole, _, fraction = text.lstrip("-").partition(".")
    if len(fraction) > 8:
        raise ValueError(f"{text!r} has more than 8 decimal places")
    units = int(whole) * 10**8 + int(fraction.ljust(8, "0") or "0")
    return -units if negative else units


def units_text(units: int) -> str:
    """Write units the way shopspring's String() writes a decimal: no trailing zeros, no '-0'."""
    sign = "-" if units < 0 else ""
    whole, fraction = divmod(abs(units), 10**8)
    digits = f"{fraction:08d}".rstrip("0")
    return f"{sign}{whole}.{digits}" if digits else f"{sign}{whole}"


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def leaf_hash(coins: tuple[str, ...], account: Account) -> str:
    """An invented leaf hash: the real construction is unpublished and the verifier cannot check it."""
    joined = ",".join(f"{c}:{t}" for c, t in zip(coins, account.balances))
    return _sha256(f"leaf|{account.uid}|{joined}")


def parent(left: _Node, right: _Node) -> _Node:
    units = tuple(a + b for a, b in zip(left.units, right.units))
    texts = tuple(units_text(u) for u in units)
    return _Node(_sha256(left.hash + right.hash + "".join(texts)), _sha1(left.uhash + right.uhash), units, texts)


class Tree:
    """A whole tree: ``levels[0]`` are the leaves, ``levels[-1]`` is ``[root]``; a promoted node is the same
    object on two levels."""

    def __init__(self, coins: tuple[str, ...], accounts: list[Account], odd: OddRule = "promote") -> None:
        if len(accounts) < 2:
            raise ValueError("a proof file needs a sibling, so a tree needs at least two accounts")
        self.coins = coins
        self.accounts = accounts
        self.odd = odd
        level = [
            _Node(leaf_hash(coins, a), _sha1(a.uid), tuple(to_units(t) for t in a.balances), a.balances)
            for a in accounts
        ]
        self.levels: list[list[_Node]] = []
        while len(level) > 1:
            if len(level) % 2 == 1 and odd == "zero-copy":
                last = level[-1]
                level = level + [_Node(last.hash, last.uhash, (0,) * len(coins), ("0",) * len(coins))]
            self.levels.append(level)
            pairs = [parent(level[j], level[j + 1]) for j in range(0, len(level) - 1, 2)]
            if len(level) % 2 == 1:  # only under "promote"
                pairs.append(level[-1])
            level = pairs
        self.levels.append(level)

    @property
    def root(self) -> _Node:
        return self.levels[-1][0]

    def totals(self) -> dict[str, str]:
        return dict(zip(self.coins, self.root.texts))

    def proof(self, index: int) -> dict[str, Any]:
        """The ``{"data": [root, siblings bottom-up, self]}`` file the user at ``index`` downloads."""
        height = len(self.levels) - 1
        siblings: list[dict[str, Any]] = []
        own_side: int | None = None
        position = index
        for depth_from_leaf, level in enumerate(self.levels[:-1]):
            pair = position ^ 1
            if pair < len(level):  # no entry at all when the node was promoted
                siblings.append(self._json(level[pair], "node", height - depth_from_leaf, pair % 2))
                if own_side is None:  # the leaf's r is its side where it first meets a sibling
                    own_side = position % 2
            position //= 2
        own = self._json(self.levels[0][index], "self", height, own_side or 0)
        root = self._json(self.root, "root", 0, 0)
        return {"data": [root, *siblings, own]}

    def _json(self, node: _Node, kind: str, depth: int, r: int) -> dict[str, Any]:
        return {
            "type": kind,
            "hash": node.hash,
            "uhash": node.uhash,
            "depth": depth,
            "r": r,
            "balances": ",".join(f"{c}:{t}" for c, t in zip(self.coins, node.texts)),
        }
