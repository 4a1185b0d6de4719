"""Build Bitget Merkle sum trees and users' ``merkel_tree_bg.json`` files (specs/bitget.md §3-§6).

Written from the spec on its own, apart from the verifier, so that the two check each other:

* coin order comes from a literal simulation of ``java.util.HashMap`` (a table of bins that doubles past
  0.75 load, or when a 9th key lands in one bin of a table smaller than 64, and splits bins in order),
  where the verifier computes the order by sorting;
* scheme A amounts are Python ``str(Decimal)``, which the spec (§4) says equals ``BigDecimal.toString()``
  (with ``-0`` mapped to ``0``); scheme B amounts are the spec's ``format(d.normalize(), 'f')`` in quotes.

Layouts follow the real files: 2022-2023 (scheme A, JSON numbers, the neighbour's uid and nonce in
``path[0]``), Aug 2025 (scheme A, strings keeping the scale), Nov 2025 (scheme B, stripped strings, no
neighbour identity, no role on the root). Padding copies the lone node's hash with zero balances (§5).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from typing import Any

COINS = ("BTC", "ETH", "USDT", "USDC")


# --- Java pieces, simulated -------------------------------------------------------------------------


class JavaHashMap:
    """Just enough of ``new HashMap<String, BigDecimal>()`` to give its iteration order."""

    def __init__(self) -> None:
        self._table: list[list[list[Any]]] = [[] for _ in range(16)]
        self._size = 0

    @staticmethod
    def _hash(key: str) -> int:
        h = 0
        for ch in key:  # coin names are ASCII: one UTF-16 unit per character
            h = (h * 31 + ord(ch)) % 2**32
        return h ^ (h >> 16)

    def _bin(self, key: str) -> list[list[Any]]:
        return self._table[self._hash(key) % len(self._table)]

    def get(self, key: str) -> Any:
        return next((e[1] for e in self._bin(key) if e[0] == key), None)

    def put(self, key: str, value: Any) -> None:
        bucket = self._bin(key)
        for entry in bucket:
            if entry[0] == key:
                entry[1] = value
                return
        bucket.append([key, value])
        if len(bucket) > 8:  # treeifyBin: below 64 slots the table grows instead
            if len(self._table) < 64:
                self._grow()
            else:
                raise NotImplementedError("tree bins are not simulated")
        self._size += 1
        if self._size > len(self._table) * 3 // 4:
            self._grow()

    def _grow(self) -> None:
        old = self._table
        self._table = [[] for _ in range(2 * len(old))]
        for bucket in old:
            for entry in bucket:
                self._bin(entry[0]).append(entry)

    def items(self) -> list[tuple[str, Any]]:
        return [(e[0], e[1]) for bucket in self._table for e in bucket]


def java_to_string(value: Decimal) -> str:
    text = str(value)
    return text[1:] if text.startswith("-") and value == 0 else text


def stripped_plain(value: Decimal) -> str:
    if value == 0:
        return "0"
    return format(value.normalize(), "f")


def _exact_sum(a: Decimal, b: Decimal) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 500
        return a + b


def _h16(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _bal_json(items: list[tuple[str, Decimal]], scheme: str) -> str:
    if scheme == "A":
        parts = [f'"{c}":{java_to_string(v)}' for c, v in items]
    else:
        parts = [f'"{c}":"{stripped_plain(v)}"' for c, v in items]
    return "{" + ",".join(parts) + "}"


# --- the tree ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    scheme: str  # "A" or "B"
    amounts: str  # "number" (BigDecimal.toString as a JSON number), "plain-string", "stripped-string"
    sibling_identity: bool  # path[0] carries the neighbour's encryptUid and nonce
    root_role: bool  # the root has "role": 3


LAYOUT_2022 = Layout("A", "number", True, True)
LAYOUT_2025_AUG = Layout("A", "plain-string", True, True)
LAYOUT_2025_NOV = Layout("B", "stripped-string", False, False)


@dataclass(frozen=True)
class Account:
    uid: str
    nonce: str
    balances: tuple[tuple[str, Decimal], ...]  # in the order the server put the coins in


@dataclass
class Node:
    leaf: str
    balances: list[tuple[str, Decimal]]  # HashMap iteration order
    level: int
    role: int
    uid: str | None = None
    nonce: str | None = None
    padding: bool = False


def account_leaf(account: Account, scheme: str) -> Node:
    m = JavaHashMap()
    for coin, value in account.balances:
        m.put(coin, value)
    items = m.items()
    text = f"{account.uid},{account.nonce},{_bal_json(items, scheme)}"
    return Node(_h16(text), items, 0, 0, account.uid, account.nonce)


@dataclass
class Tree:
    """``levels[0]`` are the leaves (level ``leaf_level``), ``levels[-1]`` is ``[root]`` at level 1."""

    accounts: list[Account]
    layout: Layout = LAYOUT_2022
    audit_id: str = "Au20221129"
    padding_role: int = 0  # Bitget's tool makes padding with role 0 ("empty"); the spec allows 2 too
    padding_copies_identity: bool = False  # Bitget's tool copies uid/nonce onto its padding node
    leaf_level: int | None = None  # default: the smallest height that holds every account
    levels: list[list[Node]] = field(init=False)

    def __post_init__(self) -> None:
        if not self.accounts:
            raise ValueError("a tree needs at least one account")
        scheme = self.layout.scheme
        height = self.leaf_level or max(2, (len(self.accounts) - 1).bit_length() + 1)
        if 2 ** (height - 1) < len(self.accounts):
            raise ValueError("leaf_level too small for this many accounts")
        row = []
        for i, account in enumerate(self.accounts):
            node = account_leaf(account, scheme)
            node.level, node.role = height, 1 if i % 2 == 0 else 2
            row.append(node)
        self.levels = []
        for level in range(height, 1, -1):
            if len(row) % 2:
                row.append(self._padding(row[-1]))
            self.levels.append(row)
            parents = []
            for j in range(0, len(row), 2):
                left, right = row[j], row[j + 1]
                m = JavaHashMap()
                for coin, value in (*left.balances, *right.balances):
                    old = m.get(coin)
                    m.put(coin, value if old is None else _exact_sum(old, value))
                items = m.items()
                text = f"{left.leaf}{right.leaf},{_bal_json(items, scheme)},{level - 1}"
                parents.append(Node(_h16(text), items, level - 1, 1 if (j // 2) % 2 == 0 else 2))
            row = parents
        assert len(row) == 1
        row[0].role = 3
        self.levels.append(row)

    def _padding(self, node: Node) -> Node:
        m = JavaHashMap()
        for coin, _ in node.balances:
            m.put(coin, Decimal(0))
        uid, nonce = (node.uid, node.nonce) if self.padding_copies_identity else (None, None)
        return Node(node.leaf, m.items(), node.level, self.padding_role, uid, nonce, padding=True)

    @property
    def root(self) -> Node:
        return self.levels[-1][0]

    def totals(self) -> dict[str, Decimal]:
        return dict(self.root.balances)

    def padding_positions(self, index: int) -> list[int]:
        """Indexes into ``path`` of the padding siblings on this user's path."""
        return [k for k, node in enumerate(self._siblings(index)) if node.padding]

    def _siblings(self, index: int) -> list[Node]:
        out, i = [], index
        for row in self.levels[:-1]:
            out.append(row[i ^ 1])
            i //= 2
        return out

    def proof(self, index: int) -> dict[str, Any]:
        """The file Bitget gives the user at ``index``: ``path`` (siblings bottom-up, then the root) and
        ``self``, amounts as Decimal (a JSON number) or str, ready for :func:`dumps`."""
        siblings = self._siblings(index)
        path = []
        for k, node in enumerate(siblings):
            identity = k == 0 and (self.layout.sibling_identity or node.padding) and node.uid is not None
            path.append(self._json(node, identity=identity))
        path.append(self._json(self.root, identity=False, role=self.layout.root_role))
        return {"path": path, "self": self._json(self.levels[0][index], identity=True)}

    def proof_text(self, index: int, indent: int | None = 2) -> str:
        return dumps(self.proof(index), indent)

    def _json(self, node: Node, *, identity: bool, role: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"auditId": self.audit_id, "balances": {c: self._amount(v) for c, v in node.balances}}
        if identity:
            out["encryptUid"] = node.uid
        out["level"] = node.level
        out["merkelLeaf"] = node.leaf
        if identity:
            out["nonce"] = node.nonce
        if role:
            out["role"] = node.role
        return out

    def _amount(self, value: Decimal) -> Decimal | str:
        kind = self.layout.amounts
        if kind == "number":
            return value
        if kind == "plain-string":
            text = format(value, "f")
            return text[1:] if text.startswith("-") and value == 0 else text
        return stripped_plain(value)


