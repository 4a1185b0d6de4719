"""Cross-proof findings: what only many proofs of one snapshot together reveal (specs/weaknesses.md §3).

Each verified file contributes an :class:`Evidence`: its own leaf, nonce, audit id, root, and every node of its
path with the balances it gives that node, placed by depth (0 = leaves) and position. The :class:`FindingsIndex`
collects them and reports:

* ``conflicting-node-values``: one node (the same hash, or the same depth and position under one root) seen with
  different balances, or different hashes, in different files. This is how the A1 forgery of sum-only parents
  shows: each user's path checks, but the sibling balances shown to one user differ from the other's own.
* ``duplicate-leaf``: one leaf hash shown in the files of different accounts (A6 grinding, A7 shared leaves).
* ``reused-nonce``: one nonce or salt behind different leaves or accounts (A7).
* ``mixed-roots``, ``mixed-audit-ids``, ``mixed-formats``: the batch is not one snapshot.

Node, leaf and nonce findings use only files that passed on their own: a file that already fails is reported
as such, and comparing its (wrong) values would only add noise. Sibling balances are not written in every
result; for the sum-tree formats whose parent sums are exact (:data:`EXACT_SUM_FORMATS`) they are derived as the
parent's sums minus the child's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from .catalogue import warning_message
from .result import PathStep, Result
from .text import text

#: Formats whose parent sums are the exact sums of the children's balances (OKX v1 truncates to 8 places, but its
#: amounts have at most 8, so nothing is lost), so a sibling's balances are the parent's minus the child's.
EXACT_SUM_FORMATS = frozenset({"okx-merkle-v1", "bitget-merkle"})
#: Files named per value of a conflicting node (the count says how many there were).
MAX_FILES_NAMED = 20

#: A node's balances as one comparable text, "BTC 1.5, ETH 2" (coins sorted, amounts by value, zeros left out), or
#: "all zero". Text rather than Decimals: evidence crosses from worker processes, and text pickles fast.
Values = str


#: One node a file shows: (hash, depth (0 for leaves), position among the nodes of that depth or None when the sides
#: are not known, values or None when the file does not give its balances). A plain tuple: thousands per second
#: cross from the worker processes, and tuples unpickle several times faster than named ones.
NodeSeen = tuple[str, int, "int | None", "Values | None"]


@dataclass(frozen=True)
class Evidence:
    """What one file contributes to the findings: small, so worker processes can send it cheaply."""

    file: str
    verdict: str
    format_id: str | None
    root: str | None
    user_id: str | None
    sha256: str | None = None  # of the file's bytes
    # The proof itself (every node and sibling hash on the path): two files with the same proof, a copy or the same
    # proof written another way (KuCoin's JSON and pasted text), are one account, not two.
    proof_key: str | None = None
    leaf: str | None = None
    nonce: str | None = None
    audit_id: str | None = None
    nodes: tuple[NodeSeen, ...] = ()


@dataclass(frozen=True)
class Finding:
    code: str
    message: str  # a sentence for people (a Text: the app translates it)
    files: tuple[str, ...]
    subject: str = ""  # the node hash, leaf, nonce… the finding is about
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": str(self.message),
            "subject": self.subject,
            "files": list(self.files),
            "details": self.details,
        }


def _decimals(sums: dict[str, str] | None) -> dict[str, Decimal] | None:
    if sums is None:
        return None
    try:
        return {coin: Decimal(amount) for coin, amount in sums.items()}
    except (InvalidOperation, TypeError, ValueError):
        return None


def _values(amounts: dict[str, Decimal] | None) -> Values | None:
    """A node's balances as a comparable key: by value ("1.50" is "1.5"), zeros left out (a coin missing and a coin
    at zero are the same balance)."""
    if amounts is None:
        return None
    return ", ".join(f"{coin} {_plain(value)}" for coin, value in sorted(amounts.items()) if value) or "all zero"


def _minus(parent: dict[str, Decimal], child: dict[str, Decimal]) -> dict[str, Decimal]:
    zero = Decimal(0)
    return {c: parent.get(c, zero) - child.get(c, zero) for c in dict.fromkeys([*parent, *child])}


def _plain(value: Decimal) -> str:
    return "0" if value == 0 else format(value.normalize(), "f")


def _binary_path(steps: Iterable[PathStep]) -> list[PathStep]:
    """The leaf step and the parents above it (the root step repeats the top node and is left out)."""
    return [s for s in steps if s.label != "root"]


def evidence_of(result: Result) -> Evidence | None:
    """The evidence of one result; None for an error (nothing was read that could be compared)."""
    if result.verdict == "error":
        return None
    fmt = result.format.id if result.format else None
    facts = result.facts
    steps = _binary_path(result.steps)
    leaf = steps[0].computed if steps else None
    nodes: list[NodeSeen] = []
    if result.verdict == "pass" and steps and not any(s.children for s in steps):
        index = _leaf_index(steps)
        exact = fmt in EXACT_SUM_FORMATS
        amounts = [_decimals(step.sums) for step in steps]
        for depth, step in enumerate(steps):
            position = None if index is None else index >> depth
            nodes.append((step.computed, depth, position, _values(amounts[depth])))
            if depth == 0 or step.sibling is None:
                continue
            child = steps[depth - 1]
            if step.sibling == child.computed:
                continue  # padding: a copy of the child with zero balances, not a node of its own
            parent_amounts, child_amounts = amounts[depth], amounts[depth - 1]
            sibling_values = None
            if exact and parent_amounts is not None and child_amounts is not None:
                sibling_values = _values(_minus(parent_amounts, child_amounts))
            sibling_position = None if index is None else (index >> (depth - 1)) ^ 1
            nodes.append((step.sibling, depth - 1, sibling_position, sibling_values))
    return Evidence(
        file=result.file,
        verdict=result.verdict,
        format_id=fmt,
        root=result.root_computed if _self_consistent(result) else None,
        user_id=result.user_id,
        sha256=result.input_sha256,
        proof_key=_proof_key(steps) if result.verdict == "pass" and steps else None,
        leaf=leaf if result.verdict == "pass" else None,
        nonce=(facts.get("nonce") or None) if result.verdict == "pass" else None,
        audit_id=facts.get("audit_id") or None,
        nodes=tuple(nodes),
    )


def _proof_key(steps: list[PathStep]) -> str:
    text_ = "|".join(f"{s.computed}:{s.sibling or ''}:{','.join(s.children)}" for s in steps)
    return hashlib.sha256(text_.encode()).hexdigest()


def _self_consistent(result: Result) -> bool:
    """Passed, or failed only on the comparison with the published root: the file then belongs to another root
    (another snapshot), which mixed-roots reports. A file that fails inside is not counted there."""
    return result.verdict == "pass" or all(c.ok or c.name == "root" for c in result.checks)


def _leaf_index(steps: list[PathStep]) -> int | None:
    """The leaf's position from the sides of its siblings: a sibling on the left means this node is a right child."""
    index = 0
    for depth, step in enumerate(steps[1:]):
        if step.sibling_side is None:
            return None
        if step.sibling_side == "left":
            index |= 1 << depth
    return index


