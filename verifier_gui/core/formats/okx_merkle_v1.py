"""OKX Merkle tree v1 (``okx-merkle-v1``), Nov 2022 – Mar 2023. Spec: specs/okx.md §2.

The user's file holds their own leaf (``self``: nonce, hash, BTC/ETH/USDT balances) and the path from the
bottom up (``path``: siblings, the last element being the root). Hashes are SHA-256 over text:

* leaf   = SHA256(nonce ‖ '{"BTC":"b","ETH":"e","USDT":"u"}')   (the amounts' exact text)
* parent = SHA256(left_hex ‖ right_hex ‖ BTC_sum ‖ ETH_sum ‖ USDT_sum ‖ parent_height)
  with each sum left + right truncated toward zero to 8 places (Go shopspring ``RoundDown(8).String()``).

Sides: at the first step ``self.type == 1`` means the user's leaf is the left child; above it a sibling of
type 1 is on the left and any other type (2, or 4 for padding) on the right. A padding sibling (type 4)
copies the running node's hash with zero balances.
"""

from __future__ import annotations

from decimal import Decimal

from ..amounts import add, go_round_down_8, parse_plain_decimal
from ..hashing.sha256 import sha256_hex
from ..loading import Source
from ..models import AmountText, Hex64, StrictModel, validate
from ..options import VerifyOptions
from ..registry import FormatSpec
from ..result import FormatInfo, PathStep, Result, ResultBuilder
from . import sumtree
from ..text import text as T

COINS = ("BTC", "ETH", "USDT")
FORMAT = FormatInfo("okx-merkle-v1", "OKX", "OKX Merkle tree v1 (path file)")


class Balances(StrictModel):
    BTC: AmountText
    ETH: AmountText
    USDT: AmountText

    def as_tuple(self) -> tuple[str, str, str]:
        return (self.BTC, self.ETH, self.USDT)


class SelfNode(StrictModel):
    nonce: Hex64
    hash: Hex64
    balances: Balances
    type: int
    height: int
    auditId: str | None = None


class PathNode(StrictModel):
    hash: Hex64
    balances: Balances
    type: int
    height: int
    auditId: str | None = None
    nonce: Hex64 | None = None  # only path[0], the neighbour's leaf, carries one


class ProofFile(StrictModel):
    self: SelfNode
    path: list[PathNode]


def leaf_preimage(nonce: str, balances: tuple[str, str, str]) -> str:
    """The exact text OKX hashes for a leaf (Go json.Marshal of the BTC/ETH/USDT struct, after the nonce)."""
    btc, eth, usdt = balances
    return f'{nonce}{{"BTC":"{btc}","ETH":"{eth}","USDT":"{usdt}"}}'


def parent_preimage(left: str, right: str, sums: tuple[str, ...], height: int) -> str:
    return left + right + "".join(sums) + str(height)


def truncated_sums(a: tuple[Decimal, ...], b: tuple[Decimal, ...]) -> tuple[str, ...]:
    return tuple(go_round_down_8(add(x, y)) for x, y in zip(a, b, strict=True))


def sniff(source: Source) -> bool:
    doc = source.json_or_none()
    if not isinstance(doc, dict) or set(doc) != {"self", "path"}:
        return False
    own, path = doc["self"], doc["path"]
    return (
        isinstance(own, dict)
        and isinstance(path, list)
        and {"nonce", "hash", "balances", "type", "height"} <= set(own)
        and isinstance(own.get("balances"), dict)
        and set(own["balances"]) == set(COINS)
        # OKX marks the root type 3 (KuCoin, with the same layout, uses 0): keeps detection unambiguous.
        and bool(path)
        and isinstance(path[-1], dict)
        and path[-1].get("type") == 3
    )


def verify(source: Source, options: VerifyOptions) -> Result:
    proof = validate(ProofFile, source.json(), source.name, T("OKX Merkle v1 proof"))
    return _Verifier(source.name, proof, options).run()


