"""CoinEx Merkle sum tree (``coinex-merkle``), Dec 2022 →. Spec: specs/others.md §2.6, §5.

The user's file holds ``root`` (hash and balances), ``self`` (nonce and balances) and ``path``: one step per
level from the bottom up, either a sibling (hash, balances, ``pos`` = the sibling's side) or ``{}`` (no
sibling at that level). SHA-256 hex over text, J(b) being compact JSON of the balances with sorted keys and
the amounts as quoted plain decimals (Go ``decimal.String()``):

* leaf = SHA256(nonce ‖ J(b))
* at each step the running balances b += the sibling's; node = SHA256(left ‖ right ‖ J(b)) by ``pos``

A step ``{}`` has two rules in CoinEx's own repository: its ``main.go`` hashes SHA256(h ‖ h ‖ J(b)), but its
example file verifies only with SHA256(h ‖ J(b)). Both are tried, the tool's first, and the one that reaches
the root is named in the variant.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import StringConstraints

from ..amounts import add, plain_text
from ..hashing.sha256 import sha256_hex
from ..loading import Source
from ..models import AmountText, Hex64, StrictModel, validate
from ..options import VerifyOptions
from ..registry import FormatSpec
from ..result import FormatInfo, PathStep, Result, ResultBuilder
from ..text import text
from . import sumtree

FORMAT = FormatInfo("coinex-merkle", "CoinEx", "CoinEx Merkle sum tree (merkle_proof_file.json)")

# The two lone-node rules (specs/others.md §2.6): the official tool's, then the one CoinEx's example needs.
RULE_TOOL = "doubled"
RULE_EXAMPLE = "single"
RULES = {
    RULE_TOOL: text("lone node hashed as SHA256(h ‖ h ‖ balances), the rule of CoinEx's main.go"),
    RULE_EXAMPLE: text("lone node hashed as SHA256(h ‖ balances), the rule CoinEx's example file needs"),
}

CoinName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")]
# The nonce is followed directly by the JSON text: letters, digits and dashes only, so it cannot blend into it.
Nonce = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z-]{1,256}$")]


class Root(StrictModel):
    balances: dict[CoinName, AmountText]
    hash: Hex64


class SelfNode(StrictModel):
    balances: dict[CoinName, AmountText]
    nonce: Nonce


class Step(StrictModel):
    """A sibling (all three fields) or ``{}`` (none): no sibling at this level."""

    balances: dict[CoinName, AmountText] | None = None
    hash: Hex64 | None = None
    pos: Literal["left", "right"] | None = None

    @property
    def lone(self) -> bool:
        return self.hash is None


class ProofFile(StrictModel):
    root: Root
    self: SelfNode
    path: list[Step]


def balances_json(balances: dict[str, Decimal]) -> str:
    """Go's json.Marshal of map[string]decimal.Decimal: sorted keys, amounts as quoted plain decimals."""
    return "{" + ",".join(f'"{coin}":"{plain_text(balances[coin])}"' for coin in sorted(balances)) + "}"


def leaf_preimage(nonce: str, balances: dict[str, Decimal]) -> str:
    return nonce + balances_json(balances)


def sniff(source: Source) -> bool:
    doc = source.json_or_none()
    return (
        isinstance(doc, dict)
        and set(doc) == {"root", "self", "path"}
        and isinstance(doc["self"], dict)
        and "nonce" in doc["self"]
        and isinstance(doc["path"], list)
    )


def verify(source: Source, options: VerifyOptions) -> Result:
    proof = validate(ProofFile, source.json(), source.name, text("CoinEx proof"))
    return _Verifier(source.name, proof, options).run()


class _Walk:
    """The path folded under one lone-node rule: every step's preimage and hash, and the final balances."""

    def __init__(self, proof: ProofFile, leaf: str, rule: str) -> None:
        self.rule = rule
        self.steps: list[PathStep] = []
        running, sums = leaf, sumtree.decimals(proof.self.balances)
        for k, step in enumerate(proof.path):
            if step.lone:
                preimage = (running + running if rule == RULE_TOOL else running) + balances_json(sums)
                note = text("no sibling at this level (lone node)")
            else:
                assert step.balances is not None and step.hash is not None
                for coin, value in sumtree.decimals(step.balances).items():
                    sums[coin] = add(sums.get(coin, Decimal(0)), value)
                left, right = (step.hash, running) if step.pos == "left" else (running, step.hash)
                preimage = left + right + balances_json(sums)
                note = None
            running = sha256_hex(preimage)
            self.steps.append(
                PathStep(
                    text("step {n}", n=k + 1),
                    k + 2,
                    running,
                    preimage=preimage,
                    sibling=step.hash,
                    sibling_side=step.pos,
                    sums={coin: plain_text(sums[coin]) for coin in sorted(sums)},
                    note=note,
                )
            )
        self.root = running
        self.sums = sums


