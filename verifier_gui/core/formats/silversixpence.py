"""The Silver Sixpence audit trees of Nov–Dec 2022: ``binance-silversixpence`` (specs/binance.md §2) and
``kucoin-silversixpence`` (specs/kucoin.md §1); warnings per specs/weaknesses.md §4.

There was no proof file. Users copied values from the exchange's page (the Merkle Leaf; on Binance also a
"Merkle Hash"; the account record: customer id, salt, audit id, balances) and the path from the "tower" on
merkle.silversixpence.io. The command line and the app turn what was typed into a small JSON document of our
own design (:func:`manual_document`, :func:`parse_path_text`), verified here:

    {"kind": "manual-path", "format": "binance-silversixpence" | "kucoin-silversixpence",
     "leaf": hex | null, "merkle_hash": hex | null (Binance only),
     "record": {"customer_id", "salt", "audit_id", "balances"} | null,
     "path": [{"side": "left" | "right", "hash": hex} | {"side": "promoted"}, …]}   (bottom-up; side = the
     sibling's side; "promoted" = a level where the node had no sibling)

The rules (each one a variant that is tried; the one that matched is reported):

* record = customer_id ‖ salt ‖ audit_id ‖ balances, UTF-8, no separators (also tried without the audit id,
  as in Silver Sixpence's first example);
* leaf from the record: Dec 2022 SHA-256(record), lower-case; Nov 2022 draft SHA-256(SHA-256(record)),
  upper-case (hex case is not hashed: parents decode the hex);
* leaf from Binance's Merkle Hash: SHA-256 of the hash as text, or of its 32 raw bytes (the spec cannot say
  which). Read as Merkle Hash = SHA-256(record), the bytes rule is the Nov draft's, and the text rule gives one
  more record rule for Binance: SHA-256 of the hex text of SHA-256(record) (lower or upper case);
* parent = SHA-256(raw32(left) ‖ raw32(right)), lower-case hex; a lone last node is promoted unchanged
  (Silver Sixpence's MerkleTreeBuild.java and its 10,000-leaf tree; their README says "duplicate", which a
  path shows as a sibling equal to the node).

Trust order for the leaf the path starts from: the Merkle Leaf as typed; else the Merkle Hash's leaf; else
the record's. Every value given besides it must lead to it. The root is only ever the published one
(``options.root``): nothing typed holds a root, and a path compared with nothing proves nothing.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints, model_validator

from ..amounts import parse_plain_decimal
from ..errors import InputError
from ..hashing.sha256 import sha256_hex, sha256_hex_bytes
from ..loading import Source
from ..models import Hex64, StrictModel, validate
from ..options import VerifyOptions
from ..registry import FormatSpec
from ..result import FormatInfo, PathStep, Result, ResultBuilder
from ..roots import PublishedRoot

BINANCE = FormatInfo(
    "binance-silversixpence", "Binance", "Binance Merkle audit by Silver Sixpence (values entered by hand)"
)
KUCOIN = FormatInfo(
    "kucoin-silversixpence", "KuCoin", "KuCoin Merkle audit by Silver Sixpence (values entered by hand)"
)
# Any other audit Silver Sixpence built (Mazars for Crypto.com, among others): the same tree and leaf rules.
GENERIC = FormatInfo(
    "silversixpence", "Silver Sixpence / Mazars", "Silver Sixpence Merkle audit, e.g. Crypto.com (values entered by hand)"
)
FORMATS = {f.id: f for f in (BINANCE, KUCOIN, GENERIC)}
KIND = "manual-path"
#: 2^64 leaves would need 64 levels; real trees had about 25. Promoted levels add no height.
MAX_PATH = 128
MAX_FIELD = 2000

TREE_RULE = "width-2 parents SHA-256(bytes(left) ‖ bytes(right))"
DEC = "leaf = SHA-256(record) (Dec 2022 rule)"
NOV = "leaf = SHA-256(SHA-256(record)) (Nov 2022 draft)"
RECORD_TO_MERKLE_HASH = "Merkle Hash = SHA-256(record)"
MERKLE_HASH_TEXT = "leaf = SHA-256(Merkle Hash as text)"
MERKLE_HASH_BYTES = "leaf = SHA-256(Merkle Hash as 32 bytes)"
VIA_MERKLE_HASH_TEXT = "leaf = SHA-256(text of SHA-256(record)) (Merkle Hash = SHA-256(record), hashed as text)"
WITHOUT_AUDIT = ", record without the audit id"

_SYMBOL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")


# --- the document ---------------------------------------------------------------------------------------------


class Record(StrictModel):
    """The account record exactly as the exchange's page shows it (hashed as written: no trimming)."""

    customer_id: Annotated[str, StringConstraints(min_length=1, max_length=MAX_FIELD)]
    salt: Annotated[str, StringConstraints(max_length=MAX_FIELD)]
    audit_id: Annotated[str, StringConstraints(max_length=MAX_FIELD)]
    balances: Annotated[str, StringConstraints(min_length=1, max_length=MAX_FIELD)]

    def text(self, with_audit: bool = True) -> str:
        return self.customer_id + self.salt + (self.audit_id if with_audit else "") + self.balances


