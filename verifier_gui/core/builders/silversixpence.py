"""Build Silver Sixpence audit trees (specs/binance.md §2, specs/kucoin.md §1) and the hand-entry documents a
user of that audit would type, for tests and demos.

Written from the spec alone with plain hashlib (no code shared with the verifier):

* record = customer id ‖ salt ‖ audit id ‖ "SYM=amount|SYM=amount…", UTF-8, nothing between the parts
  (``audit_in_leaf=False`` leaves the audit id out, as Silver Sixpence's first example does);
* leaf rules: ``"dec"`` SHA-256(record) lower-case hex; ``"nov"`` SHA-256 of the 32-byte SHA-256(record),
  upper-case hex (this is also "SHA-256 of the Merkle Hash's bytes" when the Merkle Hash is SHA-256(record));
  ``"merkle-hash-text"`` SHA-256 of the lower-case hex text of SHA-256(record);
* parent = SHA-256 of the 64 bytes of left ‖ right, lower-case hex; a lone last node moves up unchanged
  (``odd="promote"``, the published builder) or is paired with a copy of itself (``odd="duplicate"``, the
  README's description);
* a level of one node is the root.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

LEAF_RULES = ("dec", "nov", "merkle-hash-text")


def _parent(left: str, right: str) -> str:
    return hashlib.sha256(bytes.fromhex(left) + bytes.fromhex(right)).hexdigest()


@dataclass(frozen=True)
class Account:
    customer_id: str
    salt: str
    audit_id: str
    balances: tuple[tuple[str, str], ...]  # (symbol, amount text) in the order the page shows them

    @property
    def balances_text(self) -> str:
        return "|".join(f"{symbol}={amount}" for symbol, amount in self.balances)

    def record_text(self, audit_in_leaf: bool = True) -> str:
        return self.customer_id + self.salt + (self.audit_id if audit_in_leaf else "") + self.balances_text

    def record_fields(self) -> dict[str, str]:
        return {
            "customer_id": self.customer_id,
            "salt": self.salt,
            "audit_id": self.audit_id,
            "balances": self.balances_text,
        }


class Tree:
    """A width-2 tree over given leaves; ``levels[0]`` are the leaves, ``levels[-1] == [root]``."""

    def __init__(self, leaves: list[str], odd: str = "promote") -> None:
        if not leaves:
            raise ValueError("a tree needs at least one leaf")
        if odd not in ("promote", "duplicate"):
            raise ValueError(f"unknown odd-node rule {odd!r}")
        self.odd = odd
        level = [leaf.lower() for leaf in leaves]
        self.levels: list[list[str]] = [level]
        while len(level) > 1:
            if len(level) % 2 == 1 and odd == "duplicate":
                level = level + [level[-1]]
                self.levels[-1] = level
            parents = [_parent(level[j], level[j + 1]) for j in range(0, len(level) - 1, 2)]
            if len(level) % 2 == 1:
                parents.append(level[-1])
            self.levels.append(parents)
            level = parents

    @property
    def root(self) -> str:
        return self.levels[-1][0]

    def path(self, index: int) -> list[dict[str, str]]:
        """The sibling steps from leaf ``index`` up, as the hand-entry document writes them."""
        steps: list[dict[str, str]] = []
        for level in self.levels[:-1]:
            if index == len(level) - 1 and len(level) % 2 == 1:
                steps.append({"side": "promoted"})
            elif index % 2 == 0:
                steps.append({"side": "right", "hash": level[index + 1]})
            else:
                steps.append({"side": "left", "hash": level[index - 1]})
            index //= 2
        return steps


class AuditTree:
    """Accounts, their leaves under one rule, and the tree over them."""

    def __init__(
        self,
        accounts: list[Account],
        rule: str = "dec",
        audit_in_leaf: bool = True,
        odd: str = "promote",
    ) -> None:
        if rule not in LEAF_RULES:
            raise ValueError(f"unknown leaf rule {rule!r}")
        self.accounts = accounts
        self.rule = rule
        self.audit_in_leaf = audit_in_leaf
        self.tree = Tree([self.leaf(a) for a in accounts], odd)

    def merkle_hash(self, account: Account) -> str:
        """Binance's "Merkle Hash", read as SHA-256(record) in lower-case hex."""
        return hashlib.sha256(account.record_text(self.audit_in_leaf).encode("utf-8")).hexdigest()

    def leaf(self, account: Account) -> str:
        """The leaf as the page would show it (upper-case hex for the Nov 2022 draft)."""
        first = hashlib.sha256(account.record_text(self.audit_in_leaf).encode("utf-8"))
        if self.rule == "dec":
            return first.hexdigest()
        if self.rule == "nov":
            return hashlib.sha256(first.digest()).hexdigest().upper()
        return hashlib.sha256(first.hexdigest().encode("ascii")).hexdigest()

    @property
    def root(self) -> str:
        return self.tree.root

    def document(
        self,
        index: int,
        format_id: str,
        *,
        leaf: bool = True,
        record: bool = True,
        merkle_hash: bool = False,
    ) -> dict[str, Any]:
        """The hand-entry document for account ``index`` with the chosen values filled in."""
        if merkle_hash and self.rule == "dec":
            raise ValueError("under the Dec 2022 rule the leaf is not derived from a Merkle Hash")
        account = self.accounts[index]
        return {
            "kind": "manual-path",
            "format": format_id,
            "leaf": self.leaf(account) if leaf else None,
            "merkle_hash": self.merkle_hash(account) if merkle_hash else None,
            "record": account.record_fields() if record else None,
            "path": self.tree.path(index),
        }


def sample_accounts(
    count: int,
    audit_id: str = "PR31DEC22",
    coins: tuple[str, ...] = ("BTC", "ETH", "USDC", "USDT"),
    seed: str = "ss",
) -> list[Account]:
    """Deterministic accounts with 64-hex customer ids, 8-hex salts and 4-decimal balances (the Dec 2022
    example's shape); every tenth is a zero-balance dummy, as Silver Sixpence adds."""
    accounts = []
    for i in range(count):
        digest = hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        amounts = []
        for k in range(len(coins)):
            value = 0 if i % 10 == 9 else int(hashlib.sha256(f"{digest}/{k}".encode()).hexdigest()[:12], 16)
            amounts.append(f"{value // 10_000 % 100_000}.{value % 10_000:04d}")
        accounts.append(Account(digest, digest[:8], audit_id, tuple(zip(coins, amounts, strict=True))))
    return accounts
