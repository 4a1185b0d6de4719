"""Build The Network Firm / Bitso leaf lists (specs/others.md §2.2), for tests.

Leaves (first 16 hex of SHA-256) in one of three modes: ``default`` SHA256(hex SHA256(uid) ‖ hex SHA256(amounts
joined)); ``concatenate`` SHA256("uid,TOKEN:amount,…") with trailing fractional zeros removed; ``bitso``
SHA256(account ‖ hex SHA256(normalised amount) for each "cur=amount" in text order). Tree: merkletreejs
defaults (8-byte leaves, SHA256(left ‖ right), an odd last node carried up). Output: ``Level<TAB>Hash`` then
``<layers>,<i><TAB><leaf>`` lines, CRLF or LF.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass


def _hex(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _strip_zeros(value: str) -> str:
    if "." in value:
        value = value.rstrip("0")
        if value.endswith("."):
            value = value[:-1]
    return value


def _bitso_normalise(value: str) -> str:
    # Bitso's own normaliser (a regex that also drops one zero of a bare integer: "100" -> "10").
    match = re.search(r"([0-9]+(\.[0-9]+[1-9])?)(\.?0+$)", value)
    return value if match is None else value[: match.start()] + match.group(1) + value[match.end():]


@dataclass(frozen=True)
class Record:
    uid: str
    balances: tuple[tuple[str, str], ...]  # (token, amount text) in the auditor's column order


def leaf(record: Record, mode: str) -> str:
    if mode == "default":
        text = _hex(record.uid) + _hex("".join(v for _, v in record.balances))
    elif mode == "concatenate":
        text = record.uid + "," + ",".join(f"{t}:{_strip_zeros(v)}" for t, v in record.balances)
    elif mode == "bitso":
        entries = sorted(f"{t}={v}" for t, v in record.balances)
        text = record.uid + "".join(_hex(_bitso_normalise(e.split("=", 1)[1])) for e in entries)
    else:
        raise ValueError(mode)
    return _hex(text)[:16]


class Tree:
    def __init__(self, records: list[Record], mode: str = "default") -> None:
        if not records:
            raise ValueError("a tree needs at least one record")
        self.leaves = [leaf(r, mode) for r in records]
        self.layers: list[list[bytes]] = [[bytes.fromhex(h) for h in self.leaves]]
        while len(self.layers[-1]) > 1:
            below = self.layers[-1]
            above = [hashlib.sha256(below[i] + below[i + 1]).digest() for i in range(0, len(below) - 1, 2)]
            if len(below) % 2:
                above.append(below[-1])
            self.layers.append(above)

    @property
    def root(self) -> str:
        return self.layers[-1][0].hex()

    def leaf_list(self, newline: str = "\r\n") -> str:
        count = len(self.layers)
        lines = ["Level\tHash"] + [f"{count},{i}\t{h}" for i, h in enumerate(self.leaves)]
        return newline.join(lines) + newline
