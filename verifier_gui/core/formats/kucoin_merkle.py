"""KuCoin's in-house Merkle sum tree (``kucoin-merkle``), Dec 2022 →. Spec: specs/kucoin.md §2.

The user copies one JSON text from KuCoin's proof-of-reserves page, ``{"path":[…],"self":{…}}``, often with the
checker's prompt before it and its output after it (§2.7): the first JSON object holding ``path`` and ``self``
is taken from whatever text surrounds it. Coins are those of ``self.balances``, **in file order** (BTC, ETH,
USDT, USDC in the real file; USDT before USDC, not sorted).

* leaf   = SHA256(nonce ‖ auditId ‖ compact JSON of self.balances, file key order, exact strings)   (§2.4)
* parent = SHA256(left_hex ‖ right_hex ‖ sum_1 ‖ … ‖ sum_n ‖ parent_height)                         (§2.5)
  each sum the exact total written as plain text with trailing zeros removed (KuCoin's checker: Decimal with
  100 significant digits, ``"{:.100f}"`` then ``rstrip("0").rstrip(".")``).
* sibling ``type`` 1 = left, 2 = right; the last ``path`` entry (type 0) is the root with the total
  liabilities per coin; ``path[i].height == i + 1``.

KuCoin's checker never recomputes the leaf (§2.6), so a file whose leaf does not recompute, or whose root
differs from a published one, still "passes" there: ``official-tool-differs`` says so.

Telling it from OKX Merkle v1, which has the same ``self``/``path`` shape: KuCoin's root is type 0 (OKX's is
type 3), and KuCoin hashes ``self.auditId``. The sniffer below needs a type-0 root, so it never takes an OKX
file. (A KuCoin file with exactly BTC/ETH/USDT would also satisfy OKX v1's sniffer, which looks only at the
coin names; detection then reports the ambiguity instead of a wrong verdict.)
"""

from __future__ import annotations

import json
from decimal import Context, Decimal, Inexact
from typing import Annotated, Any

from pydantic import Field, StringConstraints

from ..amounts import parse_plain_decimal
from ..errors import InputError
from ..hashing.sha256 import sha256_hex
from ..loading import Source, parse_json
from ..models import AmountText, Hex64, StrictModel, validate
from ..options import VerifyOptions
from ..registry import FormatSpec
from ..result import FormatInfo, PathStep, Result, ResultBuilder
from . import sumtree
from ..text import text as T

FORMAT = FormatInfo("kucoin-merkle", "KuCoin", "KuCoin Merkle sum tree (path + self)")
#: Far above any real tree (26 levels for ~33 M leaves in 2023).
MAX_PATH = 100
#: KuCoin's checker sets the decimal context to 100 significant digits (specs/kucoin.md §2.5).
KUCOIN_PRECISION = 100
#: Opening braces tried when looking for the proof inside pasted text.
MAX_CANDIDATES = 500

CoinName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")]
CoinBalances = Annotated[dict[CoinName, AmountText], Field(min_length=1, max_length=500)]


class SelfNode(StrictModel):
    auditId: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    balances: CoinBalances
    hash: Hex64
    height: int
    nonce: Hex64
    type: int


class PathNode(StrictModel):
    auditId: Annotated[str, StringConstraints(min_length=1, max_length=100)] | None = None  # only path[0]
    balances: CoinBalances
    hash: Hex64
    height: int
    nonce: Hex64 | None = None  # only path[0], the neighbour's leaf, carries one
    type: int


class ProofFile(StrictModel):
    path: list[PathNode] = Field(min_length=1, max_length=MAX_PATH)
    self: SelfNode


def leaf_preimage(nonce: str, audit_id: str, balances: dict[str, str]) -> str:
    """nonce ‖ auditId ‖ {"BTC":"…",…} with no spaces, keys in file order, values as written."""
    body = ",".join(f'"{coin}":"{amount}"' for coin, amount in balances.items())
    return f"{nonce}{audit_id}{{{body}}}"


def kucoin_sum(a: Decimal, b: Decimal) -> tuple[str, bool]:
    """The sum as KuCoin writes it, and whether it was exact at KuCoin's 100 significant digits."""
    ctx = Context(prec=KUCOIN_PRECISION)
    total = ctx.add(a, b)
    text = format(total, f".{KUCOIN_PRECISION}f").rstrip("0").rstrip(".")
    return text, not ctx.flags[Inexact]


def kucoin_text(value: Decimal) -> str:
    return format(value, f".{KUCOIN_PRECISION}f").rstrip("0").rstrip(".")