class PathEntry(StrictModel):
    side: Literal["left", "right", "promoted"]
    hash: Hex64 | None = None

    @model_validator(mode="after")
    def _hash_goes_with_side(self) -> PathEntry:
        if self.side == "promoted" and self.hash is not None:
            raise ValueError("a promoted step has no sibling, so it takes no hash")
        if self.side != "promoted" and self.hash is None:
            raise ValueError(f"a step with the sibling on the {self.side} needs the sibling's hash")
        return self


class ManualDocument(StrictModel):
    kind: Literal["manual-path"]
    format: Literal["binance-silversixpence", "kucoin-silversixpence", "silversixpence"]
    leaf: Hex64 | None = None
    merkle_hash: Hex64 | None = None
    record: Record | None = None
    path: list[PathEntry] = Field(max_length=MAX_PATH)


def manual_document(
    format_id: str,
    *,
    leaf: str | None = None,
    merkle_hash: str | None = None,
    record: dict[str, str] | None = None,
    path: Any = (),
) -> dict[str, Any]:
    """The document the command line and the app build from what the user typed (validated by verify)."""
    if format_id not in FORMATS:
        raise InputError(
            "unknown-format-id",
            f"Values typed by hand are accepted for {', '.join(FORMATS)}, not for {format_id!r}.",
        )
    return {
        "kind": KIND,
        "format": format_id,
        "leaf": leaf,
        "merkle_hash": merkle_hash,
        "record": None if record is None else dict(record),
        "path": [dict(step) for step in path],
    }


_SIDE_WORDS = {"l": "left", "left": "left", "r": "right", "right": "right"}
_PROMOTED_WORDS = {"promoted", "promote", "-", "none"}
_STEP = re.compile(r"(?P<side>[a-z]+)\s*[:=]?(?P<rest>.*)")
_HEX64 = re.compile(r"[0-9a-f]{64}")


def parse_path_text(text: str) -> list[dict[str, str]]:
    """What the user pasted → path entries, bottom-up. One step per line or comma-separated:
    ``L:<hex>`` / ``left <hex>`` / ``R:<hex>`` / ``right <hex>`` / ``promoted`` / ``-`` (any case; spaces,
    an optional ``:`` or ``=`` and ``0x`` allowed; spaces inside the hash are dropped, as when it is copied
    box by box). Anything else raises InputError naming the step's number."""
    items = [item.strip() for item in re.split(r"[\r\n,;]+", text)]
    steps: list[dict[str, str]] = []
    for number, item in enumerate((i for i in items if i), start=1):
        lowered = " ".join(item.lower().split())
        if lowered in _PROMOTED_WORDS:
            steps.append({"side": "promoted"})
            continue
        match = _STEP.fullmatch(lowered)
        side = _SIDE_WORDS.get(match.group("side")) if match else None
        if match is None or side is None:
            raise InputError(
                "invalid-path",
                f"Path step {number} ({item[:80]!r}): write the sibling's side and hash, as 'L:<hash>' or "
                "'R:<hash>' (also 'left <hash>', 'right <hash>'), or 'promoted' for a level without a sibling.",
            )
        digest = "".join(match.group("rest").split()).removeprefix("0x")
        if not _HEX64.fullmatch(digest):
            raise InputError(
                "invalid-path",
                f"Path step {number} ({item[:80]!r}): the sibling's hash must be 64 hexadecimal digits.",
            )
        steps.append({"side": side, "hash": digest})
    return steps


# --- hashing --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Derivation:
    """One way of computing a value: the rule's name, the result (lower-case hex) and what was hashed."""

    rule: str
    value: str
    hashed: str  # in words, with the exact text or bytes
    preimage: str  # the exact text hashed (for bytes: their hex)