class _Seen:
    """Files per value of one key, naming at most MAX_FILES_NAMED files per value."""

    __slots__ = ("by_value",)

    def __init__(self) -> None:
        self.by_value: dict[Any, list[Any]] = {}  # value -> [count, [files]]

    def add(self, value: Any, file: str) -> None:
        entry = self.by_value.get(value)
        if entry is None:
            self.by_value[value] = [1, [file]]
            return
        entry[0] += 1
        if len(entry[1]) < MAX_FILES_NAMED and entry[1][-1] != file:
            entry[1].append(file)

    def files(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f for _, files in self.by_value.values() for f in files))


def _show_values(values: Any) -> str:
    if isinstance(values, str):
        return values
    return "(none)" if values is None else str(values)


class FindingsIndex:
    """Collects evidence file by file (memory grows with the distinct nodes, not with the files), then reports."""

    def __init__(self) -> None:
        self.by_hash: dict[tuple[str | None, str], _Seen] = {}  # (format, hash) -> node values
        self.by_position: dict[tuple[str | None, str | None, int, int], _Seen] = {}  # -> node hashes
        self.leaves: dict[tuple[str | None, str], _Seen] = {}  # (format, leaf) -> account
        self.nonces: dict[tuple[str | None, str], _Seen] = {}  # (format, nonce) -> leaf
        self.roots = _Seen()
        self.audit_ids = _Seen()
        self.formats = _Seen()

    def add(self, evidence: Evidence | None) -> None:
        if evidence is None:
            return
        e = evidence
        self.formats.add(e.format_id, e.file)
        if e.root is not None:
            self.roots.add(e.root, e.file)
        if e.audit_id is not None:
            self.audit_ids.add(e.audit_id, e.file)
        if e.verdict != "pass":
            return
        for node_hash, depth, position, values in e.nodes:
            if values is not None:
                self.by_hash.setdefault((e.format_id, node_hash), _Seen()).add(values, e.file)
            if position is not None:
                self.by_position.setdefault((e.format_id, e.root, depth, position), _Seen()).add(node_hash, e.file)
        # An account is its user id when the file gives one, else its proof (one proof per account: a copy of a file,
        # or the same proof written another way, is the same account).
        account = e.user_id or f"proof:{e.proof_key or e.sha256 or e.file}"
        if e.leaf is not None:
            self.leaves.setdefault((e.format_id, e.leaf), _Seen()).add(account, e.file)
        if e.nonce is not None:
            self.nonces.setdefault((e.format_id, e.nonce), _Seen()).add(e.leaf, e.file)

    def findings(self) -> list[Finding]:
        out: list[Finding] = []
        for (_fmt, node), seen in self.by_hash.items():
            if len(seen.by_value) > 1:
                shown = "; ".join(
                    f"{_show_values(v)} in {count} file(s)" for v, (count, _files) in seen.by_value.items()
                )
                out.append(
                    _finding(
                        "conflicting-node-values",
                        text(
                            "Node {node} is shown with different balances in different files: {values}.",
                            node=node,
                            values=shown,
                        ),
                        seen,
                        node,
                        {"key": "hash", "values": _value_rows(seen)},
                    )
                )
        for (_fmt, root, depth, position), seen in self.by_position.items():
            if len(seen.by_value) > 1:
                hashes = ", ".join(seen.by_value)
                out.append(
                    _finding(
                        "conflicting-node-values",
                        text(
                            "The node at depth {depth}, position {position} under root {root} has different hashes "
                            "in different files: {hashes}.",
                            depth=depth,
                            position=position,
                            root=root or "",
                            hashes=hashes,
                        ),
                        seen,
                        f"depth {depth} position {position}",
                        {"key": "position", "root": root, "depth": depth, "position": position,
                         "values": _value_rows(seen)},
                    )
                )
        for (_fmt, leaf), seen in self.leaves.items():
            if len(seen.by_value) > 1:
                out.append(
                    _finding(
                        "duplicate-leaf",
                        text(
                            "Leaf {leaf} is shown to {count} different accounts.", leaf=leaf, count=len(seen.by_value)
                        ),
                        seen,
                        leaf,
                        {"accounts": len(seen.by_value)},
                    )
                )
        for (_fmt, nonce), seen in self.nonces.items():
            if len(seen.by_value) > 1:
                out.append(
                    _finding(
                        "reused-nonce",
                        text(
                            "One nonce is used by {count} different leaves ({leaves}).",
                            count=len(seen.by_value),
                            leaves=", ".join(str(v) for v in seen.by_value),
                        ),
                        seen,
                        nonce,
                        {"leaves": [str(v) for v in seen.by_value]},
                    )
                )
        for code, seen in (("mixed-roots", self.roots), ("mixed-audit-ids", self.audit_ids),
                           ("mixed-formats", self.formats)):
            if len(seen.by_value) > 1:
                count = len(seen.by_value)
                values = "; ".join(f"{v} ({n} file(s))" for v, (n, _f) in seen.by_value.items())
                out.append(_finding(code, _mixed_sentence(code, count, values), seen, "", {"values": _value_rows(seen)}))
        return out


def _mixed_sentence(code: str, count: int, values: str) -> str:
    if code == "mixed-roots":
        return text("The files lead to {count} different roots: {values}.", count=count, values=values)
    if code == "mixed-audit-ids":
        return text("The files name {count} different audits: {values}.", count=count, values=values)
    return text("The files are of {count} different formats: {values}.", count=count, values=values)


def _value_rows(seen: _Seen) -> list[dict[str, Any]]:
    return [
        {"value": _show_values(value), "count": count, "files": list(files)}
        for value, (count, files) in seen.by_value.items()
    ]


def _finding(code: str, message: str, seen: _Seen, subject: str, details: dict[str, Any]) -> Finding:
    return Finding(code, message, seen.files(), subject, details)


def finding_title(code: str) -> str:
    """The catalogue's one-line description of a finding's code."""
    return warning_message(code)
