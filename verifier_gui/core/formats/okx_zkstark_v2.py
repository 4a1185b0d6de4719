"""OKX zk-STARK v2 (``okx-zkstark-v2``, plonky2), Sep 2024 →. Spec: specs/okx.md §5.

The user's inclusion proof holds their account (id, per-token equity and debt), their global index, the
siblings in their batch's binary sum tree and, per recursion layer, the hashes left and right of their node in
a 64-way layer. Hashes are plonky2's Poseidon over Goldilocks (``hash_no_pad``):

* leaf   = Poseidon(id split into 5 elements, Σequity mod p, Σdebt mod p): only the two sums are hashed;
* batch  = Poseidon(left ‖ right), the side from the index's bits;
* layer  = Poseidon(left_hashes ‖ node ‖ right_hashes), 4 elements per hash.

The root is ``proof.public_inputs[2..6]`` of the published ``sum_proof_data.json`` (its [0] and [1] are the
total equity and debt); the inclusion proof carries no root at all.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated

from pydantic import StringConstraints

from ..hashing.poseidon_goldilocks import P, digest_from_hex, digest_to_hex, hash_no_pad
from ..errors import InputError
from ..loading import Source
from ..models import Hex64, StrictModel, validate
from ..options import VerifyOptions
from ..registry import FormatSpec
from ..result import FormatInfo, PathStep, Result, ResultBuilder
from ..text import text

FORMAT = FormatInfo("okx-zkstark-v2", "OKX", "OKX zk-STARK v2 (plonky2 inclusion proof)")
#: The 5 hex slices of the 64-hex user id that become field elements (each below 2^56, so below p).
ID_SLICES = ((0, 14), (14, 28), (28, 42), (42, 56), (56, 64))
#: Production batches hold 1024 accounts; a layer has 64 children. Larger proofs are not OKX's.
MAX_SUM_TREE_LEVELS = 32
MAX_LAYERS = 16
MAX_LAYER_CHILDREN = 1024

#: A u64 amount: decimal text (production) or a JSON number (before the 2024-09-11 "stringfy" commit).
U64Text = Annotated[str, StringConstraints(pattern=r"^[0-9]{1,20}$")]


class Account(StrictModel):
    id: Hex64
    equity: list[U64Text | int]
    debt: list[U64Text | int]


class Layer(StrictModel):
    left_hashes: list[Hex64]
    right_hashes: list[Hex64]


class ProofFile(StrictModel):
    account: Account
    index: int
    sum_tree_siblings: list[Hex64]
    recursive_tree_siblings: list[Layer]


def sniff(source: Source) -> bool:
    doc = source.json_or_none()
    return (
        isinstance(doc, dict)
        and {"account", "index", "sum_tree_siblings", "recursive_tree_siblings"} <= set(doc)
        and isinstance(doc["account"], dict)
        and {"id", "equity", "debt"} <= set(doc["account"])
    )


def id_elements(user_id: str) -> list[int]:
    return [int(user_id[a:b], 16) for a, b in ID_SLICES]


def leaf_inputs(user_id: str, equity: list[int], debt: list[int]) -> list[int]:
    return [*id_elements(user_id), sum(equity) % P, sum(debt) % P]


def verify(source: Source, options: VerifyOptions) -> Result:
    proof = validate(ProofFile, source.json(), source.name, text("OKX zk-STARK v2 inclusion proof"))
    if options.root is None:
        # The inclusion proof carries no root (weaknesses.md A9): a path folded to nothing proves nothing.
        raise InputError(
            "root-required",
            text(
                "{file}: an OKX zk-STARK v2 inclusion proof holds no root of its own. Give the published "
                "sum_proof_data.json, or the root in hex, with --root (or the root box in the app).",
                file=source.name,
            ),
        )
    return _Verifier(source.name, proof, options).run()


@lru_cache(maxsize=256)
def _layer_hash(children: tuple[str, ...]) -> tuple[int, int, int, int]:
    """One recursive-layer node (32 permutations for 64 children). Cached: in a batch run every user of a batch
    shares the layers above it, so an auditor's second user of a batch costs only the batch tree."""
    return hash_no_pad([w for child in children for w in digest_from_hex(child)])


def _amounts(values: list[str | int]) -> list[int]:
    return [int(v) for v in values]