# --- JSON text ---------------------------------------------------------------------------------------


def dumps(doc: Any, indent: int | None = 2) -> str:
    """JSON text with Decimal written as a JSON number in BigDecimal.toString form (``5.4E-7``)."""
    pad = "" if indent is None else " " * indent

    def write(obj: Any, depth: int) -> str:
        nl = "" if indent is None else "\n" + pad * (depth + 1)
        end = "" if indent is None else "\n" + pad * depth
        colon = ":" if indent is None else ": "
        if isinstance(obj, dict):
            if not obj:
                return "{}"
            return "{" + ",".join(nl + _string(k) + colon + write(v, depth + 1) for k, v in obj.items()) + end + "}"
        if isinstance(obj, list):
            if not obj:
                return "[]"
            return "[" + ",".join(nl + write(v, depth + 1) for v in obj) + end + "]"
        if isinstance(obj, Decimal):
            return java_to_string(obj)
        if isinstance(obj, bool) or obj is None:
            return {True: "true", False: "false", None: "null"}[obj]
        if isinstance(obj, int):
            return str(obj)
        if isinstance(obj, str):
            return _string(obj)
        raise TypeError(f"cannot write {type(obj).__name__} as JSON")

    return write(doc, 0)


def _string(text: str) -> str:
    return json.dumps(text)


def deterministic_uid(seed: str, index: int) -> str:
    return hashlib.sha256(f"uid/{seed}/{index}".encode()).hexdigest()


def deterministic_nonce(seed: str, index: int, hex_form: bool = False) -> str:
    """64 characters: lowercase base36 as in 2022-Aug 2025, or hex as in Nov 2025."""
    digest = hashlib.sha256(f"nonce/{seed}/{index}".encode()).digest() * 2
    if hex_form:
        return digest.hex()[:64]
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    return "".join(alphabet[b % 36] for b in digest)[:64]
