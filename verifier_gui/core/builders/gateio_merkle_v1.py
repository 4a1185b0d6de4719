"""Build Gate.io v1 leaf lists the way the 2020 generator does (specs/gateio.md §1.1–1.3).

Input: the auditor-side ``balances.txt`` rows ``hashedUID,balance`` (CRLF; ``#`` lines and rows that do not
split into exactly two fields are skipped). Leaf = first 16 hex of SHA256(hex SHA256(uid) ‖ hex
SHA256(balance text as written)). Tree: merkletreejs 0.1.x, 8-byte leaves, SHA256(left ‖ right), an odd
last node carried up unchanged. Output: ``Level<TAB>Hash`` then ``<layers>,<i><TAB><leaf>``, every line
ending in CRLF, and the 64-hex root.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Record:
    hashed_uid: str
    balance: str  # the exact text of the exchange's file, which the generator hashes as it is


def leaf(record: Record) -> str:
    uid_hex = hashlib.sha256(record.hashed_uid.encode()).hexdigest()
    balance_hex = hashlib.sha256(record.balance.encode()).hexdigest()
    return hashlib.sha256((uid_hex + balance_hex).encode()).hexdigest()[:16]


def read_balances_file(text: str) -> list[Record]:
    """The generator's reading of ``balances.txt``."""
    records = []
    for row in text.split("\r\n"):
        if row.startswith("#"):
            continue
        fields = row.split(",")
        if len(fields) == 2:
            records.append(Record(fields[0], fields[1]))
    return records


class Tree:
    def __init__(self, records: list[Record]) -> None:
        if not records:
            raise ValueError("a tree needs at least one record")
        self.records = records
        self.leaves = [leaf(r) for r in records]
        self.layers: list[list[bytes]] = [[bytes.fromhex(h) for h in self.leaves]]
        while len(self.layers[-1]) > 1:
            nodes = iter(self.layers[-1])
            above = []
            for left in nodes:
                right = next(nodes, None)
                above.append(left if right is None else hashlib.sha256(left + right).digest())
            self.layers.append(above)

    @property
    def root(self) -> str:
        return self.layers[-1][0].hex()

    def leaf_list(self, newline: str = "\r\n") -> str:
        count = len(self.layers)
        rows = ["Level\tHash"] + [f"{count},{i}\t{h}" for i, h in enumerate(self.leaves)]
        return "".join(row + newline for row in rows)

    def path(self, index: int) -> list[tuple[str, str] | None]:
        """Per layer below the root: (side of the sibling, sibling hex), or None where the node is promoted."""
        steps: list[tuple[str, str] | None] = []
        for layer in self.layers[:-1]:
            pair = index ^ 1
            steps.append(None if pair >= len(layer) else ("left" if index % 2 else "right", layer[pair].hex()))
            index //= 2
        return steps
