"""Bybit Merkle sum tree (``bybit-merkle``), 2023 → now. Spec: specs/others.md §2.1.

The user's file holds their leaf (``self``: auditId, userHash, nonce, ``balance`` per asset, type, height 1)
and the path from the bottom up (``path``: siblings, the last entry being the root, type 3). SHA-256 hex over
text, with no separators anywhere:

* leaf   = SHA256(userHash ‖ b1 ‖ b2 ‖ … ‖ bN)          (the balance strings exactly as written)
* parent = SHA256(left ‖ right ‖ s1 ‖ … ‖ sN ‖ height)   (s = L + R truncated to the asset's scale, 8 places
  today; the 4-asset v1 list wrote USDT and USDC with 4)

The assets come in a fixed order compiled into Bybit's tool, one list per version; the list that makes the
leaf recompute is named in the variant. Sides: ``self.type`` 1 = the leaf is on the left; above it a sibling
of type 1 is on the left, any other on the right. userHash is opaque (its derivation is not published).
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, Decimal, localcontext

from ..amounts import add, parse_plain_decimal
from ..hashing.sha256 import sha256_hex
from ..loading import Source
from ..models import AmountText, Hex64, StrictModel, validate
from ..options import VerifyOptions
from ..registry import FormatSpec
from ..result import FormatInfo, PathStep, Result, ResultBuilder
from ..text import text
from . import sumtree

FORMAT = FormatInfo("bybit-merkle", "Bybit", "Bybit Merkle sum tree (self + path file)")

# The asset lists of Bybit's tool, online assets only, in the order the leaf and parents hash them
# (bybit-exchange/merkle-proof, enums Asset20 and Asset40 @ ba26183, AssetMnt20 and Asset32 @ d4f8862, Asset40V2
# @ 98000af, Asset40V3 @ a6b8956, Asset40V4 @ f4d9ea5, Asset40V5 @ c0c8199, Asset50 @ 3f0e2da; specs/others.md §2.1).
_ASSETS_20 = "AGLA APT ATOM AVAX BIT BTC BUSD DAI DOGE DOT DYDX EOS ETH FTM LTC MATIC SOL USDC USDT XRP".split()
_ASSETS_MNT20 = ["MNT" if a == "BIT" else a for a in _ASSETS_20]
_ASSETS_32 = _ASSETS_MNT20 + "SHIB OP SAND LDO LINK COMP UNI MANA CRV BLUR SUSHI PEPE".split()
_ASSETS_40 = [a for a in _ASSETS_32 if a != "BUSD"] + "WLD BEAM AGI FET IMX RNDR GALA APEX SHRAP".split()
_ASSETS_40V2 = [{"RNDR": "RENDER"}.get(a, a) for a in _ASSETS_40 if a != "DAI"] + ["USDE"]
_ASSETS_40V3 = [{"MATIC": "POL"}.get(a, a) for a in _ASSETS_40V2]
_ASSETS_40V4 = [{"FTM": "S"}.get(a, a) for a in _ASSETS_40V3]
_ASSETS_40V5 = [{"EOS": "A"}.get(a, a) for a in _ASSETS_40V4]
_ASSETS_50 = _ASSETS_40V5 + "GRAM XAUT HYPE STABLE ENA ARB ASTER ONDO AAVE USD1".split()
#: Newest first, as Bybit's tool tries them.
ASSET_LISTS: dict[str, tuple[str, ...]] = {
    "50": tuple(_ASSETS_50),
    "40V5": tuple(_ASSETS_40V5),
    "40V4": tuple(_ASSETS_40V4),
    "40V3": tuple(_ASSETS_40V3),
    "40V2": tuple(_ASSETS_40V2),
    "40": tuple(_ASSETS_40),
    "32": tuple(_ASSETS_32),
    "MNT20": tuple(_ASSETS_MNT20),
    "20": tuple(_ASSETS_20),
    "4 (v1)": ("BTC", "ETH", "USDT", "USDC"),
}
TYPE_LEFT, TYPE_RIGHT, TYPE_ROOT = 1, 2, 3
#: Bybit writes every amount with exactly 8 decimals (the 4-asset v1 list wrote USDT/USDC with 4).
_BYBIT_AMOUNT = re.compile(r"-?[0-9]+\.[0-9]{4}([0-9]{4})?")

# Coin names are hashed nowhere, but they pick the order; keep them plain.
Balance = dict[str, AmountText]


class SelfNode(StrictModel):
    auditId: str | None = None
    balance: Balance
    type: int
    hash: Hex64
    height: int
    nonce: str | None = None
    userHash: Hex64


class PathNode(StrictModel):
    auditId: str | None = None
    balance: Balance
    type: int
    hash: Hex64
    height: int
    nonce: str | None = None  # path[0], the neighbour's leaf, carries one in older files


class ProofFile(StrictModel):
    self: SelfNode
    path: list[PathNode]


def leaf_preimage(user_hash: str, amounts: list[str]) -> str:
    return user_hash + "".join(amounts)


def parent_preimage(left: str, right: str, sums: list[str], height: int) -> str:
    return left + right + "".join(sums) + str(height)


def sum_text(a: Decimal, b: Decimal, places: int = 8) -> str:
    """(a + b) truncated toward zero to ``places`` decimals and printed with exactly that many (Java
    ``setScale(places, RoundingMode.DOWN).toPlainString()``)."""
    with localcontext() as ctx:
        ctx.prec = 300  # amounts are capped at 100 characters by the loader: quantize never rounds here
        return f"{add(a, b).quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN):f}"


def _places_written(amount: str) -> int:
    """The scale Bybit writes an asset with, read from the user's own amount: 8 for every asset of today's lists,
    4 for USDT and USDC in the 4-asset v1 list. The sums above are truncated to and written with that scale."""
    return 4 if len(amount.partition(".")[2]) == 4 else 8


def sniff(source: Source) -> bool:
    doc = source.json_or_none()
    if not isinstance(doc, dict) or set(doc) != {"self", "path"}:
        return False
    own, path = doc["self"], doc["path"]
    # "userHash" and the singular "balance" are Bybit's alone (OKX, KuCoin and Bitget write "balances").
    return isinstance(own, dict) and {"userHash", "balance"} <= set(own) and isinstance(path, list)


def verify(source: Source, options: VerifyOptions) -> Result:
    proof = validate(ProofFile, source.json(), source.name, text("Bybit proof"))
    return _Verifier(source.name, proof, options).run()


class _Verifier:
    def __init__(self, name: str, proof: ProofFile, options: VerifyOptions) -> None:
        self.proof = proof
        self.options = options
        self.b = ResultBuilder(name, FORMAT)
        self.order: tuple[str, ...] = tuple(proof.self.balance)
        self.scales: dict[str, int] = {}

    def run(self) -> Result:
        b, own, path = self.b, self.proof.self, self.proof.path
        b.user_id = own.userHash
        b.balances = dict(own.balance)
        self._scheme_warnings()
        structure_ok = self._check_structure()
        coins_ok = self._check_coins()
        self._check_audit_ids()
        sumtree.check_places(b, sumtree.scan_amounts(b, self._amount_entries(), canonical=self._canonical))
        leaf = self._check_leaf()
        if not (structure_ok and coins_ok):
            return b.finish()  # nothing sound to fold: the failing check says why
        running, sums = leaf, [parse_plain_decimal(own.balance[c]) for c in self.order]
        copies: list[int] = []
        for k, sibling in enumerate(path[:-1]):
            height = k + 2
            if sibling.hash.lower() == running:
                copies.append(height - 1)  # how Bybit fills an odd level is not published: say where it happened
            own_left = own.type == TYPE_LEFT if k == 0 else sibling.type != TYPE_LEFT
            left, right = (running, sibling.hash) if own_left else (sibling.hash, running)
            texts = [
                sum_text(a, parse_plain_decimal(sibling.balance[c]), self.scales.get(c, 8))
                for a, c in zip(sums, self.order)
            ]
            preimage = parent_preimage(left, right, texts, height)
            running, sums = sha256_hex(preimage), [Decimal(t) for t in texts]
            b.steps.append(
                PathStep(
                    text("height {height}", height=height),
                    height,
                    running,
                    preimage=preimage,
                    sibling=sibling.hash,
                    sibling_side="right" if own_left else "left",
                    sums=dict(zip(self.order, texts)),
                )
            )
            negative = [c for c, v in zip(self.order, sums) if v < 0]
            if negative:
                b.warn("negative-sum", text("The recomputed sum at height {height} is negative for {coins}.",
                                            height=height, coins=", ".join(negative)))
        sumtree.warn_padding(b, copies)
        root = path[-1]
        sumtree.check_root_totals(
            b, self.order, [root.balance[c] for c in self.order], [f"{v:f}" for v in sums]
        )
        sumtree.compare_root(b, running, self.options.root, root.hash, text("the last entry of the proof's path"),
                             root.height)
        return b.finish()

    # --- leaf and asset list ------------------------------------------------------------------------------

    def _check_leaf(self) -> str:
        """Try the known asset lists with the file's coins, then the file's own order; name the one that
        matched."""
        b, own = self.b, self.proof.self
        coins = set(own.balance)
        orders = [(name, order) for name, order in ASSET_LISTS.items() if set(order) == coins]
        if not any(order == self.order for _, order in orders):
            orders.append((None, self.order))
        tried = []
        for name, order in orders:
            preimage = leaf_preimage(own.userHash, [own.balance[c] for c in order])
            tried.append((name, order, preimage, sha256_hex(preimage)))
        match = next((t for t in tried if t[3] == own.hash.lower()), None)
        name, order, preimage, computed = match or tried[0]
        self.order = order
        self.scales = {coin: _places_written(own.balance[coin]) for coin in order}
        if name is None:
            variant = text("asset order as in the file ({count} assets; not a list this verifier knows)",
                           count=len(order))
        else:
            variant = text("asset list {name} ({count} assets)", name=name, count=len(order))
        b.format = FormatInfo(FORMAT.id, FORMAT.exchange, FORMAT.name, variant=variant)
        if match is not None and name is None:
            b.warn("variant-matched", text("Your leaf recomputes with the assets in the file's order, which matches "
                                           "none of the asset lists this verifier knows."))
        b.check(
            text("leaf"),
            match is not None,
            text("Your leaf recomputes from your userHash and balances ({variant}).", variant=variant)
            if match
            else text("Your leaf does not match your userHash and balances."),
            expected=own.hash.lower(),
            computed=computed,
            message=None
            if match
            else text(
                "The file says your leaf is {written}, but SHA-256 of the text {preimage} is {computed} "
                "({tried} asset order(s) tried): the balances or userHash in the file are not the ones Bybit "
                "hashed.",
                written=own.hash.lower(), preimage=repr(preimage), computed=computed, tried=len(tried),
            ),
        )
        b.steps.append(
            PathStep(text("your leaf"), 1, computed, preimage=preimage, sums=dict(own.balance), ok=match is not None)
        )
        return computed

    # --- structure ----------------------------------------------------------------------------------------

    def _check_structure(self) -> bool:
        own, path = self.proof.self, self.proof.path
        problems: list[str] = []
        if own.type not in (TYPE_LEFT, TYPE_RIGHT):
            problems.append(text("self.type is {type}; a leaf is type 1 (left) or 2 (right)", type=own.type))
        if own.height != 1:
            problems.append(text("self.height is {height}; a leaf is at height 1", height=own.height))
        if len(path) < 2:
            problems.append(text("the path must hold at least a sibling and the root"))
        elif path[0].type == own.type:
            problems.append(text("path[0].type is {type}, the same side as your leaf", type=path[0].type))
        for k, node in enumerate(path):
            last = k == len(path) - 1
            if last and node.type != TYPE_ROOT:
                problems.append(text("path[{k}].type is {type}; the last entry is the root (type 3)", k=k,
                                     type=node.type))
            if not last and node.type not in (TYPE_LEFT, TYPE_RIGHT):
                problems.append(text("path[{k}].type is {type}; a sibling is type 1 or 2", k=k, type=node.type))
            if node.height != k + 1:
                problems.append(text("path[{k}].height is {height}; expected {expected}", k=k, height=node.height,
                                     expected=k + 1))
            if k > 0 and node.nonce is not None:
                problems.append(text("path[{k}] carries a nonce; only leaves do", k=k))
        return sumtree.check_rules(
            self.b,
            text("structure"),
            problems,
            ok=text("Sides, types and heights follow the format's rules."),
            fail=text("The path breaks the format's rules"),
            expected=text("types 1/2 for leaves and siblings, 3 for the root; heights 1, 1, 2, 3, …"),
        )

    def _check_coins(self) -> bool:
        """Every node lists the same assets as your leaf: the parents hash one sum per asset of the list."""
        own, path = self.proof.self, self.proof.path
        coins = set(own.balance)
        odd = [f"path[{k}]" for k, node in enumerate(path) if set(node.balance) != coins]
        ok = bool(coins) and not odd
        return self.b.check(
            text("coins"),
            ok,
            text("Every node lists the same {count} assets.", count=len(coins))
            if ok
            else text("Asset lists differ: {where} list other assets than your leaf.", where=", ".join(odd[:3]))
            if coins
            else text("Your leaf lists no assets."),
            expected=", ".join(own.balance),
            computed=", ".join(odd[:3]),
        )

    def _check_audit_ids(self) -> None:
        nodes = [("self", self.proof.self.auditId)] + [(f"path[{k}]", n.auditId) for k, n in enumerate(self.proof.path)]
        ids = sorted({audit for _, audit in nodes if audit is not None})
        ok = len(ids) <= 1
        self.b.check(
            text("audit id"),
            ok,
            text("Every node that names an audit names the same one ({ids}); the audit id is hashed nowhere, so it "
                 "is not verified.", ids=", ".join(ids) or "-")
            if ok
            else text("The nodes name different audits: {ids}.", ids=", ".join(ids)),
            expected=str(self.proof.self.auditId),
            computed=", ".join(ids),
        )

    # --- amounts and warnings -----------------------------------------------------------------------------

    def _amount_entries(self) -> list[sumtree.AmountEntry]:
        own, path = self.proof.self, self.proof.path
        entries: list[sumtree.AmountEntry] = [("self", list(own.balance.items()), True)]
        for k, node in enumerate(path):
            entries.append((f"path[{k}]", list(node.balance.items()), k == 0))
        return entries

    @staticmethod
    def _canonical(amount: str) -> bool:
        return bool(_BYBIT_AMOUNT.fullmatch(amount)) and not (amount.startswith("-") and Decimal(amount) == 0)

    def _scheme_warnings(self) -> None:
        b, path = self.b, self.proof.path
        b.warn("weak-binding-sum-only")
        b.warn("no-separators", text("The leaf and every parent join the amounts with nothing between them."))
        b.warn("identity-not-verifiable", text("How Bybit derives userHash from your UID is not published."))
        if path and path[0].nonce is not None:
            b.warn("neighbour-data-exposed", text("path[0] holds your neighbour's nonce and balances."))
        b.warn("totals-not-compared")


SPEC = FormatSpec(
    id=FORMAT.id,
    exchange=FORMAT.exchange,
    name=FORMAT.name,
    period="Dec 2022 → (asset lists of 4 assets in 2022 up to 50 in 2026)",
    needs="the Merkle path file downloaded from Bybit's Proof of Reserves page",
    sniff=sniff,
    verify=verify,
)
