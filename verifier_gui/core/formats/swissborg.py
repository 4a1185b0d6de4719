"""SwissBorg proof of liabilities (``swissborg``). Spec: specs/others.md §2.5; warnings per weaknesses.md §4.

Two files: the user's liabilities (``user_id``, ``audit_id``, ``liabilities[]`` with each leaf's partition,
liability, ``leaf_index``, ``nonce`` and ``witnesses``) and the audit's roots (every currency partition's root
``(liability, digest)`` and the audit commitment over them, which SwissBorg publishes as the audit's "Merkle Root
Hash"). The audit roots come with ``--root FILE`` (or ``--tree FILE`` beside a typed ``--root HEX``).

* KDF(k, c) = hex HMAC-SHA256(key = k, msg = c); auditNonce = KDF(credential, "SB PoL - Audit nonce derivation,"
  + auditId); treeNonce = KDF(auditNonce, "SB PoL - Currency Merkle tree nonce derivation," + currency);
  leafNonce = KDF(treeNonce, "SB PoL - Leaf nonce derivation," + leafIndex).
* leaf  = SHA-256("leaf," + leafNonce + "," + user_id + "," + liability as written).
* inner = SHA-256("inner," + dec(Lv) + "," + dec(Rv) + "," + Lh + "," + Rh), value Lv + Rv (exact; dec = plain
  text, trailing zeros stripped, as decimal.js prints). Both children's values are hashed: strong binding.
* position: with d witnesses, t = leafIndex + 2^d − 1; t odd means the running node is the left child.
* a negative leaf or witness is rejected (a fail, the format forbids it); the top must equal the partition's
  root in value and digest; the commitment = SHA-256("SB PoL - Audit commitment hash" + for each partition
  sorted by upper-case currency: "," + id + "," + liability + "," + digest).

The ``nonce`` field means two things in SwissBorg's own test data: in the Dec 2022 audit it is the leaf's digest,
from Jan 2023 on it is the leaf nonce (its derivation from the credential). Both readings are tried and the one
that matched is named. Without the credential the leaf is recomputed from the file's nonce (2023 files) or taken
from the file (2022 files): the result then says that the tie to the user's credential was not checked.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated

from pydantic import Field, StringConstraints

from ..amounts import add, parse_plain_decimal, plain_text
from ..errors import InputError
from ..hashing.sha256 import sha256_hex
from ..loading import Source
from ..models import AmountText, Hex64, StrictModel, validate
from ..options import VerifyOptions
from ..registry import FormatSpec
from ..result import FormatInfo, PathStep, Result, ResultBuilder
from ..roots import MAX_ROOT_FILE_BYTES, PublishedRoot
from ..text import listing, text

FORMAT = FormatInfo("swissborg", "SwissBorg", "SwissBorg proof of liabilities (per-currency sum trees)")
#: 2^64 leaves per currency is far beyond any real audit (SwissBorg's trees are about 2^15).
MAX_WITNESSES = 64
MAX_LEAVES = 10_000
AUDIT_PREFIX = "SB PoL - Audit nonce derivation"
TREE_PREFIX = "SB PoL - Currency Merkle tree nonce derivation"
LEAF_PREFIX = "SB PoL - Leaf nonce derivation"
COMMITMENT_PREFIX = "SB PoL - Audit commitment hash"

BY_CREDENTIAL = text("leaf nonce derived from your credential")
NONCE_IS_LEAF_NONCE = text("the file's nonce is the leaf nonce (2023 files)")
NONCE_IS_DIGEST = text("the file's nonce is the leaf digest (Dec 2022 files)")

Short = Annotated[str, StringConstraints(min_length=1, max_length=200)]


# --- the documents --------------------------------------------------------------------------------------------


class Node(StrictModel):
    digest: Hex64
    liability: AmountText


class Proof(StrictModel):
    leaf_index: int = Field(ge=0)
    nonce: Hex64
    witnesses: list[Node] = Field(max_length=MAX_WITNESSES)


class Liability(StrictModel):
    audit_partition_id: Short
    liability: AmountText
    proof: Proof


class UserLiabilities(StrictModel):
    user_id: Short
    audit_id: Short
    liabilities: list[Liability] = Field(min_length=1, max_length=MAX_LEAVES)


class Commitment(StrictModel):
    digest: Hex64


class PartitionCommitment(StrictModel):
    digest: Hex64
    liability: AmountText


class Partition(StrictModel):
    commitment: PartitionCommitment
    currency: Short
    id: Short


class Audit(StrictModel):
    commitment: Commitment
    id: Short
    partitions: list[Partition] = Field(min_length=1, max_length=MAX_LEAVES)
    time: str | None = None


class AuditRoots(StrictModel):
    audit: Audit


# --- hashing --------------------------------------------------------------------------------------------------


def kdf(key: str, context: str) -> str:
    return hmac.new(key.encode("utf-8"), context.encode("utf-8"), hashlib.sha256).hexdigest()


def leaf_nonce(credential: str, audit_id: str, currency: str, leaf_index: int) -> str:
    audit_nonce = kdf(credential, f"{AUDIT_PREFIX},{audit_id}")
    tree_nonce = kdf(audit_nonce, f"{TREE_PREFIX},{currency}")
    return kdf(tree_nonce, f"{LEAF_PREFIX},{leaf_index}")


def leaf_preimage(nonce: str, user_id: str, liability: str) -> str:
    return f"leaf,{nonce},{user_id},{liability}"


def inner_preimage(left_value: Decimal, right_value: Decimal, left: str, right: str) -> str:
    return f"inner,{plain_text(left_value)},{plain_text(right_value)},{left},{right}"


def commitment_preimage(partitions: list[Partition]) -> str:
    # SwissBorg sorts by upper-case currency; Python's sort is stable, theirs keeps no order for equal names
    # (two partitions of one currency would be a broken audit file anyway, checked separately).
    ordered = sorted(partitions, key=lambda p: p.currency.upper())
    return COMMITMENT_PREFIX + "".join(
        f",{p.id},{p.commitment.liability},{p.commitment.digest}" for p in ordered
    )


@dataclass(frozen=True)
class Fold:
    digests: list[str]  # digests[k] = the node after k steps (digests[0] = the leaf)
    values: list[Decimal]
    preimages: list[str]
    sides: list[str]  # the witness's side at each step


def fold(leaf: str, value: Decimal, leaf_index: int, witnesses: list[Node]) -> Fold:
    d = len(witnesses)
    t = leaf_index + 2**d - 1
    digests, values, preimages, sides = [leaf], [value], [], []
    node = leaf
    for w in witnesses:
        w_value = parse_plain_decimal(w.liability)
        if t % 2 == 1:  # the running node is the left child
            pre = inner_preimage(value, w_value, node, w.digest)
            sides.append("right")
        else:
            pre = inner_preimage(w_value, value, w.digest, node)
            sides.append("left")
        node = sha256_hex(pre)
        value = add(value, w_value)
        t = (t - 1) // 2
        digests.append(node)
        values.append(value)
        preimages.append(pre)
    return Fold(digests, values, preimages, sides)


# --- detection ------------------------------------------------------------------------------------------------


def sniff(source: Source) -> bool:
    if b"audit_partition_id" not in source.data:
        return False
    doc = source.json_or_none()
    return isinstance(doc, dict) and "liabilities" in doc and "audit_id" in doc and "user_id" in doc


# --- verification ---------------------------------------------------------------------------------------------


def _audit_roots(source: Source, options: VerifyOptions) -> tuple[AuditRoots, str, PublishedRoot | None]:
    """The audit's roots document, its name, and the independently published root (None: the file's own)."""
    root = options.root
    if root is not None and root.path is not None:
        path, published = root.path, root
    elif options.tree:
        path, published = options.tree, root
    else:
        raise InputError(
            "audit-roots-required",
            text(
                "{name}: a SwissBorg proof is checked against the audit's roots file (every currency's root and "
                "the audit commitment), which this check did not get. Give that file as the published root (in the "
                "app: Open root file…; on the command line: --root FILE), or on the command line give it with "
                "--tree FILE beside the commitment typed with --root.",
                name=source.name,
            ),
        )
    roots_source = Source.from_path(path, max_bytes=MAX_ROOT_FILE_BYTES)
    doc = validate(AuditRoots, roots_source.json(), roots_source.name, text("SwissBorg audit roots file"))
    return doc, roots_source.name, published


def verify(source: Source, options: VerifyOptions) -> Result:
    user = validate(UserLiabilities, source.json(), source.name, text("SwissBorg user liabilities file"))
    roots, roots_name, published = _audit_roots(source, options)
    credential = options.secrets.credential if options.secrets is not None else None
    return _Verifier(source.name, user, roots, roots_name, published, credential).run()


class _Verifier:
    def __init__(
        self,
        name: str,
        user: UserLiabilities,
        roots: AuditRoots,
        roots_name: str,
        published: PublishedRoot | None,
        credential: str | None,
    ) -> None:
        self.user = user
        self.audit = roots.audit
        self.roots_name = roots_name
        self.published = published
        self.credential = credential
        self.b = ResultBuilder(name, FORMAT)
        self.readings: list[str] = []
        # Each leaf's path steps and whether it reached its root; the picture shows one path (a failing one first).
        self.paths: list[tuple[bool, list[PathStep]]] = []

    def run(self) -> Result:
        b, audit = self.b, self.audit
        b.user_id = self.user.user_id
        b.totals = {p.currency: p.commitment.liability for p in audit.partitions}
        same_audit = self.user.audit_id == audit.id
        b.check(
            text("audit"),
            same_audit,
            text("Your file and the roots file are for the same audit, {audit}.", audit=audit.id)
            if same_audit
            else text(
                "Your file is for the audit {mine}, the roots file for {theirs}.", mine=self.user.audit_id,
                theirs=audit.id,
            ),
            expected=audit.id,
            computed=self.user.audit_id,
        )
        self._check_partitions()
        partitions = {p.id: p for p in audit.partitions}
        sums: dict[str, Decimal] = {}
        for number, item in enumerate(self.user.liabilities):
            partition = partitions.get(item.audit_partition_id)
            where = f"liabilities[{number}]"
            if partition is None:
                b.check(
                    text("partition"),
                    False,
                    text(
                        "{where}: the partition {partition} is not in the audit's roots file.",
                        where=where,
                        partition=item.audit_partition_id,
                    ),
                    expected=text("a partition of {audit}", audit=audit.id),
                    computed=item.audit_partition_id,
                )
                continue
            if self._check_leaf(where, item, partition):
                currency = partition.currency
                sums[currency] = add(sums.get(currency, Decimal(0)), parse_plain_decimal(item.liability))
        b.balances = {currency: plain_text(value) for currency, value in sums.items()}
        self._check_depths(partitions)
        shown = next((steps for ok, steps in self.paths if not ok), self.paths[0][1] if self.paths else [])
        b.steps.extend(shown)
        self._check_commitment()
        if self.credential is None:
            if NONCE_IS_LEAF_NONCE in self.readings:
                b.warn(
                    "identity-not-verifiable",
                    text(
                        "Without your audit credential the leaf nonces were taken from the file: each leaf was "
                        "recomputed from that nonce, your user id and the amount, but that the nonces come from "
                        "your credential was not checked. Give the credential to check it."
                    ),
                )
            if NONCE_IS_DIGEST in self.readings:
                b.warn(
                    "leaf-not-recomputable",
                    text(
                        "Without your audit credential the leaf digests were taken from the file (this file gives "
                        "the digest, not the nonce), so your user id {user} is not verified. Give the credential to "
                        "recompute them from your user id and amounts.",
                        user=self.user.user_id,
                    ),
                )
        if self.readings:
            b.format = FormatInfo(FORMAT.id, FORMAT.exchange, FORMAT.name, listing(dict.fromkeys(self.readings)))
            if NONCE_IS_DIGEST in self.readings and self.credential is None:
                b.warn("variant-matched", text("Matched: {variant}.", variant=NONCE_IS_DIGEST))
        return b.finish()

    def _check_depths(self, partitions: dict[str, Partition]) -> None:
        """One currency's tree has one height: paths of different lengths into it cannot all be leaves' paths."""
        depths: dict[str, set[int]] = {}
        for item in self.user.liabilities:
            if item.audit_partition_id in partitions:
                depths.setdefault(item.audit_partition_id, set()).add(len(item.proof.witnesses))
        uneven = {pid: sorted(ds) for pid, ds in depths.items() if len(ds) > 1}
        for pid, ds in uneven.items():
            self.b.warn(
                "unexpected-depth",
                text("The paths into {partition} have different lengths: {depths}.", partition=pid,
                     depths=", ".join(map(str, ds))),
            )

    # --- the audit --------------------------------------------------------------------------------------------

    def _check_partitions(self) -> None:
        """Partition ids and currencies are unique, amounts non-negative: else the commitment is ambiguous."""
        b, seen_ids, seen_currencies, problems = self.b, set(), set(), []
        for k, p in enumerate(self.audit.partitions):
            if p.id in seen_ids:
                problems.append(text("partitions[{k}]: the id {id} appears twice", k=k, id=p.id))
            if p.currency.upper() in seen_currencies:
                problems.append(text("partitions[{k}]: the currency {c} appears twice", k=k, c=p.currency))
            if p.commitment.liability.startswith("-"):
                problems.append(
                    text("partitions[{k}]: the liability {v} is negative", k=k, v=p.commitment.liability)
                )
            seen_ids.add(p.id)
            seen_currencies.add(p.currency.upper())
        if problems:
            b.check(
                text("audit roots"),
                False,
                text("The audit's roots file breaks the format's rules: {problems}.", problems="; ".join(problems[:3])),
                expected=text("unique partitions with non-negative liabilities"),
                computed="; ".join(problems[:3]),
            )

    def _check_commitment(self) -> None:
        b = self.b
        preimage = commitment_preimage(list(self.audit.partitions))
        computed = sha256_hex(preimage)
        b.steps.append(
            PathStep(
                text("audit commitment"),
                None,
                computed,
                preimage=preimage,
                ok=computed == self.audit.commitment.digest.lower(),
                note=text("over the roots of all {n} currency partitions", n=len(self.audit.partitions)),
            )
        )
        b.expect_root(
            computed,
            self.published,
            self.audit.commitment.digest,
            text("the audit commitment in {file}", file=self.roots_name),
            file_mismatch=text(
                "The audit commitment written in {file} is {written}, but the partitions' roots give {computed} "
                "(SHA-256 of the text {preimage}).",
                file=self.roots_name,
                written=self.audit.commitment.digest.lower(),
                computed=computed,
                preimage=preimage[:300],
            ),
        )

    # --- one leaf ---------------------------------------------------------------------------------------------

    def _check_leaf(self, where: str, item: Liability, partition: Partition) -> bool:
        b, user, proof = self.b, self.user, item.proof
        currency = partition.currency
        label = text("{currency} leaf {index}", currency=currency, index=proof.leaf_index)
        d = len(proof.witnesses)
        negatives = [f"{where}.liability"] if item.liability.startswith("-") else []
        negatives += [
            f"{where}.proof.witnesses[{k}].liability" for k, w in enumerate(proof.witnesses) if w.liability.startswith("-")
        ]
        if negatives:
            b.check(
                text("non-negative"),
                False,
                text(
                    "{label}: SwissBorg's rules forbid negative amounts, and {places} is negative.",
                    label=label,
                    places=", ".join(negatives[:3]),
                ),
                expected=text("amounts of zero or more"),
                computed=", ".join(negatives[:3]),
            )
            return False
        if d < 1 or proof.leaf_index >= 2**d:
            b.check(
                text("position"),
                False,
                text(
                    "{label}: a path of {d} witnesses fits leaf indexes 0 to {top}, not {index}.",
                    label=label,
                    d=d,
                    top=max(2**d - 1, 0),
                    index=proof.leaf_index,
                )
                if d >= 1
                else text("{label}: the proof has no witnesses; a tree has at least two leaves.", label=label),
                expected=text("at least one witness and a leaf index below 2^witnesses"),
                computed=text("{d} witnesses, leaf index {index}", d=d, index=proof.leaf_index),
            )
            return False
        value = parse_plain_decimal(item.liability)
        target = partition.commitment.digest.lower()
        target_value = parse_plain_decimal(partition.commitment.liability)

        def reaches(f: Fold) -> bool:
            return f.digests[-1] == target and f.values[-1] == target_value

        # The candidate leaves, in order of trust.
        candidates: list[tuple[str, str, str]] = []  # (reading, leaf digest, preimage or "")
        nonce_field = proof.nonce.lower()
        if self.credential is not None:
            derived = leaf_nonce(self.credential, user.audit_id, currency, proof.leaf_index)
            pre = leaf_preimage(derived, user.user_id, item.liability)
            leaf = sha256_hex(pre)
            ok = nonce_field in (derived, leaf)
            b.check(
                text("credential"),
                ok,
                text("{label}: the leaf nonce derived from your credential matches the file.", label=label)
                if ok
                else text(
                    "{label}: the leaf nonce derived from your credential is {derived} (leaf {leaf}), but the file "
                    "gives {nonce}. Check the credential: it is the one SwissBorg shows for this audit.",
                    label=label,
                    derived=derived,
                    leaf=leaf,
                    nonce=nonce_field,
                ),
                expected=nonce_field,
                computed=derived,
            )
            if ok:
                self.readings.append(BY_CREDENTIAL)
            candidates.append((BY_CREDENTIAL, leaf, pre))
        else:
            pre = leaf_preimage(nonce_field, user.user_id, item.liability)
            candidates.append((NONCE_IS_LEAF_NONCE, sha256_hex(pre), pre))
            candidates.append((NONCE_IS_DIGEST, nonce_field, ""))
        folds = [(reading, leaf, pre, fold(leaf, value, proof.leaf_index, proof.witnesses))
                 for reading, leaf, pre in candidates]
        match = next((c for c in folds if reaches(c[3])), None)
        reading, leaf, pre, walked = match or folds[0]
        if match is not None and self.credential is None:
            self.readings.append(reading)
        self._steps(label, leaf, pre, walked, proof.witnesses, reading, ok=match is not None)
        if match is not None:
            b.check(
                text("path"),
                True,
                text(
                    "{label}: {amount} {currency} reaches the {currency} root in {d} steps ({reading}).",
                    label=label,
                    amount=item.liability,
                    currency=currency,
                    d=d,
                    reading=reading,
                ),
                expected=target,
                computed=walked.digests[-1],
            )
            return True
        tried = "; ".join(
            text("{reading}: top {digest} with {value}", reading=r, digest=f.digests[-1], value=plain_text(f.values[-1]))
            for r, _, _, f in folds
        )
        b.check(
            text("path"),
            False,
            text("{label}: the path does not reach the {currency} partition's root.", label=label, currency=currency),
            expected=text("{digest} with {value}", digest=target, value=partition.commitment.liability),
            computed=text("{digest} with {value}", digest=walked.digests[-1], value=plain_text(walked.values[-1])),
            message=text(
                "{label}: the partition {partition} has the root {digest} with the liability {value}, but the path "
                "gives {tried}. The last text hashed was {last}.",
                label=label,
                partition=partition.id,
                digest=target,
                value=partition.commitment.liability,
                tried=tried,
                last=walked.preimages[-1] if walked.preimages else pre,
            ),
        )
        return False

    def _steps(
        self, label: str, leaf: str, pre: str, walked: Fold, witnesses: list[Node], reading: str, ok: bool
    ) -> None:
        steps = [
            PathStep(
                label,
                1,
                leaf,
                preimage=pre or None,
                sums={"value": plain_text(walked.values[0])},
                note=text("your leaf ({reading}); your other leaves are in the checks", reading=reading),
            )
        ]
        for k, w in enumerate(witnesses, start=1):
            steps.append(
                PathStep(
                    text("{label}, step {k}", label=label, k=k),
                    k + 1,
                    walked.digests[k],
                    preimage=walked.preimages[k - 1],
                    sibling=w.digest.lower(),
                    sibling_side=walked.sides[k - 1],  # type: ignore[arg-type]
                    sums={"value": plain_text(walked.values[k])},
                    ok=(ok if k == len(witnesses) else None),
                )
            )
        self.paths.append((ok, steps))


SPEC = FormatSpec(
    id=FORMAT.id,
    exchange=FORMAT.exchange,
    name=FORMAT.name,
    period="Dec 2022 →",
    needs="your liabilities file from the SwissBorg app and the audit's roots file (as --root); your audit "
    "credential (--credential) to tie the leaves to you",
    sniff=sniff,
    verify=verify,
)
