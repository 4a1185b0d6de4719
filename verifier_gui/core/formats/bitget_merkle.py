"""Bitget Merkle sum tree (``bitget-merkle``), Dec 2022 → now. Spec: specs/bitget.md.

The user downloads ``merkel_tree_bg.json``: ``self`` (their leaf: encryptUid, nonce, balances, level, role)
and ``path`` (siblings bottom-up, then the level-1 root). Hashes are SHA-256 hex cut to 16 characters (§4, §5):

* leaf   = SHA256(encryptUid + "," + nonce + "," + BAL(balances))[:16]
* parent = SHA256(left + right + "," + BAL(left + right balances) + "," + (left.level - 1))[:16]

``BAL`` is compact JSON with the coins in Java ``HashMap`` order (§6). Two schemes print the amounts (§4):
A (to Aug 2025) unquoted ``BigDecimal.toString()`` (scale kept, ``5.4E-7``); B (Nov 2025 →) quoted,
trailing zeros stripped, plain. The scheme is picked by recomputing the user's leaf both ways (§0).

Beyond Bitget's own tool (§7) this checks level continuity (the parent level comes from the left node, so
a sibling's declared level feeds the hash), sides, padding, the neighbour's leaf, audit ids and coin sets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Context, Decimal, Inexact, InvalidOperation, Rounded
from typing import Annotated

from pydantic import AfterValidator, StringConstraints

from ..errors import InputError
from ..hashing.sha256 import sha256_hex
from ..javalang import (
    UnsupportedKeySet,
    bigdecimal_strip_plain,
    bigdecimal_to_plain_string,
    bigdecimal_to_string,
    hashmap_order,
)
from ..loading import Source
from ..models import StrictModel, validate
from ..options import VerifyOptions
from ..registry import FormatSpec
from ..result import FormatInfo, PathStep, Result, ResultBuilder
from . import sumtree
from ..text import listing
from ..text import text as T

FORMAT = FormatInfo("bitget-merkle", "Bitget", "Bitget Merkle sum tree (merkel_tree_bg.json)")
VARIANT_A = T("scheme A (unquoted BigDecimal.toString amounts; Dec 2022 - Aug 2025)")
VARIANT_B = T("scheme B (quoted amounts, trailing zeros stripped; Nov 2025 on)")
VARIANT_NONE = T("none (the leaf matches neither scheme A nor scheme B)")

ROLE_EMPTY, ROLE_LEFT, ROLE_RIGHT, ROLE_ROOT = 0, 1, 2, 3
#: Bitget writes at most 8 decimal places (specs/bitget.md §3).
MAX_PLACES = 8
#: Amounts whose exponent or scale is beyond this are not proof amounts (and would make exact sums huge).
_MAX_EXPONENT = 100
# Exact sums: every amount has at most ~100 digits within ±100 of the point, so 1000 digits never round;
# the traps make any rounding an error rather than a silently wrong hash.
_EXACT = Context(prec=1000, traps=[Inexact, Rounded, InvalidOperation])


@dataclass(frozen=True)
class Amount:
    """One balance as read: its exact value (a BigDecimal's unscaled value and scale) and, when the file
    stores it as a JSON string, that string (JSON numbers reach us already parsed, scale kept)."""

    value: Decimal
    text: str | None  # the JSON string's content; None for a JSON number

    @property
    def plain(self) -> str:
        return bigdecimal_to_plain_string(self.value)


def _amount(raw: int | Decimal | str) -> Amount:
    if isinstance(raw, bool):
        raise ValueError(T("must be a number, not true/false"))
    if isinstance(raw, str):
        value = _parse_amount_text(raw)
        return Amount(value, raw)
    value = Decimal(raw)
    _check_range(value, str(raw))
    return Amount(value, None)


def _parse_amount_text(text: str) -> Decimal:
    """A string amount as Java ``new BigDecimal(String)`` reads it, limited to JSON-number syntax."""
    if len(text) > 100 or not re.fullmatch(r"-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?", text):
        raise ValueError(T("{text!r} is not a decimal number", text=text[:40]))
    value = Decimal(text)
    _check_range(value, text)
    return value


def _check_range(value: Decimal, shown: str) -> None:
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int) or abs(exponent) > _MAX_EXPONENT or abs(value.adjusted()) > _MAX_EXPONENT:
        raise ValueError(T("{shown!r} is outside the range of a proof amount", shown=shown[:40]))


AmountField = Annotated[int | Decimal | str, AfterValidator(_amount)]
# Coin names go into the hashed JSON unescaped; allow only names Java and fastjson write as they are.
CoinName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")]
Hash16 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16}$")]
# uid and nonce are joined with commas before hashing: no comma (or anything but letters/digits) allowed.
Token = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z]{1,256}$")]


class Node(StrictModel):
    auditId: str | None = None
    balances: dict[CoinName, AmountField]
    encryptUid: Token | None = None
    nonce: Token | None = None
    merkelLeaf: Hash16
    level: int
    role: int | None = None  # missing on the root in the Nov 2025 file


class SelfNode(Node):
    encryptUid: Token
    nonce: Token
    role: int


class ProofFile(StrictModel):
    path: list[Node]
    self: SelfNode


# --- the hashed text ------------------------------------------------------------------------------


def amount_text(value: Decimal, scheme: str) -> str:
    """How an amount appears in the hashed JSON under scheme ``"A"`` or ``"B"`` (specs/bitget.md §4)."""
    if scheme == "A":
        return bigdecimal_to_string(value)
    return '"' + bigdecimal_strip_plain(value) + '"'


def balances_json(balances: list[tuple[str, Decimal]], scheme: str) -> str:
    """fastjson's compact JSON of the balances map, given in iteration order."""
    return "{" + ",".join(f'"{coin}":{amount_text(v, scheme)}' for coin, v in balances) + "}"


def leaf_preimage(uid: str, nonce: str, balances: list[tuple[str, Decimal]], scheme: str) -> str:
    return f"{uid},{nonce},{balances_json(balances, scheme)}"


def parent_preimage(left: str, right: str, balances: list[tuple[str, Decimal]], level: int, scheme: str) -> str:
    return f"{left}{right},{balances_json(balances, scheme)},{level}"


def hash16(text: str) -> str:
    return sha256_hex(text)[:16]


def ordered(balances: dict[str, Amount]) -> list[tuple[str, Decimal]]:
    """A map read from the file (keys put in file order) as a Java HashMap iterates it."""
    return [(coin, balances[coin].value) for coin in hashmap_order(balances)]


def merge(left: list[tuple[str, Decimal]], right: list[tuple[str, Decimal]]) -> list[tuple[str, Decimal]]:
    """A fresh HashMap given the left child's coins then the right's, summed (``TreeNode.mergeAsset``).
    Decimal addition keeps the larger scale, as ``BigDecimal.add`` does."""
    sums: dict[str, Decimal] = {}
    for coin, value in (*left, *right):
        sums[coin] = _EXACT.add(sums[coin], value) if coin in sums else value
    return [(coin, sums[coin]) for coin in hashmap_order(sums)]


# --- detection and entry point --------------------------------------------------------------------


def sniff(source: Source) -> bool:
    doc = source.json_or_none()
    if not isinstance(doc, dict) or set(doc) != {"self", "path"}:
        return False
    own, path = doc["self"], doc["path"]
    return (
        isinstance(own, dict)
        and {"merkelLeaf", "role", "level", "balances"} <= set(own)
        and isinstance(path, list)
        and bool(path)
        and all(isinstance(node, dict) and {"merkelLeaf", "level"} <= set(node) for node in path)
    )


def verify(source: Source, options: VerifyOptions) -> Result:
    proof = validate(ProofFile, source.json(), source.name, T("Bitget proof (merkel_tree_bg.json)"))
    try:
        return _Verifier(source.name, proof, options).run()
    except UnsupportedKeySet as exc:
        raise InputError(
            "unsupported-proof",
            T(
                "{name}: the coin names cannot be put in Java HashMap order by this verifier ({exc}).",
                name=source.name, exc=exc,
            ),
        ) from None


@dataclass
class _Step:
    """One recomputed parent: what the official tool would have built, plus what we need to explain it."""

    index: int  # path index of the sibling
    hash: str
    level: int
    balances: list[tuple[str, Decimal]]
    preimage: str
    padding: bool


class _Verifier:
    def __init__(self, name: str, proof: ProofFile, options: VerifyOptions) -> None:
        self.proof = proof
        self.options = options
        self.b = ResultBuilder(name, FORMAT)
        self.steps: list[_Step] = []
        self.scheme = "A"
        # what Bitget's own tool would check and conclude (specs/bitget.md §7), for official-tool-differs
        self.official_ok = True

    def run(self) -> Result:
        b, own, path = self.b, self.proof.self, self.proof.path
        b.user_id = own.encryptUid
        b.facts = {"nonce": own.nonce, "audit_id": own.auditId or ""}  # for batch findings
        b.balances = {coin: amount.plain for coin, amount in own.balances.items()}
        self._scheme_warnings()

        leaf_ok = self._check_leaf()
        self._check_amounts()
        if len(path) >= 2:
            self._check_neighbour_leaf()
            self._fold()
        self._check_structure()
        self._check_levels()
        self._check_audit_ids()
        self._check_coins()
        if len(path) >= 2:
            self._check_root()
        self._official_tool_note(leaf_ok)
        return b.finish()

    # --- leaf and scheme ------------------------------------------------------------------------------

    def _check_leaf(self) -> bool:
        b, own = self.b, self.proof.self
        items = ordered(own.balances)
        texts = {s: leaf_preimage(own.encryptUid, own.nonce, items, s) for s in ("A", "B")}
        hashes = {s: hash16(t) for s, t in texts.items()}
        matched = [s for s in ("A", "B") if hashes[s] == own.merkelLeaf]
        if matched:
            self.scheme = matched[0]
            variant = VARIANT_A if self.scheme == "A" else VARIANT_B
            b.format = FormatInfo(FORMAT.id, FORMAT.exchange, FORMAT.name, variant=variant)
            b.warn("variant-matched", T("Your leaf recomputes under {variant}.", variant=variant))
        else:
            self.scheme = "A"  # fold on with the older scheme only to report a computed root
            b.format = FormatInfo(FORMAT.id, FORMAT.exchange, FORMAT.name, variant=VARIANT_NONE)
            self.official_ok = False
        leaf = hashes[self.scheme]
        b.check(
            T("leaf"),
            bool(matched),
            T("Your leaf recomputes from your encryptUid, nonce and balances (scheme {scheme}).", scheme=self.scheme)
            if matched
            else T("Your leaf does not match your encryptUid, nonce and balances under either scheme."),
            expected=own.merkelLeaf,
            computed=f"A: {hashes['A']}, B: {hashes['B']}",
            message=None
            if matched
            else T(
                "The file says your leaf is {merkelLeaf}, but the first 16 hex digits of SHA-256 of {texts!r} (scheme "
                "A) are {hashes} and of {texts2!r} (scheme B) are {hashes2}: the balances, encryptUid or nonce in the "
                "file are not the ones Bitget hashed.",
                merkelLeaf=own.merkelLeaf, texts=texts['A'], hashes=hashes['A'], texts2=texts['B'], hashes2=hashes['B'],
            ),
        )
        b.steps.append(
            PathStep(
                T("your leaf"),
                own.level,
                leaf,
                preimage=texts[self.scheme],
                sums=dict(self._plain(items)),
                ok=bool(matched),
            )
        )
        return bool(matched)

    def _check_neighbour_leaf(self) -> None:
        """Before Nov 2025 path[0] carries the neighbour's encryptUid and nonce: recompute that leaf too
        (Bitget's tool does not). A padding sibling copies the user's own hash, so it is skipped."""
        sibling, own = self.proof.path[0], self.proof.self
        if sibling.encryptUid is None or sibling.nonce is None or self._is_padding(sibling, own.merkelLeaf):
            return
        text = leaf_preimage(sibling.encryptUid, sibling.nonce, ordered(sibling.balances), self.scheme)
        computed = hash16(text)
        ok = computed == sibling.merkelLeaf
        self.b.check(
            T("neighbour leaf"),
            ok,
            T("The neighbouring leaf in path[0] recomputes from its own encryptUid, nonce and balances.")
            if ok
            else T("The neighbouring leaf in path[0] does not match its own encryptUid, nonce and balances."),
            expected=sibling.merkelLeaf,
            computed=computed,
            message=None
            if ok
            else T(
                "The first 16 hex digits of SHA-256 of {text!r} are {computed}, but path[0].merkelLeaf is "
                "{merkelLeaf}.",
                text=text, computed=computed, merkelLeaf=sibling.merkelLeaf,
            ),
        )

    # --- the path -------------------------------------------------------------------------------------

    @staticmethod
    def _is_padding(node: Node, running: str) -> bool:
        """Bitget's padding sibling (§5): a copy of the node beside it, with every balance zero."""
        return node.merkelLeaf == running and all(a.value == 0 for a in node.balances.values())

    def _fold(self) -> None:
        """Walk the path exactly as Bitget's tool does (§5): role 1 = the sibling is on the left, anything
        else on the right; the parent's level is the left node's level minus one."""
        b, own, path = self.b, self.proof.self, self.proof.path
        running, level, items = self.b.steps[0].computed, own.level, ordered(own.balances)
        for k, sibling in enumerate(path[:-1]):
            padding = self._is_padding(sibling, running)
            beside = running
            sibling_items = ordered(sibling.balances)
            if sibling.role == ROLE_LEFT:
                left, right, parent_level = sibling.merkelLeaf, running, sibling.level - 1
                sums = merge(sibling_items, items)
            else:
                left, right, parent_level = running, sibling.merkelLeaf, level - 1
                sums = merge(items, sibling_items)
            text = parent_preimage(left, right, sums, parent_level, self.scheme)
            running, level, items = hash16(text), parent_level, sums
            self._check_sibling_kind(k, sibling, beside, padding, text)
            self.steps.append(_Step(k, running, level, sums, text, padding))
            b.steps.append(
                PathStep(
                    T("level {level}", level=level),
                    level,
                    running,
                    preimage=text,
                    sibling=sibling.merkelLeaf,
                    sibling_side="left" if sibling.role == ROLE_LEFT else "right",
                    sums=dict(self._plain(sums)),
                    note=T("padding sibling (copy of this node, zero balances)") if padding else None,
                )
            )
            negative = [coin for coin, v in sums if v < 0]
            if negative:
                b.warn(
                    "negative-sum",
                    T(
                        "The recomputed sum at level {level} is negative for {negative}.",
                        level=level, negative=', '.join(negative),
                    ),
                )
        sumtree.warn_padding(b, [s.level + 1 for s in self.steps if s.padding], unit="level")

    def _check_sibling_kind(self, k: int, sibling: Node, running: str, padding: bool, text: str) -> None:
        """Role 0 means padding, and only a zero-balance copy of the running node may be padding; a real
        sibling can never equal the node beside it. Without these rules a sibling's role could change
        from 2 to 0 (or a copy could pose as real) without changing any hash."""
        problem = None
        if padding and sibling.role not in (ROLE_EMPTY, ROLE_RIGHT):
            problem = T(
                "it copies this node with zero balances (padding) but has role {role}, not 0 or 2",
                role=sibling.role,
            )
        elif not padding and sibling.role == ROLE_EMPTY:
            problem = T("it has role 0 (padding) but is not a zero-balance copy of this node")
        elif not padding and sibling.merkelLeaf == running:
            problem = T("it has this node's hash but non-zero balances; a real sibling cannot equal its neighbour")
        elif padding and (sibling.encryptUid, sibling.nonce) not in ((None, None), self._own_identity(k)):
            # Bitget's padding copies the lone node, identity included; another identity is not a copy.
            problem = T("it is padding but carries an encryptUid or nonce other than the node it copies")
        if problem is not None:
            self.b.check(
                T("sibling path[{k}]", k=k),
                False,
                T("path[{k}] breaks the padding rule: {problem}.", k=k, problem=problem),
                expected=T("a real sibling (role 1 or 2) or a zero-balance copy (role 0 or 2)"),
                computed=T("role {role}, merkelLeaf {merkelLeaf}", role=sibling.role, merkelLeaf=sibling.merkelLeaf),
                message=T(
                    "path[{k}] breaks the padding rule: {problem}. The text hashed at this step was {text!r}.",
                    k=k, problem=problem, text=text,
                ),
            )

    def _own_identity(self, k: int) -> tuple[str | None, str | None]:
        """The identity a padding copy at path[k] may carry: the user's own at the leaf level, none above."""
        own = self.proof.self
        return (own.encryptUid, own.nonce) if k == 0 else (None, None)

    # --- root -----------------------------------------------------------------------------------------

    def _check_root(self) -> None:
        b, root, top = self.b, self.proof.path[-1], self.steps[-1]
        computed = dict(top.balances)
        b.totals = {coin: self._total_text(v) for coin, v in top.balances}
        in_file = {coin: a.value for coin, a in root.balances.items()}
        differ = [
            coin for coin in dict.fromkeys([*computed, *in_file]) if coin not in computed or coin not in in_file
            or computed[coin] != in_file[coin]  # numerically, as BigDecimal.compareTo: the scale may differ
        ]
        b.check(
            T("root totals"),
            not differ,
            T("The recomputed root totals equal the totals written in the file.")
            if not differ
            else T("The recomputed root totals differ from the file's root for {differ}.", differ=', '.join(differ)),
            expected=", ".join(f"{c} {a.plain}" for c, a in root.balances.items()),
            computed=", ".join(f"{c} {t}" for c, t in b.totals.items()),
            message=None
            if not differ
            else T(
                "The root totals recomputed from the path differ from path[{count_path}].balances for {differ}; the "
                "last text hashed was {preimage!r}.",
                count_path=len(self.proof.path) - 1, differ=', '.join(differ), preimage=top.preimage,
            ),
        )
        if differ or top.hash != root.merkelLeaf or top.level != root.level:
            self.official_ok = False
        sumtree.compare_root(
            b,
            top.hash,
            self.options.root,
            root.merkelLeaf,
            T("the last entry of the proof's path (level 1)"),
            root.level,
            file_mismatch=T(
                "The last entry of the path says the root is {merkelLeaf}, but the first 16 hex digits of SHA-256 of "
                "{preimage!r} are {hash}.",
                merkelLeaf=root.merkelLeaf, preimage=top.preimage, hash=top.hash,
            ),
        )

    def _total_text(self, value: Decimal) -> str:
        # Scheme A keeps the BigDecimal scale (92889184629.59267820); scheme B writes stripped text.
        return bigdecimal_to_plain_string(value) if self.scheme == "A" else bigdecimal_strip_plain(value)

    # --- structure ------------------------------------------------------------------------------------

    def _check_structure(self) -> None:
        """Sides and roles (§3, §7). Bitget's tool checks only the rules collected in ``official``."""
        own, path = self.proof.self, self.proof.path
        problems: list[str] = []
        official: list[str] = []
        if len(path) < 2:
            official.append(T("the path must hold at least one sibling and the root"))
        if path and path[0].role == own.role:
            official.append(T("path[0].role is {role}, the same side as your leaf", role=path[0].role))
        if path and (path[0].role is None or not 0 <= path[0].role <= 3 or path[0].level < 1):
            official.append(T("path[0] has role {role} and level {level}", role=path[0].role, level=path[0].level))
        if own.role not in (ROLE_LEFT, ROLE_RIGHT):
            problems.append(T("self.role is {role}; your leaf is 1 (left) or 2 (right)", role=own.role))
        elif path and own.role == ROLE_RIGHT and path[0].role != ROLE_LEFT:
            problems.append(T("self.role is 2 (right) but path[0].role is {role}, not 1 (left)", role=path[0].role))
        for k, node in enumerate(path):
            if k == len(path) - 1:
                if node.role not in (None, ROLE_ROOT):
                    problems.append(T(
                        "path[{k}].role is {role}; the root is role 3 (or has none)",
                        k=k, role=node.role,
                    ))
            elif node.role not in (ROLE_EMPTY, ROLE_LEFT, ROLE_RIGHT):
                problems.append(T("path[{k}].role is {role}; a sibling is 1, 2 or 0 (padding)", k=k, role=node.role))
            if k > 0 and (node.encryptUid is not None or node.nonce is not None):
                problems.append(T("path[{k}] carries an encryptUid or nonce; only leaves do", k=k))
        if path and (path[0].encryptUid is None) != (path[0].nonce is None):
            problems.append(T("path[0] has only one of encryptUid and nonce"))
        if official:
            self.official_ok = False
        sumtree.check_rules(
            self.b,
            T("structure"),
            official + problems,
            ok=T("Sides and roles follow the format's rules."),
            expected=T("self.role 1 or 2 opposite path[0]; siblings 1, 2 or 0; root 3 or none; at least 2 entries"),
            explain=self._with_hashed_text,
        )

    def _check_levels(self) -> None:
        """Levels must run self.level = len(path), path[i].level = self.level - i, down to the root's 1.
        Bitget's tool never checks this, yet a left sibling's declared level is what gets hashed, and a
        right sibling's level is not hashed at all."""
        own, path = self.proof.self, self.proof.path
        problems: list[str] = []
        if own.level != len(path):
            problems.append(T(
                "self.level is {level}; with {count_path} path entries the leaves are at {count_path}",
                level=own.level, count_path=len(path),
            ))
        for k, node in enumerate(path):
            if node.level != len(path) - k:
                problems.append(T(
                    "path[{k}].level is {level}; expected {count_path}",
                    k=k, level=node.level, count_path=len(path) - k,
                ))
        if problems:
            self.b.warn("unexpected-depth", T("Levels on the path are not continuous: {problem}.", problem=problems[0]))
        sumtree.check_rules(
            self.b,
            T("levels"),
            problems,
            ok=T("Levels run continuously from {level} (your leaf) to 1 (the root).", level=own.level),
            fail=T("The levels on the path are not continuous"),
            expected=T(
                "self {count_path}, then path levels {count_path}, {count_path2}, …, 1",
                count_path=len(path), count_path2=len(path) - 1,
            ),
            explain=self._with_hashed_text,
        )

    def _check_audit_ids(self) -> None:
        nodes = [("self", self.proof.self)] + [(f"path[{k}]", n) for k, n in enumerate(self.proof.path)]
        ids = {n.auditId for _, n in nodes if n.auditId is not None}
        ok = len(ids) <= 1
        first = self.proof.self.auditId
        odd = [where for where, n in nodes if n.auditId is not None and n.auditId != first]
        self.b.check(
            T("audit id"),
            ok,
            T(
                "Every node names the same audit."
            ) if ok else T("The nodes name different audits: {sorted}.", sorted=', '.join(sorted(ids))),
            expected=str(first),
            computed="; ".join(f"{w} {n.auditId}" for w, n in nodes if w in odd[:3]),
            message=None if ok else self._with_hashed_text(
                T(
                    "The nodes name different audits ({sorted}), e.g. at {odd}.",
                    sorted=', '.join(sorted(ids)), odd=', '.join(odd[:3]),
                )
            ),
        )

    def _check_coins(self) -> None:
        """Every node lists the same non-empty set of coins (§8). Bitget's tool would copy a coin missing
        on one side, but no real file has one, and an empty map would hash alike under both schemes."""
        own, path = self.proof.self, self.proof.path
        coins = set(own.balances)
        odd = [f"path[{k}]" for k, n in enumerate(path) if set(n.balances) != coins]
        ok = bool(coins) and not odd
        problem = T(
            "your leaf has no balances"
        ) if not coins else T("{odd} list other coins than your leaf", odd=', '.join(odd[:3]))
        self.b.check(
            T("coins"),
            ok,
            T(
                "Every node lists the same coins: {balances}.",
                balances=', '.join(own.balances),
            ) if ok else T("Coin sets differ: {problem}.", problem=problem),
            expected=", ".join(own.balances),
            computed="" if ok else problem,
            message=None if ok else self._with_hashed_text(T("Coin sets differ: {problem}.", problem=problem)),
        )

    def _with_hashed_text(self, sentence: str) -> str:
        """A structural failure still shows the text the recomputation hashed last, as every fail does."""
        last = self.steps[-1].preimage if self.steps else self.b.steps[0].preimage if self.b.steps else None
        return sentence if last is None else T(
            "{sentence} The last text hashed was {last!r}.",
            sentence=sentence, last=last,
        )

    # --- amounts and warnings -------------------------------------------------------------------------

    def _check_amounts(self) -> None:
        """Negative amounts (warned: real 2025 files have negative subtree sums), amounts not written the
        way Bitget writes them, and amounts finer than Bitget's 8 places."""
        b, own, path = self.b, self.proof.self, self.proof.path
        nodes: list[tuple[str, Node, bool]] = [("self", own, True)]
        for k, node in enumerate(path):
            leaf = k == 0 and not self._is_padding(node, own.merkelLeaf)
            nodes.append((f"path[{k}]", node, leaf))
        for where, node, is_leaf in nodes:
            for coin, amount in node.balances.items():
                place = f"{where}.balances.{coin}"
                if amount.value < 0:
                    sumtree.warn_negative(b, place, amount.plain, is_leaf)
                if _places(amount.value) > MAX_PLACES:
                    b.warn("amount-overflow", T(
                        "{place} is {plain}, finer than Bitget's {MAX_PLACES} places.",
                        place=place, plain=amount.plain, MAX_PLACES=MAX_PLACES,
                    ))
                if not self._canonical(amount):
                    shown = amount.text if amount.text is not None else amount.plain
                    b.warn("non-canonical-amount", T("{place} is written {shown!r}.", place=place, shown=shown))

    def _canonical(self, amount: Amount) -> bool:
        """Scheme A files hold BigDecimal text (toString, or toPlainString in the 2025 string files); scheme
        B files hold stripped plain text. A JSON number's spelling is lost on parsing except for -0."""
        if amount.value.is_zero() and amount.value.is_signed():
            return False
        if amount.text is None:
            return True
        if self.scheme == "B":
            return amount.text == bigdecimal_strip_plain(amount.value)
        return amount.text in (bigdecimal_to_string(amount.value), bigdecimal_to_plain_string(amount.value))

    def _scheme_warnings(self) -> None:
        b, path, own = self.b, self.proof.path, self.proof.self
        b.warn("truncated-hash-64")
        b.warn("weak-binding-sum-only")
        b.warn("identity-not-verifiable")
        if path and (path[0].encryptUid is not None or path[0].nonce is not None):
            if not self._is_padding(path[0], own.merkelLeaf):
                b.warn("neighbour-data-exposed", T("path[0] holds your neighbour's encryptUid, nonce and balances."))
        b.warn("totals-not-compared")

    def _official_tool_note(self, leaf_ok: bool) -> None:
        """Say when Bitget's own verifier would give another verdict (specs/bitget.md §7, weaknesses E11)."""
        b = self.b
        if leaf_ok and self.scheme == "A":
            b.warn(
                "official-tool-differs",
                T(
                    "Bitget's current verifier (v1.0.4) reports 'Inconsistent' for every scheme-A file such as this "
                    "one; its v1.0.3 and earlier releases check it."
                ),
            )
        # Scheme B is what the current verifier (v1.0.4) accepts: nothing to say for it.
        failed = [c.name for c in b.checks if not c.ok]
        published_differs = (
            self.options.root is not None and b.root_computed is not None
            and b.root_computed != self.options.root.value.lower()
        )
        if self.official_ok and leaf_ok and (failed or published_differs):
            skipped = listing(failed + ([T("the published root")] if published_differs else []), commas=True)
            tool = T("releases up to v1.0.3, which read scheme A") if self.scheme == "A" else "v1.0.4"
            b.warn(
                "official-tool-differs",
                T(
                    "Bitget's own verifier ({tool}) does not check {skipped}, so it would report this file as "
                    "'Consistent'.",
                    tool=tool, skipped=skipped,
                ),
            )

    @staticmethod
    def _plain(items: list[tuple[str, Decimal]]) -> list[tuple[str, str]]:
        return [(coin, bigdecimal_to_plain_string(v)) for coin, v in items]


def _places(value: Decimal) -> int:
    """Decimal places that matter (trailing zeros ignored)."""
    if value.is_zero():
        return 0
    exponent = value.normalize(_EXACT).as_tuple().exponent
    assert isinstance(exponent, int)
    return max(0, -exponent)


SPEC = FormatSpec(
    id=FORMAT.id,
    exchange=FORMAT.exchange,
    name=FORMAT.name,
    period="Dec 2022 → (scheme A to Aug 2025, scheme B from Nov 2025)",
    needs="the path file downloaded from Bitget's Proof of Reserves page (merkel_tree_bg.json)",
    sniff=sniff,
    verify=verify,
)