def record_leaves(record: Record, via_merkle_hash_text: bool = False) -> list[Derivation]:
    """The leaf under each record rule: Dec, Nov (and for Binance, SHA-256 of the hex text of SHA-256(record),
    the Merkle Hash read as text, in lower then upper case); then the same without the audit id."""
    out = []
    for with_audit in (True, False) if record.audit_id else (True,):
        text = record.text(with_audit)
        suffix = "" if with_audit else WITHOUT_AUDIT
        first = hashlib.sha256(text.encode("utf-8")).digest()
        out.append(Derivation(DEC + suffix, first.hex(), f"SHA-256 of the text {text!r}", text))
        out.append(
            Derivation(
                NOV + suffix, sha256_hex_bytes(first), f"SHA-256 of the 32-byte SHA-256 of the text {text!r}", text
            )
        )
        if via_merkle_hash_text:
            for case, digest in (("lower", first.hex()), ("upper", first.hex().upper())):
                out.append(
                    Derivation(
                        f"{VIA_MERKLE_HASH_TEXT} ({case}-case){suffix}",
                        sha256_hex(digest),
                        f"SHA-256 of the text {digest!r}, the {case}-case SHA-256 of the text {text!r}",
                        digest,
                    )
                )
    return out


def record_merkle_hashes(record: Record) -> list[Derivation]:
    out = []
    for with_audit in (True, False) if record.audit_id else (True,):
        text = record.text(with_audit)
        suffix = "" if with_audit else WITHOUT_AUDIT
        out.append(
            Derivation(RECORD_TO_MERKLE_HASH + suffix, sha256_hex(text), f"SHA-256 of the text {text!r}", text)
        )
    return out


def merkle_hash_leaves(merkle_hash: str) -> list[Derivation]:
    """The leaf from Binance's Merkle Hash: SHA-256 of its text (as typed, then lower/upper case), or of its
    32 bytes. The text's case is part of what is hashed, so a retyped hash may differ from the page's."""
    out = []
    for text in dict.fromkeys((merkle_hash, merkle_hash.lower(), merkle_hash.upper())):
        case = "" if text == merkle_hash else (" (lower-case)" if text == merkle_hash.lower() else " (upper-case)")
        out.append(Derivation(MERKLE_HASH_TEXT + case, sha256_hex(text), f"SHA-256 of the text {text!r}", text))
    out.append(
        Derivation(
            MERKLE_HASH_BYTES,
            sha256_hex_bytes(bytes.fromhex(merkle_hash)),
            f"SHA-256 of the 32 bytes hex-decoded from {merkle_hash.lower()}",
            merkle_hash.lower(),
        )
    )
    return out


def parent_hash(left: str, right: str) -> str:
    """SHA-256 over the 64 bytes hex-decoded from left ‖ right (not over the hex text)."""
    return sha256_hex_bytes(bytes.fromhex(left) + bytes.fromhex(right))


@dataclass(frozen=True)
class Fold:
    nodes: list[str]  # nodes[k] = the node after step k (nodes[0] = the leaf)
    inputs: list[str | None]  # the 128 hex digits of the 64 bytes hashed at step k, None for a promotion

    @property
    def root(self) -> str:
        return self.nodes[-1]


def fold(leaf: str, path: list[PathEntry]) -> Fold:
    node, nodes, inputs = leaf.lower(), [leaf.lower()], []
    for step in path:
        if step.hash is None:  # promoted: the node moves up unchanged
            inputs.append(None)
        else:
            left, right = (step.hash.lower(), node) if step.side == "left" else (node, step.hash.lower())
            inputs.append(left + right)
            node = parent_hash(left, right)
        nodes.append(node)
    return Fold(nodes, inputs)


def parse_balances(text: str) -> dict[str, str]:
    """``BTC=1.0000|ETH=2.0000`` → {"BTC": "1.0000", "ETH": "2.0000"}, amounts as written; {} if it does not
    parse (the record is hashed as written either way: this is for display only)."""
    out: dict[str, str] = {}
    for part in text.split("|"):
        symbol, sep, amount = part.partition("=")
        if not sep or not _SYMBOL.fullmatch(symbol) or symbol in out:
            return {}
        try:
            parse_plain_decimal(amount)
        except ValueError:
            return {}
        out[symbol] = amount
    return out


# --- detection and verification -------------------------------------------------------------------------------


def _sniffer(format_id: str) -> Any:
    def sniff(source: Source) -> bool:
        if b"manual-path" not in source.data:  # cheap: our own documents always say so
            return False
        doc = source.json_or_none()
        return isinstance(doc, dict) and doc.get("kind") == KIND and doc.get("format") == format_id

    return sniff