def is_kucoin_text(text: str) -> bool:
    """True when ``text`` is written the way KuCoin's checker writes that amount."""
    return kucoin_text(parse_plain_decimal(text)) == text


def parent_preimage(left: str, right: str, sums: list[str], height: int) -> str:
    return left + right + "".join(sums) + str(height)


# --- finding the JSON in pasted text -----------------------------------------------------------------------

_FINDER = json.JSONDecoder(parse_float=Decimal)  # only finds where an object ends; parse_json reads it strictly


def extract_proof(source: Source) -> tuple[Any, int | None]:
    """The proof object, and the line it starts on when it had to be cut out of surrounding text.

    A file that is JSON is taken whole. Otherwise the first JSON object holding ``path`` and ``self`` is cut out
    (KuCoin's checker prompt before it, its printed result after it) and parsed strictly."""
    doc = source.json_or_none()
    if doc is not None:
        return doc, None
    text = source.text
    pos = text.find("{")
    first_error: tuple[int, str] | None = None
    tried = 0
    while pos != -1 and tried < MAX_CANDIDATES:
        tried += 1
        try:
            obj, end = _FINDER.raw_decode(text, pos)
        except (ValueError, RecursionError) as exc:
            if first_error is None:
                first_error = (pos, getattr(exc, "msg", str(exc)))
            pos = text.find("{", pos + 1)
            continue
        if isinstance(obj, dict) and "path" in obj and "self" in obj:
            line = text.count("\n", 0, pos) + 1
            return parse_json(text[pos:end], T(
                "{name} (the JSON starting on line {line})",
                name=source.name, line=line,
            )), line
        pos = text.find("{", end)
    if first_error is not None:
        at, msg = first_error
        line = text.count("\n", 0, at) + 1
        column = at - (text.rfind("\n", 0, at) + 1) + 1
        raise InputError(
            "no-proof-json",
            T(
                '{name}: no complete KuCoin proof ({{"path":[…],"self":{{…}}}}) was found in this text; the JSON that '
                "starts on line {line}, column {column} is incomplete or invalid ({msg}). Copy the whole text from "
                "KuCoin's page, from the first {{{{ to the last }}}}.",
                name=source.name, line=line, column=column, msg=msg,
            ),
        )
    raise InputError(
        "no-proof-json",
        T(
            "{name}: no JSON object was found in this text. KuCoin's proof is a JSON text "
            '{{"path":[…],"self":{{…}}}} copied from its proof-of-reserves page.',
            name=source.name,
        ),
    )


def sniff(source: Source) -> bool:
    doc = source.json_or_none()
    if doc is None:
        if b'"path"' not in source.data or b'"self"' not in source.data:
            return False
        try:
            doc, _ = extract_proof(source)
        except InputError:
            return False
    if not isinstance(doc, dict) or set(doc) != {"path", "self"}:
        return False
    own, path = doc["self"], doc["path"]
    return (
        isinstance(own, dict)
        and {"nonce", "hash", "balances", "type", "height"} <= set(own)
        and isinstance(own["balances"], dict)
        and isinstance(path, list)
        and bool(path)
        and isinstance(path[-1], dict)
        and path[-1].get("type") == 0  # KuCoin's root marker (OKX v1 uses 3)
    )


def verify(source: Source, options: VerifyOptions) -> Result:
    doc, line = extract_proof(source)
    proof = validate(ProofFile, doc, source.name, T("KuCoin proof"))
    return _Verifier(source.name, proof, options, line).run()


# --- verification -------------------------------------------------------------------------------------------