class _Verifier:
    def __init__(self, name: str, proof: ProofFile, options: VerifyOptions) -> None:
        self.proof = proof
        self.options = options
        self.b = ResultBuilder(name, FORMAT)

    def run(self) -> Result:
        b, own, proof = self.b, self.proof.self, self.proof
        b.balances = dict(own.balances)
        b.warn("weak-binding-sum-only")
        b.warn("identity-not-verifiable", text("The leaf binds only a nonce CoinEx chose, not your user id."))
        b.warn("totals-not-compared")
        structure_ok = self._check_structure()
        self._check_amounts()
        preimage = leaf_preimage(own.nonce, sumtree.decimals(own.balances))
        leaf = sha256_hex(preimage)
        b.steps.append(PathStep(text("your leaf"), 1, leaf, preimage=preimage, sums=dict(own.balances)))
        if not structure_ok:
            return b.finish()
        lone = [k + 1 for k, step in enumerate(proof.path) if step.lone]
        walks = [_Walk(proof, leaf, RULE_TOOL)]
        if lone:
            walks.append(_Walk(proof, leaf, RULE_EXAMPLE))
        walk = next((w for w in walks if w.root == proof.root.hash.lower()), walks[0])
        matched = walk.root == proof.root.hash.lower()
        b.steps.extend(walk.steps)
        if lone:
            b.format = FormatInfo(FORMAT.id, FORMAT.exchange, FORMAT.name, variant=RULES[walk.rule])
            steps = ", ".join(map(str, lone))
            if walk.rule == RULE_TOOL:
                b.warn("duplicated-last-node", text("Lone nodes were hashed with a copy of themselves at step(s) "
                                                    "{steps}.", steps=steps))
            elif matched:
                b.warn("variant-matched", text("The root is reached only when a lone node at step(s) {steps} is "
                                               "hashed once: SHA256(h ‖ balances).", steps=steps))
                b.warn("official-tool-differs", text("CoinEx's own verifier hashes a lone node twice, "
                                                     "SHA256(h ‖ h ‖ balances), and would reject this file "
                                                     "(it computes the root {other}).", other=walks[0].root))
            if not matched:
                b.check(
                    text("lone-node rules"),
                    False,
                    text("Neither lone-node rule reaches the root: SHA256(h ‖ h ‖ balances) gives {a}, "
                         "SHA256(h ‖ balances) gives {b}.", a=walks[0].root, b=walks[1].root),
                    expected=proof.root.hash.lower(),
                    computed=text("{a} or {b}", a=walks[0].root, b=walks[1].root),
                )
        self._check_root(walk)
        return b.finish()

    def _check_root(self, walk: _Walk) -> None:
        b, root = self.b, self.proof.root
        sumtree.check_root_totals_by_value(b, root.balances, walk.sums)
        sumtree.compare_root(b, walk.root, self.options.root, root.hash, text("the root written in the proof file"),
                             len(self.proof.path) + 1)

    def _check_structure(self) -> bool:
        problems: list[str] = []
        for k, step in enumerate(self.proof.path):
            given = [step.balances is not None, step.hash is not None, step.pos is not None]
            if any(given) and not all(given):
                problems.append(text("path[{k}] must have balances, hash and pos, or be empty {{}}", k=k))
        if not self.proof.path:
            problems.append(text("the path is empty"))
        return sumtree.check_rules(
            self.b,
            text("structure"),
            problems,
            ok=text("Every path step is a sibling (balances, hash, pos) or an empty step {{}}."),
            fail=text("The path breaks the format's rules"),
            expected=text("siblings with balances, hash and pos, or {{}}"),
        )

    def _check_amounts(self) -> None:
        proof = self.proof
        entries: list[sumtree.AmountEntry] = [("self", list(proof.self.balances.items()), True)]
        for k, step in enumerate(proof.path):
            if step.balances is not None:
                entries.append((f"path[{k}]", list(step.balances.items()), k == 0))
        entries.append(("root", list(proof.root.balances.items()), False))
        sumtree.scan_amounts(self.b, entries, max_places=None, canonical=sumtree.is_stripped_plain)


SPEC = FormatSpec(
    id=FORMAT.id,
    exchange=FORMAT.exchange,
    name=FORMAT.name,
    period="Dec 2022 →",
    needs="the Merkle proof file downloaded from CoinEx's Proof of Reserves page (merkle_proof_file.json)",
    sniff=sniff,
    verify=verify,
)