class _Verifier:
    def __init__(self, name: str, proof: ProofFile, options: VerifyOptions) -> None:
        self.proof = proof
        self.options = options
        self.b = ResultBuilder(name, FORMAT)

    def run(self) -> Result:
        b, proof = self.b, self.proof
        equity, debt = _amounts(proof.account.equity), _amounts(proof.account.debt)
        b.user_id = proof.account.id.lower()
        b.balances = self._balances(equity, debt)
        self._warnings()
        if not self._check_structure(equity, debt):
            return b.finish()

        inputs = leaf_inputs(proof.account.id.lower(), equity, debt)
        node = hash_no_pad(inputs)
        b.steps.append(
            PathStep(
                text("your leaf"),
                0,
                digest_to_hex(node),
                preimage="Poseidon(" + ", ".join(map(str, inputs)) + ")",  # data, not a sentence
                note=text("the 5 parts of your id, then Σequity and Σdebt (mod p)"),
            )
        )
        index = proof.index
        for level, sibling_hex in enumerate(proof.sum_tree_siblings, start=1):
            sibling = digest_from_hex(sibling_hex)
            on_left = index % 2 == 1
            pair = [*sibling, *node] if on_left else [*node, *sibling]
            node = hash_no_pad(pair)
            index //= 2
            b.steps.append(
                PathStep(
                    text("batch level {level}", level=level),
                    level,
                    digest_to_hex(node),
                    preimage="Poseidon(" + ", ".join(map(str, pair)) + ")",
                    sibling=sibling_hex.lower(),
                    sibling_side="left" if on_left else "right",
                )
            )
        height = len(proof.sum_tree_siblings)
        for number, layer in enumerate(proof.recursive_tree_siblings, start=1):
            own = digest_to_hex(node)
            children = (*(h.lower() for h in layer.left_hashes), own, *(h.lower() for h in layer.right_hashes))
            node = _layer_hash(children)
            b.steps.append(
                PathStep(
                    text("recursive layer {number}", number=number),
                    height + number,
                    digest_to_hex(node),
                    children=children,
                    position=len(layer.left_hashes),
                    note=text(
                        "{count}-way node: your node is child {position} of {count}",
                        count=len(children),
                        position=len(layer.left_hashes) + 1,
                    ),
                )
            )
        self._totals()
        root = self.options.root
        assert root is not None  # checked in verify()
        b.root_computed = digest_to_hex(node)
        b.set_expected_root(root.value, "published", root.origin)
        return b.finish()

    def _check_structure(self, equity: list[int], debt: list[int]) -> bool:
        """Rules a proof from OKX's prover always meets; a proof that breaks one cannot be folded soundly."""
        proof, problems = self.proof, []
        if len(equity) != len(debt):
            problems.append(text("{e} equity values but {d} debt values", e=len(equity), d=len(debt)))
        for kind, values in (("equity", equity), ("debt", debt)):
            if any(not 0 <= v < 2**64 for v in values):
                problems.append(text("an {kind} value is not from 0 to 2^64 - 1", kind=kind))
        if not 0 <= proof.index:
            problems.append(text("the index {index} is negative", index=proof.index))
        if len(proof.sum_tree_siblings) > MAX_SUM_TREE_LEVELS or len(proof.recursive_tree_siblings) > MAX_LAYERS:
            problems.append(text("more tree levels than OKX's trees have"))
        # The node's position in each layer follows from the index (the prover derives both from it).
        position = proof.index >> len(proof.sum_tree_siblings) if proof.index >= 0 else 0
        for k, layer in enumerate(proof.recursive_tree_siblings):
            width = len(layer.left_hashes) + len(layer.right_hashes) + 1
            if width > MAX_LAYER_CHILDREN:
                problems.append(text("layer {k} has {width} children", k=k, width=width))
                break
            if position % width != len(layer.left_hashes):
                problems.append(
                    text(
                        "in recursive layer {k} your node is child {given} but the index puts it at {wanted}",
                        k=k + 1,
                        given=len(layer.left_hashes),
                        wanted=position % width,
                    )
                )
            position //= width
        if position and not problems:
            problems.append(text("the index {index} lies beyond the tree the path describes", index=proof.index))
        sums_ok = sum(equity) >= sum(debt)
        if not sums_ok:
            # OKX's circuit constrains every account to Σequity − Σdebt ≥ 0: such an account is not in the tree.
            problems.append(text("your debt sum exceeds your equity sum, which OKX's circuit forbids"))
        ok = not problems
        self.b.check(
            text("structure"),
            ok,
            text("The index, layer positions and amounts follow the format's rules.")
            if ok
            else text("The proof breaks the format's rules: {problems}.", problems="; ".join(problems)),
            expected=text("index consistent with the layer positions; amounts below 2^64; equity ≥ debt"),
            computed="; ".join(problems),
        )
        return ok

    def _balances(self, equity: list[int], debt: list[int]) -> dict[str, str]:
        """Non-zero per-token values (token numbers only: the proof has no names) and the two hashed sums."""
        out: dict[str, str] = {}
        for k, value in enumerate(equity):
            if value:
                out[f"token {k} equity"] = str(value)
        for k, value in enumerate(debt):
            if value:
                out[f"token {k} debt"] = str(value)
        out["equity (sum)"] = str(sum(equity))
        out["debt (sum)"] = str(sum(debt))
        return out

    def _totals(self) -> None:
        """The totals published with the root (sum_proof_data.json public inputs), when that file was given."""
        root = self.options.root
        if root is None or not root.totals:
            return
        equity, debt = int(root.totals["equity"]), int(root.totals["debt"])
        self.b.totals = {"equity": str(equity), "debt": str(debt), "net": str(equity - debt)}
        if equity < debt:
            self.b.check(
                text("published totals"),
                False,
                text("The published total debt exceeds the total equity."),
                expected=text("equity ≥ debt"),
                computed=text("equity {equity}, debt {debt}", equity=equity, debt=debt),
            )

    def _warnings(self) -> None:
        b = self.b
        b.warn(
            "per-asset-not-bound",
            text(
                "Proven: your id, your equity sum and your debt sum are in the published tree. Not proven: how "
                "those sums split across tokens (the per-token values shown are as the file states them)."
            ),
        )
        b.warn("zk-proof-not-verified")
        b.warn("identity-not-verifiable", text("The user id is an opaque 64-hex value chosen by OKX."))
        b.warn("unit-scale-unknown")
        b.warn("asset-data-missing", text("The proof numbers its tokens but does not name them."))


SPEC = FormatSpec(
    id=FORMAT.id,
    exchange=FORMAT.exchange,
    name=FORMAT.name,
    period="Sep 2024 →",
    needs="the inclusion proof copied from OKX's Audits page (…inclusion_proof.json) and the published "
    "sum_proof_data.json or its root in hex (--root)",
    sniff=sniff,
    verify=verify,
)