class _Verifier:
    def __init__(self, name: str, proof: ProofFile, options: VerifyOptions) -> None:
        self.proof = proof
        self.options = options
        self.b = ResultBuilder(name, FORMAT)

    def run(self) -> Result:
        b, own, path = self.b, self.proof.self, self.proof.path
        b.balances = dict(zip(COINS, own.balances.as_tuple(), strict=True))
        b.facts = {"nonce": own.nonce.lower(), "audit_id": own.auditId or ""}  # for batch findings
        self._scheme_warnings()
        structure_ok = self._check_structure()
        self._check_amounts()

        leaf_text = leaf_preimage(own.nonce, own.balances.as_tuple())
        leaf, leaf_ok = sumtree.check_recomputed(
            b,
            T("leaf"),
            leaf_text,
            own.hash.lower(),
            subject=T("leaf hash"),
            inputs=T("your nonce and balances"),
            culprits=T("the balances or nonce"),
            hasher=T("the exchange"),
        )
        b.steps.append(
            PathStep(T("your leaf"), 1, leaf, preimage=leaf_text, sums=dict(b.balances), ok=leaf_ok)
        )
        if len(path) < 2 or not structure_ok:
            return b.finish()  # nothing sound to fold: the structure check already failed

        self._check_neighbour_leaf(path[0])
        running, running_sums = leaf, self._decimals(own.balances)
        padding_heights: list[int] = []
        for k, sibling in enumerate(path[:-1]):
            height = k + 2
            if sibling.type == 4:
                padding_heights.append(sibling.height)
                self._check_padding(sibling, running)
            elif sibling.hash.lower() == running:
                # A real sibling equal to this node would be its exact copy; only padding may be one.
                b.check(
                    T("sibling at height {height}", height=sibling.height),
                    False,
                    T("A sibling identical to your node must be a padding node (type 4) with zero balances."),
                    expected=T("type 4"),
                    computed=T("type {type}", type=sibling.type),
                )
            self_on_left = own.type == 1 if k == 0 else sibling.type != 1
            left, right = (running, sibling.hash) if self_on_left else (sibling.hash, running)
            sums = truncated_sums(running_sums, self._decimals(sibling.balances))
            text = parent_preimage(left, right, sums, height)
            running = sha256_hex(text)
            running_sums = tuple(Decimal(s) for s in sums)
            b.steps.append(
                PathStep(
                    T("height {height}", height=height),
                    height,
                    running,
                    preimage=text,
                    sibling=sibling.hash,
                    sibling_side="right" if self_on_left else "left",
                    sums=dict(zip(COINS, sums, strict=True)),
                    note=T("padding sibling (copy of this node, zero balances)") if sibling.type == 4 else None,
                )
            )
            if any(v < 0 for v in running_sums):
                b.warn("negative-sum", T("The recomputed sum at height {height} is negative.", height=height))
        sumtree.warn_padding(b, padding_heights)

        self._check_root(running, running_sums)
        return b.finish()

    # --- structure ----------------------------------------------------------------------------------

    def _check_structure(self) -> bool:
        b, own, path = self.b, self.proof.self, self.proof.path
        problems: list[str] = []
        if own.type not in (1, 2):
            problems.append(T("self.type is {type}; a leaf must be type 1 (left) or 2 (right)", type=own.type))
        if own.height != 1:
            problems.append(T("self.height is {height}; a leaf is at height 1", height=own.height))
        if len(path) < 2:
            problems.append(T("the path must hold at least a sibling and the root"))
        else:
            if path[0].type == own.type:
                problems.append(T("path[0].type is {type}, the same side as your leaf", type=path[0].type))
            for k, node in enumerate(path):
                last = k == len(path) - 1
                if last and node.type != 3:
                    problems.append(T(
                        "path[{k}].type is {type}; the last entry is the root (type 3)",
                        k=k, type=node.type,
                    ))
                if not last and node.type not in (1, 2, 4):
                    problems.append(T("path[{k}].type is {type}; a sibling is type 1, 2 or 4", k=k, type=node.type))
                if node.height != k + 1:
                    problems.append(T("path[{k}].height is {height}; expected {k2}", k=k, height=node.height, k2=k + 1))
        # auditId is hashed nowhere, but one proof comes from one audit: entries naming different audits were put
        # together from different trees (or edited), and the audit the app shows would be a guess.
        audits = sorted({a for a in (own.auditId, *(n.auditId for n in path)) if a is not None})
        if len(audits) > 1:
            problems.append(T("the entries name different audits ({audits}); one proof comes from one audit",
                              audits=", ".join(audits)))
        return sumtree.check_rules(
            b,
            T("structure"),
            problems,
            ok=T("Sides, types and heights follow the format's rules."),
            expected=T("types 1/2 for leaves, 1/2/4 for siblings, 3 for the root; heights 1, 2, 3, …"),
        )

    def _check_neighbour_leaf(self, sibling: PathNode) -> None:
        """path[0] is the neighbour's leaf with its nonce: recompute it too (the official tool does not)."""
        if sibling.nonce is None or sibling.type == 4:
            return
        sumtree.check_neighbour_leaf(
            self.b, leaf_preimage(sibling.nonce, sibling.balances.as_tuple()), sibling.hash.lower()
        )

    def _check_padding(self, sibling: PathNode, running: str) -> None:
        zero = all(parse_plain_decimal(v) == 0 for v in sibling.balances.as_tuple())
        copy = sibling.hash.lower() == running
        self.b.check(
            T("padding at height {height}", height=sibling.height),
            zero and copy,
            T("The padding sibling copies this node with zero balances.")
            if zero and copy
            else T("A padding sibling (type 4) must copy the node beside it with zero balances; this one does not."),
            expected=T("hash {running}, zero balances", running=running),
            computed=T(
                "hash {hash}, balances {as_tuple}",
                hash=sibling.hash.lower(), as_tuple=', '.join(sibling.balances.as_tuple()),
            ),
        )

    def _check_root(self, computed: str, sums: tuple[Decimal, ...]) -> None:
        b, root = self.b, self.proof.path[-1]
        computed_sums = [go_round_down_8(s) for s in sums]
        sumtree.check_root_totals(b, COINS, root.balances.as_tuple(), computed_sums)
        sumtree.compare_root(
            b, computed, self.options.root, root.hash, T("the last entry of the proof's path"), root.height
        )

    # --- warnings -----------------------------------------------------------------------------------

    def _scheme_warnings(self) -> None:
        b = self.b
        b.warn("weak-binding-sum-only")
        b.warn("no-separators")
        b.warn("identity-not-verifiable")
        if self.proof.path and self.proof.path[0].nonce is not None:
            b.warn("neighbour-data-exposed", T("path[0] holds your neighbour's nonce and balances."))
        b.warn("totals-not-compared")

    def _check_amounts(self) -> None:
        """Warn on negative, huge or oddly written amounts; fail amounts finer than the format's 8 places
        (the sums are truncated to 8 places, so finer digits on a sibling would change nothing hashed)."""
        own, path = self.proof.self, self.proof.path
        nodes = [("self", own.balances, True)] + [
            (f"path[{k}]", node.balances, node.height == 1) for k, node in enumerate(path)
        ]
        entries = [(where, zip(COINS, balances.as_tuple(), strict=True), leaf) for where, balances, leaf in nodes]
        sumtree.check_places(self.b, sumtree.scan_amounts(self.b, entries))

    @staticmethod
    def _decimals(balances: Balances) -> tuple[Decimal, ...]:
        return tuple(parse_plain_decimal(v) for v in balances.as_tuple())


SPEC = FormatSpec(
    id=FORMAT.id,
    exchange=FORMAT.exchange,
    name=FORMAT.name,
    period="Nov 2022 – Mar 2023",
    needs="the Merkle path file copied from OKX's Audits page (merkle_proof_file.json)",
    sniff=sniff,
    verify=verify,
)