class _Verifier:
    def __init__(self, name: str, proof: ProofFile, options: VerifyOptions, pasted_line: int | None) -> None:
        self.proof = proof
        self.options = options
        self.pasted_line = pasted_line
        self.b = ResultBuilder(name, FORMAT)
        self.coins = list(proof.self.balances)

    def run(self) -> Result:
        b, own, path = self.b, self.proof.self, self.proof.path
        b.balances = dict(own.balances)
        if self.pasted_line is not None:
            b.check(
                T("pasted text"),
                True,
                T(
                    "The proof JSON starts on line {pasted_line}; the text around it was ignored.",
                    pasted_line=self.pasted_line,
                ),
            )
        self._scheme_warnings()
        structure_ok = self._check_structure()
        self._check_amounts()

        text = leaf_preimage(own.nonce, own.auditId, own.balances)
        leaf, leaf_ok = sumtree.check_recomputed(
            b,
            T("leaf"),
            text,
            own.hash.lower(),
            subject=T("leaf hash"),
            inputs=T("your nonce, the audit id and your balances"),
            culprits=T("the balances, nonce or audit id"),
            hasher=T("KuCoin"),
        )
        b.steps.append(PathStep(T("your leaf"), 1, leaf, preimage=text, sums=dict(own.balances), ok=leaf_ok))
        if len(path) < 2 or not structure_ok:
            return b.finish()

        self._check_neighbour_leaf(path[0])
        running, sums = self._fold(leaf, record=True)
        self._check_root(running, sums)
        self._compare_with_official_tool(leaf_ok)
        return b.finish()

    def _fold(self, start: str, record: bool) -> tuple[str, list[str]]:
        """Walk the path from ``start`` with KuCoin's rule; with ``record``, keep steps and warnings."""
        own, path, b = self.proof.self, self.proof.path, self.b
        running = start
        running_sums = [own.balances[c] for c in self.coins]
        padding: list[int] = []
        inexact: list[str] = []
        for k, sibling in enumerate(path[:-1]):
            height = k + 2
            sib_sums = [sibling.balances[c] for c in self.coins]
            is_padding = False
            if record and sibling.hash == running:
                if all(parse_plain_decimal(v) == 0 for v in sib_sums):
                    is_padding = True
                    padding.append(sibling.height)
                else:
                    b.check(
                        T("sibling at height {height}", height=sibling.height),
                        False,
                        T("A sibling identical to your node must be padding with zero balances; this one is not."),
                        expected=T("zero balances"),
                        computed=", ".join(sib_sums),
                    )
            new_sums = []
            for coin, mine, theirs in zip(self.coins, running_sums, sib_sums, strict=True):
                text, exact = kucoin_sum(Decimal(mine), Decimal(theirs))
                if not exact:
                    inexact.append(T("{coin} at height {height}", coin=coin, height=height))
                new_sums.append(text)
            # type 1: the sibling is the left child; type 2: the right one (path[0] also fixes self's side)
            sibling_left = sibling.type == 1
            left, right = (sibling.hash, running) if sibling_left else (running, sibling.hash)
            text = parent_preimage(left, right, new_sums, height)
            running, running_sums = sha256_hex(text), new_sums
            if record:
                b.steps.append(
                    PathStep(
                        T("height {height}", height=height),
                        height,
                        running,
                        preimage=text,
                        sibling=sibling.hash,
                        sibling_side="left" if sibling_left else "right",
                        sums=dict(zip(self.coins, new_sums, strict=True)),
                        note=T("padding sibling (copy of this node, zero balances)") if is_padding else None,
                    )
                )
                negative = [c for c, v in zip(self.coins, new_sums, strict=True) if v.startswith("-") and v != "-0"]
                if negative:
                    coins = ", ".join(negative)
                    b.warn("negative-sum", T(
                        "The recomputed sum at height {height} is negative ({coins}).",
                        height=height, coins=coins,
                    ))
        if record:
            sumtree.warn_padding(b, padding)
            sumtree.check_rules(
                b,
                T("sum precision"),
                inexact,
                ok=T("Every sum is exact at KuCoin's 100 significant digits."),
                fail=T(
                    "Some sums need more than 100 significant digits, so KuCoin's checker rounds them and the "
                    "amounts' last digits are not bound by the hash"
                ),
                expected=T("exact sums"),
                shown=3,
            )
        return running, running_sums

    # --- structure ----------------------------------------------------------------------------------------

    def _check_structure(self) -> bool:
        own, path = self.proof.self, self.proof.path
        problems: list[str] = []
        coins = set(self.coins)
        if own.type not in (1, 2):
            problems.append(T("self.type is {type}; a leaf is type 1 (left) or 2 (right)", type=own.type))
        if own.height != 1:
            problems.append(T("self.height is {height}; a leaf is at height 1", height=own.height))
        if len(path) < 2:
            problems.append(T("the path must hold at least a sibling and the root"))
        elif path[0].type == own.type:
            problems.append(T("path[0].type is {type}, the same side as your leaf", type=path[0].type))
        for k, node in enumerate(path):
            last = k == len(path) - 1
            if last and node.type != 0:
                problems.append(T("path[{k}].type is {type}; the last entry is the root (type 0)", k=k, type=node.type))
            if not last and node.type not in (1, 2):
                problems.append(T(
                    "path[{k}].type is {type}; a sibling is type 1 (left) or 2 (right)",
                    k=k, type=node.type,
                ))
            if node.height != k + 1:
                problems.append(T("path[{k}].height is {height}; expected {k2}", k=k, height=node.height, k2=k + 1))
            if set(node.balances) != coins:
                theirs, mine = ", ".join(node.balances), ", ".join(self.coins)
                problems.append(T(
                    "path[{k}].balances has the coins {theirs}; your leaf has {mine}",
                    k=k, theirs=theirs, mine=mine,
                ))
            if k > 0 and (node.nonce is not None or node.auditId is not None):
                problems.append(T(
                    "path[{k}] carries a nonce or audit id; only the neighbouring leaf path[0] does",
                    k=k,
                ))
        if path and path[0].auditId is not None and path[0].auditId != own.auditId:
            problems.append(T(
                "path[0].auditId is {auditId!r}, but self.auditId is {auditId2!r}",
                auditId=path[0].auditId, auditId2=own.auditId,
            ))
        return sumtree.check_rules(
            self.b,
            T("structure"),
            problems,
            ok=T("Sides, types, heights and coins follow the format's rules."),
            expected=T(
                "types 1/2 for leaves and siblings, 0 for the root; heights 1, 2, 3, …; the same coins everywhere"
            ),
        )

    def _check_neighbour_leaf(self, sibling: PathNode) -> None:
        """path[0] is the neighbour's leaf with its nonce: recompute it too (KuCoin's checker does not)."""
        if sibling.nonce is None:
            return
        text = leaf_preimage(sibling.nonce, sibling.auditId or self.proof.self.auditId, sibling.balances)
        sumtree.check_neighbour_leaf(self.b, text, sibling.hash.lower())

    def _check_root(self, computed: str, sums: list[str]) -> None:
        b, root = self.b, self.proof.path[-1]
        sumtree.check_root_totals(b, self.coins, [root.balances[c] for c in self.coins], sums)
        sumtree.compare_root(
            b, computed, self.options.root, root.hash, T("the last entry of the proof's path"), root.height
        )

    def _compare_with_official_tool(self, leaf_ok: bool) -> None:
        """KuCoin's checker folds from self.hash as written and compares with the root in the same text only."""
        b, root = self.b, self.proof.path[-1]
        official_hash, official_sums = self._fold(self.proof.self.hash, record=False)
        official_pass = official_hash == root.hash and official_sums == [root.balances[c] for c in self.coins]
        ours_pass = all(c.ok for c in b.checks) and b.root_expected == b.root_computed
        if official_pass and not ours_pass:
            why = (
                T("your leaf does not recompute from your balances (the checker never recomputes it)")
                if not leaf_ok
                else T(
                    "the recomputed root differs from the published root (the checker only compares with the root "
                    "inside the pasted text)"
                )
                if b.root_expected != b.root_computed
                else T("a rule of the format is broken that the checker does not look at")
            )
            b.warn(
                "official-tool-differs",
                T(
                    'KuCoin\'s checker would print "Merkle tree path validation passed!" for this file, but {why}.',
                    why=why,
                ),
            )

    # --- amounts and warnings -----------------------------------------------------------------------------

    def _scheme_warnings(self) -> None:
        b, path = self.b, self.proof.path
        b.warn("weak-binding-sum-only")
        b.warn("no-separators")
        b.warn("identity-not-verifiable")
        if path and path[0].nonce is not None:
            b.warn("neighbour-data-exposed", T("path[0] holds your neighbour's nonce and exact balances."))
        else:
            b.warn("neighbour-data-exposed", T("path[0] holds your neighbour's exact balances."))
        b.warn("totals-not-compared", T("Compare them with the user totals on KuCoin's proof-of-reserves page."))

    def _check_amounts(self) -> None:
        """Warn on negative and oddly written amounts. KuCoin writes any number of places and sums at 100
        significant digits (checked by "sum precision"), so no amount is too fine or too large here."""
        own, path = self.proof.self, self.proof.path
        entries = [("self", own.balances.items(), True)] + [
            (f"path[{k}]", node.balances.items(), k == 0) for k, node in enumerate(path)
        ]
        sumtree.scan_amounts(self.b, entries, max_places=None, overflow_at=None, canonical=is_kucoin_text)


SPEC = FormatSpec(
    id=FORMAT.id,
    exchange=FORMAT.exchange,
    name=FORMAT.name,
    period="Dec 2022 →",
    needs="the proof text copied from KuCoin's proof-of-reserves page ({\"path\":[…],\"self\":{…}}, "
    "surrounding text allowed)",
    sniff=sniff,
    verify=verify,
)