def _verifier(fmt: FormatInfo) -> Any:
    def verify(source: Source, options: VerifyOptions) -> Result:
        doc = validate(ManualDocument, source.json(), source.name, "Silver Sixpence entry")
        if doc.format != fmt.id:
            raise InputError(
                "invalid-proof",
                f"{source.name}: format: these values were entered for {doc.format}, not for {fmt.id}.",
            )
        if fmt is KUCOIN and doc.merkle_hash is not None:
            raise InputError(
                "invalid-proof",
                f"{source.name}: merkle_hash: KuCoin's page shows no Merkle Hash (only Binance's does); enter the "
                "Merkle leaf or your account record instead.",
            )
        if doc.leaf is None and doc.merkle_hash is None and doc.record is None:
            raise InputError(
                "invalid-proof",
                f"{source.name}: nothing to start from: enter your Merkle leaf"
                + (", the Merkle Hash" if fmt is BINANCE else "")
                + " or your account record (customer id, salt, audit id, balances).",
            )
        if options.root is None:
            raise InputError(
                "root-required",
                f"{source.name}: a Silver Sixpence path can only be checked against the root the auditor "
                "published (on merkle.silversixpence.io and in the audit report): nothing you copied holds it, "
                "and a path compared with nothing proves nothing. Enter the published root.",
            )
        return _Verifier(source.name, fmt, doc, options.root).run()

    return verify


@dataclass(frozen=True)
class _Start:
    """The leaf the path starts from, and where it came from: "leaf" (typed), "merkle hash" or "record"."""

    leaf: str
    source: str
    preimage: str | None
    note: str


