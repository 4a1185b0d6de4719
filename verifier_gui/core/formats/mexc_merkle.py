"""MEXC Merkle sum tree (``mexc-merkle``), 2025 → now. Spec: specs/others.md §2.6.

The user's file holds their leaf (``self``: proofId, accountId, balances, level 0, type) and ``pathList``:
siblings with their ``level``, the root (type 3) last. Hashes are SHA-256 hex cut to 32 characters (128 bits):

* leaf   = SHA256(proofId + "," + accountId + "," + "K:v,…")[:32]   (keys sorted, amounts as written)
* parent = SHA256(left + "," + right + "," + "K:v,…")[:32]          (the summed balances, stripped plain)

Walk, as MEXC's validator does it: for each level i from 0 to the root's level − 1 the running node meets
the sibling listed at level i, or an empty node (hash "") when none is listed. A sibling of type 1 is on the
left. The parent's balances are the left child's; when the right child is not empty, BTC, USDT, ETH and USDC
are added as 0 where missing and the right child's balances are summed in. MEXC's tool compares the root hash
only; this verifier also compares the root's balances.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import StringConstraints

from ..amounts import add, parse_plain_decimal, plain_text
from ..hashing.sha256 import sha256_hex
from ..loading import Source
from ..models import AmountText, StrictModel, validate
from ..options import VerifyOptions
from ..registry import FormatSpec
from ..result import FormatInfo, PathStep, Result, ResultBuilder
from ..text import text
from . import sumtree

FORMAT = FormatInfo("mexc-merkle", "MEXC", "MEXC Merkle sum tree (merkle_proof.json)")
TYPE_LEFT, TYPE_RIGHT, TYPE_ROOT = 1, 2, 3
#: Coins MEXC's validator adds as 0 to a parent whose right child is not empty.
DEFAULT_COINS = ("BTC", "USDT", "ETH", "USDC")
#: Deepest tree accepted: 2^64 leaves need 64 levels; the walk runs once per level up to the root's level.
MAX_LEVEL = 256

Hash32 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
Hash32OrEmpty = Annotated[str, StringConstraints(pattern=r"^([0-9a-f]{32})?$")]
# proofId and accountId are joined with commas: no comma allowed inside them.
Field = Annotated[str, StringConstraints(pattern=r"^[^,]{1,200}$")]
CoinName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")]


class PathNode(StrictModel):
    level: int
    type: int
    hash: Hash32OrEmpty
    balances: dict[CoinName, AmountText]


class SelfNode(StrictModel):
    level: int
    type: int
    hash: Hash32
    balances: dict[CoinName, AmountText]
    proofId: Field
    accountId: Field


class ProofFile(StrictModel):
    pathList: list[PathNode]
    self: SelfNode


def hash32(preimage: str) -> str:
    return sha256_hex(preimage)[:32]


def pairs(balances: dict[str, str]) -> str:
    return ",".join(f"{coin}:{balances[coin]}" for coin in sorted(balances))


def leaf_preimage(proof_id: str, account_id: str, balances: dict[str, str]) -> str:
    return f"{proof_id},{account_id},{pairs(balances)}"


def parent(left: tuple[str, dict[str, Decimal]], right: tuple[str, dict[str, Decimal]]) -> tuple[str, dict[str, Decimal]]:
    """The parent's preimage and balances from (hash, balances) of its children, by MEXC's rule."""
    sums = dict(left[1])
    if right[0]:
        for coin in DEFAULT_COINS:
            sums.setdefault(coin, Decimal(0))
        for coin, value in right[1].items():
            sums[coin] = add(sums.get(coin, Decimal(0)), value)
    preimage = f"{left[0]},{right[0]}," + pairs({coin: plain_text(v) for coin, v in sums.items()})
    return preimage, sums


def sniff(source: Source) -> bool:
    doc = source.json_or_none()
    return (
        isinstance(doc, dict)
        and set(doc) == {"self", "pathList"}
        and isinstance(doc["self"], dict)
        and {"proofId", "accountId"} <= set(doc["self"])
    )


def verify(source: Source, options: VerifyOptions) -> Result:
    proof = validate(ProofFile, source.json(), source.name, text("MEXC proof"))
    return _Verifier(source.name, proof, options).run()


class _Verifier:
    def __init__(self, name: str, proof: ProofFile, options: VerifyOptions) -> None:
        self.proof = proof
        self.options = options
        self.b = ResultBuilder(name, FORMAT)

    def run(self) -> Result:
        b, own, path = self.b, self.proof.self, self.proof.pathList
        b.user_id = own.accountId
        b.balances = dict(own.balances)
        b.warn("truncated-hash-128", text("Every hash keeps only the first 32 hex digits of its SHA-256."))
        b.warn("weak-binding-sum-only")
        b.warn("totals-not-compared")
        structure_ok = self._check_structure()
        self._check_amounts()
        preimage = leaf_preimage(own.proofId, own.accountId, own.balances)
        leaf = hash32(preimage)
        leaf_ok = b.check(
            text("leaf"),
            leaf == own.hash,
            text("Your leaf recomputes from your proofId, accountId and balances.")
            if leaf == own.hash
            else text("Your leaf does not match your proofId, accountId and balances."),
            expected=own.hash,
            computed=leaf,
            message=None
            if leaf == own.hash
            else text(
                "The file says your leaf is {written}, but the first 32 hex digits of SHA-256 of the text "
                "{preimage} are {computed}: the balances or ids in the file are not the ones MEXC hashed.",
                written=own.hash, preimage=repr(preimage), computed=leaf,
            ),
        )
        b.steps.append(PathStep(text("your leaf"), 0, leaf, preimage=preimage, sums=dict(own.balances), ok=leaf_ok))
        if not structure_ok:
            return b.finish()
        self._fold(own.hash)
        return b.finish()

    def _fold(self, leaf: str) -> None:
        b, own, path = self.b, self.proof.self, self.proof.pathList
        root = path[-1]
        by_level = {node.level: node for node in path[:-1]}
        running: tuple[str, dict[str, Decimal]] = (leaf, sumtree.decimals(own.balances))
        own_left = own.type == TYPE_LEFT
        empty_levels: list[int] = []
        for level in range(root.level):
            sibling = by_level.get(level)
            if sibling is not None:
                own_left = own.type == TYPE_LEFT if level == 0 else sibling.type != TYPE_LEFT
            beside = ("", {}) if sibling is None else (sibling.hash, sumtree.decimals(sibling.balances))
            if not beside[0]:
                empty_levels.append(level)
            left, right = (running, beside) if own_left else (beside, running)
            preimage, sums = parent(left, right)
            running = (hash32(preimage), sums)
            b.steps.append(
                PathStep(
                    text("level {level}", level=level + 1),
                    level + 1,
                    running[0],
                    preimage=preimage,
                    sibling=beside[0] or None,
                    sibling_side=None if not beside[0] else "right" if own_left else "left",
                    sums={coin: plain_text(v) for coin, v in sums.items()},
                    note=None if beside[0] else text("empty sibling (hash \"\")"),
                )
            )
            negative = sorted(coin for coin, v in sums.items() if v < 0)
            if negative:
                b.warn("negative-sum", text("The recomputed sum at level {level} is negative for {coins}.",
                                            level=level + 1, coins=", ".join(negative)))
            own_left = True  # MEXC's tool: a node with no listed sibling above it is a left node
        if empty_levels:
            b.warn("empty-sibling", text("Empty siblings at level(s) {levels} (your leaf is level 0).",
                                         levels=", ".join(map(str, empty_levels))))
        self._check_root(running[0], running[1])

    def _check_root(self, computed: str, sums: dict[str, Decimal]) -> None:
        b, root = self.b, self.proof.pathList[-1]
        # MEXC adds BTC/USDT/ETH/USDC as 0 here and there: a coin at 0 may be listed on one side only.
        ok = sumtree.check_root_totals_by_value(b, root.balances, sums, missing_is_zero=True)
        if not ok and computed == root.hash:
            b.warn("official-tool-differs", text("MEXC's own tool compares the root hash only and would accept "
                                                 "this file although its root totals are wrong."))
        sumtree.compare_root(b, computed, self.options.root, root.hash, text("the last entry of the proof's pathList"),
                             root.level)

    def _check_structure(self) -> bool:
        own, path = self.proof.self, self.proof.pathList
        problems: list[str] = []
        if own.type not in (TYPE_LEFT, TYPE_RIGHT):
            problems.append(text("self.type is {type}; a leaf is type 1 (left) or 2 (right)", type=own.type))
        if own.level != 0:
            problems.append(text("self.level is {level}; your leaf is level 0", level=own.level))
        if not path:
            problems.append(text("pathList is empty; it must end with the root"))
        else:
            root = path[-1]
            if root.type != TYPE_ROOT or not root.hash:
                problems.append(text("the last entry of pathList must be the root (type 3, with a hash)"))
            if not 1 <= root.level <= MAX_LEVEL:
                problems.append(text("the root's level is {level}; it must be 1 to {most}", level=root.level,
                                     most=MAX_LEVEL))
            seen: set[int] = set()
            for k, node in enumerate(path[:-1]):
                if node.level in seen:
                    problems.append(text("pathList[{k}] repeats level {level}", k=k, level=node.level))
                seen.add(node.level)
                if not 0 <= node.level < root.level:
                    problems.append(text("pathList[{k}].level is {level}; siblings are below the root's level {root}",
                                         k=k, level=node.level, root=root.level))
                if node.type not in (TYPE_LEFT, TYPE_RIGHT):
                    problems.append(text("pathList[{k}].type is {type}; a sibling is type 1 or 2", k=k, type=node.type))
                if node.level == 0 and node.type == own.type:
                    problems.append(text("pathList[{k}] is your leaf's sibling but on the same side", k=k))
                if not node.hash and any(parse_plain_decimal(v) != 0 for v in node.balances.values()):
                    problems.append(text("pathList[{k}] is empty (hash \"\") but has non-zero balances", k=k))
        return sumtree.check_rules(
            self.b,
            text("structure"),
            problems,
            ok=text("Sides, types and levels follow the format's rules."),
            fail=text("The path breaks the format's rules"),
            expected=text("self type 1 or 2 at level 0; siblings type 1 or 2 at distinct levels; the root (type 3) last"),
        )

    def _check_amounts(self) -> None:
        own, path = self.proof.self, self.proof.pathList
        entries: list[sumtree.AmountEntry] = [("self", list(own.balances.items()), True)]
        for k, node in enumerate(path):
            entries.append((f"pathList[{k}]", list(node.balances.items()), node.level == 0))
        sumtree.scan_amounts(self.b, entries, max_places=None, canonical=sumtree.is_stripped_plain)


SPEC = FormatSpec(
    id=FORMAT.id,
    exchange=FORMAT.exchange,
    name=FORMAT.name,
    period="Jan 2025 → (earlier snapshots unconfirmed)",
    needs="the Merkle proof file downloaded from MEXC's Proof of Reserves page (merkle_proof.json)",
    sniff=sniff,
    verify=verify,
)