class _Verifier:
    def __init__(self, name: str, fmt: FormatInfo, doc: ManualDocument, root: PublishedRoot) -> None:
        self.fmt = fmt
        self.doc = doc
        self.published = root
        self.root = root.value.lower()
        self.b = ResultBuilder(name, fmt)
        self.matched: list[str] = []  # the rules that tied the typed values together, for the variant
        self.unmatched: list[Derivation] = []  # leaf candidates when none of them reached the root
        self.odd_rules: list[str] = []  # how the path shows odd levels: promoted and/or duplicated nodes

    def run(self) -> Result:
        b, doc = self.b, self.doc
        self._scheme_warnings()
        if doc.record is not None:
            b.user_id = doc.record.customer_id
            b.balances = parse_balances(doc.record.balances)
            for symbol, amount in b.balances.items():
                if amount.startswith("-"):
                    b.warn("negative-balance", f"record.balances.{symbol} is {amount}.")
        self._check_structure()
        start = self._starting_leaf()
        if doc.merkle_hash is not None and start.source != "merkle hash":
            self._check_merkle_hash(start.leaf)
        if doc.record is not None and start.source != "record":
            self._check_record(start.leaf)
        walked = fold(start.leaf, doc.path)
        b.steps.append(PathStep("your leaf", 1, start.leaf, preimage=start.preimage, note=start.note))
        self._path_steps(walked)
        self._check_path(start.leaf, walked)
        b.root_computed = walked.root
        b.set_expected_root(self.published.value, "published", self.published.origin)
        if self.matched:
            b.warn("variant-matched", "Matched: " + "; ".join(self.matched) + ".")
            leaf_rule = "; ".join(self.matched)
        elif doc.record is None and doc.merkle_hash is None:
            leaf_rule = "leaf as entered (not recomputed)"
        else:
            leaf_rule = "no known leaf rule matched"
        tree_rule = ", ".join([TREE_RULE, *self.odd_rules])
        b.format = FormatInfo(self.fmt.id, self.fmt.exchange, self.fmt.name, f"{leaf_rule}; {tree_rule}")
        return b.finish()

    # --- the leaf -------------------------------------------------------------------------------------------

    def _starting_leaf(self) -> _Start:
        """In order of trust of what was typed: the Merkle leaf, else the Merkle Hash's, else the record's."""
        doc = self.doc
        if doc.record is None:
            self.b.warn(
                "leaf-not-recomputable",
                "Only the Merkle leaf was entered: enter your account record (customer id, salt, audit id, "
                "balances) to tie it to your balances."
                if doc.merkle_hash is None
                else "The leaf comes from the Merkle Hash, which cannot itself be recomputed from your balances: "
                "enter your account record to tie it to them.",
            )
        if doc.leaf is not None:
            return _Start(doc.leaf.lower(), "leaf", None, "your Merkle leaf, as entered")
        if doc.merkle_hash is not None:
            return self._pick_by_root("merkle hash", merkle_hash_leaves(doc.merkle_hash), "the Merkle Hash")
        assert doc.record is not None  # verify() refuses a document with none of the three
        return self._pick_by_root("record", record_leaves(doc.record, self.fmt is BINANCE), "your account record")

    def _pick_by_root(self, source: str, candidates: list[Derivation], what: str) -> _Start:
        """No leaf was typed: the rule whose leaf the path takes to the published root is the one used."""
        match = next((c for c in candidates if fold(c.value, self.doc.path).root == self.root), None)
        if match is None:
            self.unmatched = candidates  # the path check explains, naming every rule tried
            first = candidates[0]
            return _Start(first.value, source, first.preimage, f"{first.rule} (no rule reached the root)")
        self.matched.append(match.rule)
        self.b.check(
            source,
            True,
            f"Your leaf {match.value} was recomputed from {what} ({match.rule}): {match.hashed}.",
            expected=match.value,
            computed=match.value,
        )
        return _Start(match.value, source, match.preimage, match.rule)

    def _check_merkle_hash(self, leaf: str) -> None:
        assert self.doc.merkle_hash is not None
        tried = merkle_hash_leaves(self.doc.merkle_hash)
        match = next((c for c in tried if c.value == leaf), None)
        if match is not None:
            self.matched.append(match.rule)
        self.b.check(
            "merkle hash",
            match is not None,
            f"Your Merkle Hash leads to your leaf ({match.rule})."
            if match
            else "Your Merkle Hash does not lead to your Merkle leaf under either known rule.",
            expected=leaf,
            computed=tried[0].value if match is None else match.value,
            message=None
            if match
            else f"The Merkle leaf is {leaf}, but "
            + "; ".join(f"{c.hashed} ({c.rule}) is {c.value}" for c in tried)
            + ".",
        )

    def _check_record(self, leaf: str) -> None:
        """The record must lead to the leaf, or (Binance) hash to the Merkle Hash that leads to it."""
        assert self.doc.record is not None
        b = self.b
        tried = record_leaves(self.doc.record, self.fmt is BINANCE)
        match = next((c for c in tried if c.value == leaf), None)
        target = leaf
        if match is None and self.doc.merkle_hash is not None:
            via = record_merkle_hashes(self.doc.record)
            target = self.doc.merkle_hash.lower()
            match = next((c for c in via if c.value == target), None)
            tried += via
        if match is not None:
            self.matched.insert(0, match.rule)
            reached = "leaf" if target == leaf else "Merkle Hash"
            b.check(
                "record",
                True,
                f"Your account record leads to your {reached} ({match.rule}): {match.hashed}.",
                expected=target,
                computed=target,
            )
            return
        merkle = f" and the Merkle Hash is {self.doc.merkle_hash.lower()}" if self.doc.merkle_hash else ""
        b.check(
            "record",
            False,
            "Your account record does not lead to your Merkle leaf under any known rule.",
            expected=leaf,
            computed=tried[0].value,
            message=f"The Merkle leaf is {leaf}{merkle}, but "
            + "; ".join(f"{c.hashed} ({c.rule}) is {c.value}" for c in tried)
            + ". Copy the record exactly as the page shows it (no separators are added between the fields).",
        )

    # --- the path -------------------------------------------------------------------------------------------

    def _check_structure(self) -> None:
        """A promoted node is the last of its level, and so are all its ancestors: after a promotion no
        sibling can sit on the right, and the top level (one node) is the root, never promoted. A path of
        a single promotion is the one-leaf tree of Silver Sixpence's builder."""
        path, problems = self.doc.path, []
        first_promotion = next((k for k, s in enumerate(path) if s.side == "promoted"), None)
        if first_promotion is not None:
            for k in range(first_promotion + 1, len(path)):
                if path[k].side == "right":
                    problems.append(
                        f"step {k + 1} has a sibling on the right after the promotion at step {first_promotion + 1}"
                    )
            if path[-1].side == "promoted" and len(path) > 1:
                problems.append(f"the last step ({len(path)}) is a promotion, but a level of one node is the root")
        ok = not problems
        self.b.check(
            "structure",
            ok,
            "The sides of the path fit the tree's rules."
            if ok
            else "The path cannot come from a Silver Sixpence tree: " + "; ".join(problems[:3]) + ".",
            expected="no right-hand sibling after a promotion; no promotion at the top",
            computed="; ".join(problems[:3]),
        )

    def _path_steps(self, walked: Fold) -> None:
        b, promoted, duplicated = self.b, [], []
        for k, step in enumerate(self.doc.path, start=1):
            below = walked.nodes[k - 1]
            if step.hash is None:
                promoted.append(k)
                note = "no sibling at this level: the node moves up unchanged"
            else:
                note = "the bytes of left ‖ right were hashed, not their hex text"
                if step.hash.lower() == below:
                    duplicated.append(k)
                    note = "the sibling is a copy of this node (odd count padded by duplication)"
            b.steps.append(
                PathStep(
                    f"step {k}",
                    k + 1,
                    walked.nodes[k],
                    preimage=walked.inputs[k - 1],
                    sibling=None if step.hash is None else step.hash.lower(),
                    sibling_side=None if step.side == "promoted" else step.side,
                    note=note,
                )
            )
        if promoted:
            self.odd_rules.append("lone nodes promoted")
            b.warn("promoted-node", f"Promoted at step {', '.join(map(str, promoted))}.")
        if duplicated:
            self.odd_rules.append("last node duplicated")
            b.warn("duplicated-last-node", f"The sibling copies the node at step {', '.join(map(str, duplicated))}.")

    def _check_path(self, leaf: str, walked: Fold) -> None:
        b, path = self.b, self.doc.path
        hashed = sum(1 for s in path if s.hash is not None)
        ok = walked.root == self.root
        b.steps.append(PathStep("root", len(path) + 1, walked.root, ok=ok, note=f"published root {self.root}"))
        if ok:
            b.check(
                "path",
                True,
                f"Your path leads from your leaf to the published root: {hashed} hashing steps, "
                f"{len(path) - hashed} promoted levels.",
                expected=self.root,
                computed=walked.root,
            )
            return
        if self.unmatched:
            message = f"None of the leaf rules leads to the published root {self.root}: " + "; ".join(
                f"{c.rule}: {c.hashed} is {c.value}, which the path takes to {fold(c.value, path).root}"
                for c in self.unmatched
            ) + "."
        else:
            message = (
                f"Your path of {len(path)} step{'s' if len(path) != 1 else ''} leads from the leaf {leaf} to "
                f"{walked.root}, but the published root is {self.root}."
            )
        last = next((k for k in range(len(path), 0, -1) if walked.inputs[k - 1] is not None), None)
        if last is None:
            message += " The path has no hashing step: the leaf itself was compared with the root."
        else:
            data = walked.inputs[last - 1] or ""
            message += (
                f" The last hashing step (step {last}, sibling on the {path[last - 1].side}) was SHA-256 of the 64 "
                f"bytes hex-decoded from {data[:64]} ‖ {data[64:]} (left ‖ right, the bytes, not the text), "
                f"giving {walked.nodes[last]}. Check each sibling's hash and side against the auditor's page."
            )
        b.check(
            "path",
            False,
            "Your path does not lead to the published root.",
            expected=self.root,
            computed=walked.root,
            message=message,
        )

    def _scheme_warnings(self) -> None:
        b = self.b
        b.warn("no-liability-totals")
        b.warn("no-domain-separation")
        b.warn("no-separators", "The record is customer id, salt, audit id and balances joined with nothing between.")
        b.warn("identity-not-verifiable")


def _spec(fmt: FormatInfo, needs: str, period: str = "Nov – Dec 2022") -> FormatSpec:
    return FormatSpec(
        id=fmt.id,
        exchange=fmt.exchange,
        name=fmt.name,
        period=period,
        needs=needs,
        sniff=_sniffer(fmt.id),
        verify=_verifier(fmt),
    )


SPEC_BINANCE = _spec(
    BINANCE,
    "values copied by hand: the Merkle Leaf and/or Merkle Hash or your account record from Binance's Verification "
    "page, the path from merkle.silversixpence.io, and the published root",
)
SPEC_KUCOIN = _spec(
    KUCOIN,
    "values copied by hand: the Merkle leaf or your account record from KuCoin's audit page, the path from "
    "merkle.silversixpence.io, and the published root",
)
SPEC_GENERIC = _spec(
    GENERIC,
    "values copied by hand: the Merkle leaf (and/or Merkle Hash) or your account record from the exchange's audit "
    "page, the path from the auditor's page, and the published root",
    period="Nov – Dec 2022 (Mazars era)",
)
