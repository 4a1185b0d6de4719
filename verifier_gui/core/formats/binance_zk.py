"""Binance zk-SNARK proof of reserves, user files (``binance-zk-v1``, ``binance-zk-v2``). Spec: specs/binance.md §3–§7.

The user's JSON (the "Merkle tree" download) holds the account's totals and assets, the root and 28 Poseidon
siblings. The check is the same in every zk version: rebuild the leaf from the account's own numbers, fold it up
the depth-28 sparse tree with the bits of ``AccountIndex``, compare with the root. What changes:

* v1 (Feb 2023 – Sep 2024): 350 asset slots of (equity, debt); Poseidon's long-input chunk width was 12 until
  Oct 2023 (Z1a) and 16 after (Z1b). The files look alike, so both are tried and the one that matched is named.
* v2 (Oct 2024 →): per-asset Loan/Margin/PortfolioMargin and TotalCollateral; assets padded to 50 or 500
  entries; chunk width 16.

With the month's asset list (``--assets``: cex_assets_info.csv or the batch verifier's config.json) the report
names the assets, shows token amounts and re-checks the USDT totals against the prices (§4.4). Binance's own
user verifier does none of that.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Annotated

from pydantic import Field

from ..binance_assets import AssetList, read_assets, tiered
from ..errors import InputError
from ..hashing import poseidon_bn254 as _p
from ..loading import Source
from ..models import Hex64, StrictModel, validate
from ..options import VerifyOptions
from ..registry import FormatSpec
from ..result import FormatInfo, PathStep, Result, ResultBuilder, normalise_hex
from ..text import text
from . import zk_hash, zk_smt
from .binance_zk_layout import V1_ASSET_SLOTS, V2_MAX_INDEX, V2Asset, v1_commitment_elements, v2_commitment_elements, v2_tier

DEPTH = 28
FORMAT_V1 = FormatInfo("binance-zk-v1", "Binance", "Binance zk-SNARK proof of reserves v1 (user file)")
FORMAT_V2 = FormatInfo("binance-zk-v2", "Binance", "Binance zk-SNARK proof of reserves v2, with collateral (user file)")

#: Official empty-tree roots (specs/binance.md §3.5, §4.2): a published root equal to one means an empty tree.
EMPTY_ROOTS = {
    "0118925954da77d1a4b241fd163e4373e2265c515cfa60af7fcd28c8cb9ad58a": "v1, 12-wide (Z1a)",
    "0e85b74bfd43747cb5e18ecb067727243f2e919a91ef69d86b5a27ed74bea7c2": "v1, 16-wide (Z1b)",
    "08696bfcb563a2ee4dde9e1dbd34f68d3f4643df6e3709cdb1855c9f886240c7": "v2",
}

#: Account-tree roots Gate.io published or shipped (specs/gateio.md §2.1, §3): Gate's pre-release user files
#: have Binance v1's exact shape, and their root is what tells them apart, so Binance's sniffer leaves these to
#: gateio-zk (registry.OVERLAPS).
GATEIO_ROOTS = frozenset(
    {
        "2da42ab6586ef6ad51b4bc8063ce92dcefb951572a26597346b7f78c1329ef0b",  # gate-zkmerkle-proof README / 7dd137b
        "28f89f9b767e7b639f24801ac7ef2689c87f12dd451999a40252c8ea95c6db95",  # gate-zkmerkle-proof 2b9775b
        "0b47326c87891cc85c648b5882c9ff5d82570363ab7eeb747c9eb5c03b650318",  # proof-of-reserves 7490ef5 example
        "2e7e01ad51d5c668e8d581be83fcfe806644b7c834876d540b188816a67778e6",  # 2025 repository example
        "093d2036bc4a6bab3f956db74856ee98e43bd03b137f7129b5854750335e4940",  # PoR page, 2024-05-20
        "171cfd97a75b5cdff1b511f6e447b1d35c8cca7a2172d11e1c145a89fbf23a99",  # PoR page, 2024-09-29
        "06efdef929fbbd89911926147f2e9e11d2a4a42e7ef1e673ca91be0cd70c4d9d",  # eu.gate.com, 2025-01-17
    }
)

#: v1 variants, tried in this order: (name shown in ``format.variant``, Poseidon chunk width).
V1_VARIANTS = (("Z1b 16-wide", 16), ("Z1a 12-wide", 12))


U64 = Annotated[int, Field(ge=0, lt=2**64)]
BigNat = Annotated[int, Field(ge=0)]


class V1AssetModel(StrictModel):
    Index: Annotated[int, Field(ge=0, lt=V1_ASSET_SLOTS)]
    Equity: U64
    Debt: U64


class V2AssetModel(StrictModel):
    Index: Annotated[int, Field(ge=0, lt=V2_MAX_INDEX)]
    Equity: U64
    Debt: U64
    Loan: U64
    Margin: U64
    PortfolioMargin: U64


class _UserFile(StrictModel):
    """What a v1 and a v2 user file both hold (binance.md §3.2, §4.1)."""

    AccountIndex: Annotated[int, Field(ge=0, lt=2**DEPTH)]
    AccountIdHash: Hex64
    TotalEquity: BigNat
    TotalDebt: BigNat
    Root: Hex64
    Proof: list[str] = Field(max_length=64)  # 28 siblings: checked by zk_smt.decode_siblings


class V1File(_UserFile):
    Assets: list[V1AssetModel] = Field(max_length=V1_ASSET_SLOTS)


class V2File(_UserFile):
    TotalCollateral: BigNat
    Assets: list[V2AssetModel] = Field(max_length=V2_MAX_INDEX)


_V1_KEYS = {"AccountIndex", "AccountIdHash", "TotalEquity", "TotalDebt", "Assets", "Root", "Proof"}
_V1_ASSET_KEYS = {"Index", "Equity", "Debt"}
_V2_ASSET_KEYS = {"Index", "Equity", "Debt", "Loan", "Margin", "PortfolioMargin"}


def _sniff(source: Source, keys: set[str], asset_keys: set[str]) -> bool:
    doc = source.json_or_none()
    if not isinstance(doc, dict) or set(doc) != keys:
        return False
    assets = doc.get("Assets")
    return isinstance(assets, list) and all(isinstance(a, dict) and set(a) == asset_keys for a in assets)


def sniff_v1(source: Source) -> bool:
    if not _sniff(source, _V1_KEYS, _V1_ASSET_KEYS):
        return False
    root = source.json().get("Root")
    return not (isinstance(root, str) and root.lower() in GATEIO_ROOTS)


def sniff_v2(source: Source) -> bool:
    return _sniff(source, _V1_KEYS | {"TotalCollateral"}, _V2_ASSET_KEYS)


# --- computation (pure: the tests' independent builders do not use these) ---------------------------------


@dataclass(frozen=True)
class Computed:
    commitment: int
    leaf: int
    nodes: list[int]  # the node above each level, the last one the root

    @property
    def root(self) -> int:
        return self.nodes[-1]


def v1_compute(doc: V1File, chunk: int, siblings: Sequence[int], id_hash: int) -> Computed:
    commitment = zk_hash.hash_elements(
        v1_commitment_elements((a.Index, a.Equity, a.Debt) for a in doc.Assets), chunk
    )
    leaf = zk_hash.hash_elements([id_hash, doc.TotalEquity, doc.TotalDebt, commitment], chunk)
    return Computed(commitment, leaf, zk_smt.fold(leaf, doc.AccountIndex, siblings))


@lru_cache(maxsize=2)
def v1_compute_empty(chunk: int) -> int:
    """The v1 empty-account leaf for this chunk width: Poseidon(0, 0, 0, commitment of 350 empty slots)."""
    return zk_hash.hash_elements([0, 0, 0, zk_hash.hash_elements(v1_commitment_elements(()), chunk)], chunk)


def v2_assets(doc: V2File) -> list[V2Asset]:
    return [V2Asset(a.Index, a.Equity, a.Debt, a.Loan, a.Margin, a.PortfolioMargin) for a in doc.Assets]


def v2_compute(doc: V2File, siblings: Sequence[int], id_hash: int) -> Computed:
    commitment = zk_hash.hash_elements(v2_commitment_elements(v2_assets(doc)), 16)
    leaf = zk_hash.hash_elements([id_hash, doc.TotalEquity, doc.TotalDebt, doc.TotalCollateral, commitment], 16)
    return Computed(commitment, leaf, zk_smt.fold(leaf, doc.AccountIndex, siblings))


def _top_chain(siblings: Sequence[int], parent: Callable[[int], int]) -> int | None:
    """The lowest level k such that siblings k..27 each equal parent(sibling below, sibling below), i.e. the top
    of the path is a chain of empty subtrees under that hash; None when fewer than 3 levels chain."""
    start = len(siblings) - 1
    while start > 0 and siblings[start] == parent(siblings[start - 1]):
        start -= 1
    return start if len(siblings) - start >= 3 else None


def prerelease_diagnosis(siblings: Sequence[int], released_empties: Sequence[int] | None) -> str | None:
    """Why a file whose root does not recompute may come from a pre-release build (specs/binance.md §3.8, §4.7):
    its empty-subtree siblings were hashed with Poseidon's lane-0 output (the library before 2 Feb 2023), or they
    chain under the released hash but not from the released empty account leaf."""
    lane0 = _top_chain(siblings, lambda x: _p.permute([0, x, x])[0])
    if lane0 is not None:
        return text(
            "Its siblings at levels {low} to {high} are empty subtrees hashed with Poseidon's first output lane, which "
            "Binance's hash library returned only before 2 February 2023: the file was made by a pre-release build.",
            low=lane0 + 1,
            high=len(siblings),
        )
    lane1 = _top_chain(siblings, lambda x: zk_hash.hash_pair(x, x))
    if lane1 is not None and released_empties is not None and siblings[lane1] != released_empties[lane1]:
        return text(
            "Its siblings at levels {low} to {high} are empty subtrees, but not those of the released empty account "
            "leaf: the file was made by a pre-release build.",
            low=lane1 + 1,
            high=len(siblings),
        )
    return None


# --- verification --------------------------------------------------------------------------------------------


def verify_v1(source: Source, options: VerifyOptions) -> Result:
    doc = validate(V1File, source.json(), source.name, text("Binance zk v1 user file"))
    return _Verifier(source.name, doc, options, FORMAT_V1).run()


def verify_v2(source: Source, options: VerifyOptions) -> Result:
    doc = validate(V2File, source.json(), source.name, text("Binance zk v2 user file"))
    return _Verifier(source.name, doc, options, FORMAT_V2).run()


class _Verifier:
    def __init__(self, name: str, doc: V1File | V2File, options: VerifyOptions, fmt: FormatInfo) -> None:
        self.name = name
        self.doc = doc
        self.options = options
        self.v2 = isinstance(doc, V2File)
        self.b = ResultBuilder(name, fmt)
        self.assets: AssetList | None = read_assets(options.assets) if options.assets else None
        self.empty_leaf: int | None = None  # the matching rule set's empty leaf, to mark empty-subtree siblings

    def run(self) -> Result:
        b, doc = self.b, self.doc
        self._inputs_in_field()
        id_hash = int(doc.AccountIdHash, 16)
        siblings = zk_smt.decode_siblings(doc.Proof, self.name, "Proof")
        b.user_id = doc.AccountIdHash.lower()
        self._warnings()
        self._check_assets_listed()
        self._balances()
        self._check_totals()

        expected = normalise_hex(self.options.root.value) if self.options.root else doc.Root.lower()
        if self.v2:
            assert isinstance(doc, V2File)
            computed = v2_compute(doc, siblings, id_hash)
            self.empty_leaf = zk_hash.hash_elements([0, 0, 0, 0, 0])
            tier = v2_tier(len(doc.Assets))
            leaf_label = text("your leaf (tier {tier}: assets padded to {tier} entries)", tier=tier)
        else:
            assert isinstance(doc, V1File)
            computed = self._try_v1_variants(siblings, id_hash, expected)
            leaf_label = text("your leaf (350 asset slots)")
        self._steps(computed, leaf_label, siblings, self.empty_leaf)
        b.check(
            text("leaf"),
            True,
            text(
                "Your leaf {leaf} was recomputed from your AccountIdHash, totals and {count} assets, and folded up the 28 levels of the tree.",
                leaf=zk_hash.hex32(computed.leaf),
                count=len(doc.Assets),
            ),
        )
        root = zk_hash.hex32(computed.root)
        if root != expected:
            self._diagnose(siblings)
        b.expect_root(root, self.options.root, doc.Root, text("the Root field of the file"))
        for value in sorted({expected, doc.Root.lower(), root}):
            if value in EMPTY_ROOTS:
                b.warn("known-empty-root", text("{root} is the root of an empty {kind} tree.", root=value, kind=EMPTY_ROOTS[value]))
        return b.finish()

    # --- hashing ---------------------------------------------------------------------------------------

    def _try_v1_variants(self, siblings: list[int], id_hash: int, expected: str) -> Computed:
        assert isinstance(self.doc, V1File)
        tried: list[tuple[str, Computed]] = []
        # With fewer than 2^27 accounts the top sibling is an empty subtree of the rule set in use: try that one
        # first (it halves the work for 12-wide files); the order changes nothing else.
        order = sorted(V1_VARIANTS, key=lambda v: siblings[-1] != zk_smt.empty_subtrees(v1_compute_empty(v[1]))[-2])
        for name, chunk in order:
            computed = v1_compute(self.doc, chunk, siblings, id_hash)
            if zk_hash.hex32(computed.root) == expected:
                self.b.format = replace(self.b.format, variant=name)
                self.empty_leaf = v1_compute_empty(chunk)
                self.b.warn("variant-matched", text("The {variant} rule set reproduced the root.", variant=name))
                return computed
            tried.append((name, computed))
        roots = ", ".join(f"{n}: {zk_hash.hex32(c.root)}" for n, c in tried)
        self.b.check(
            text("variant"),
            False,
            text("Neither v1 rule set reproduces the expected root ({roots}).", roots=roots),
            expected=expected,
            computed=roots,
        )
        return tried[0][1]

    def _steps(self, computed: Computed, leaf_label: str, siblings: list[int], empty_leaf: int | None) -> None:
        doc = self.doc
        totals = [doc.TotalEquity, doc.TotalDebt] + ([doc.TotalCollateral] if isinstance(doc, V2File) else [])
        inputs = ", ".join(str(v) for v in [doc.AccountIdHash.lower(), *totals, zk_hash.hex32(computed.commitment)])
        empties = zk_smt.empty_subtrees(empty_leaf) if empty_leaf is not None else None
        steps = zk_smt.path_steps(computed.leaf, f"Poseidon({inputs})", doc.AccountIndex, siblings, computed.nodes, empties)
        steps[0] = replace(
            steps[0],
            label=leaf_label,
            note=text("asset commitment {commitment}", commitment=zk_hash.hex32(computed.commitment)),
        )
        self.b.steps.extend(steps)

    def _diagnose(self, siblings: list[int]) -> None:
        if self.v2:
            released: tuple[int, ...] | None = zk_smt.empty_subtrees(zk_hash.hash_elements([0, 0, 0, 0, 0]))
        else:
            released = None  # v1: either width's empty leaf could be meant; the lane-0 test needs neither
        why = prerelease_diagnosis(siblings, released)
        if why is not None:
            self.b.check(text("siblings"), False, why)

    def _inputs_in_field(self) -> None:
        doc = self.doc
        zk_smt.check_index(doc.AccountIndex, self.name, "AccountIndex")
        zk_hash.field_from_hex(doc.AccountIdHash, text("{file} AccountIdHash", file=self.name))
        named = [("TotalEquity", doc.TotalEquity), ("TotalDebt", doc.TotalDebt)]
        if isinstance(doc, V2File):
            named.append(("TotalCollateral", doc.TotalCollateral))
        for key, value in named:
            zk_hash.check_below_field(value, text("{file} {key}", file=self.name, key=key))

    def _check_assets_listed(self) -> None:
        indexes = [a.Index for a in self.doc.Assets]
        if len(set(indexes)) != len(indexes):
            raise InputError("invalid-proof", text("{file}: an asset Index appears twice in Assets.", file=self.name))
        if self.v2 and indexes != sorted(indexes):
            # Binance's code pads assuming ascending order and never sorts: an unsorted list is not its output.
            raise InputError(
                "invalid-proof", text("{file}: Assets must be in ascending Index order (Binance never sorts them).", file=self.name)
            )

    # --- balances and totals -------------------------------------------------------------------------------

    def _balances(self) -> None:
        b = self.b
        fields = ("Equity", "Debt", "Loan", "Margin", "PortfolioMargin") if self.v2 else ("Equity", "Debt")
        missing: list[int] = []
        for asset in self.doc.Assets:
            info = self.assets.get(asset.Index) if self.assets else None
            if info is None:
                missing.append(asset.Index)
            for key in fields:
                value = getattr(asset, key)
                if key != "Equity" and value == 0:
                    continue
                if info is None:
                    b.balances[_label(key, text("asset {index}", index=asset.Index))] = str(value)
                else:
                    b.balances[_label(key, info.symbol)] = info.amount(value)
        if self.assets is None:
            b.warn(
                "asset-data-missing",
                text(
                    "Without the month's cex_assets_info.csv (--assets) the assets are shown by index with raw values "
                    "(token × 10^8, or × 10^2 for two-decimal tokens), and the totals were not re-checked against prices."
                ),
            )
        elif missing:
            b.warn(
                "asset-data-missing",
                text(
                    "The asset list {file} has no entry for index {indexes}: shown with raw values, totals not re-checked.",
                    file=self.assets.source,
                    indexes=", ".join(str(i) for i in missing),
                ),
            )

    def _check_totals(self) -> None:
        """Binance's user tool only hashes the totals; here they are recomputed from amounts × prices (§4.4)."""
        if self.assets is None:
            return
        infos = [(a, self.assets.get(a.Index)) for a in self.doc.Assets]
        if any(info is None for _, info in infos):
            return
        doc, b = self.doc, self.b
        equity = sum(a.Equity * info.base_price for a, info in infos if info)
        debt = sum(a.Debt * info.base_price for a, info in infos if info)
        pairs = [("TotalEquity", doc.TotalEquity, equity), ("TotalDebt", doc.TotalDebt, debt)]
        if isinstance(doc, V2File) and self.assets.has_tiers:
            collateral = sum(
                tiered(a.Loan * info.base_price, info.loan_tiers)
                + tiered(a.Margin * info.base_price, info.margin_tiers)
                + tiered(a.PortfolioMargin * info.base_price, info.portfolio_tiers)
                for a, info in infos
                if info and isinstance(a, V2AssetModel)
            )
            pairs.append(("TotalCollateral", doc.TotalCollateral, collateral))
        elif isinstance(doc, V2File):
            b.warn("asset-data-missing", text("The asset list has no collateral tiers, so TotalCollateral was not re-checked."))
        # Check names are words the app shows (and translates), so each is a text() literal.
        names = {"TotalEquity": text("totalequity"), "TotalDebt": text("totaldebt"),
                 "TotalCollateral": text("totalcollateral")}
        for key, stated, recomputed in pairs:
            ok = stated == recomputed
            b.check(
                names[key],
                ok,
                text(
                    "{key} {stated} (USDT {usdt}) equals the sum of your amounts × the snapshot's prices.",
                    key=key,
                    stated=stated,
                    usdt=_usdt(stated),
                )
                if ok
                else text(
                    "{key} in the file is {stated}, but your amounts × the snapshot's prices give {recomputed}.",
                    key=key,
                    stated=stated,
                    recomputed=recomputed,
                ),
                expected=str(recomputed),
                computed=str(stated),
            )

    def _warnings(self) -> None:
        b = self.b
        b.warn("identity-not-verifiable", text("AccountIdHash is derived from your UID by a method Binance has not published."))
        b.warn("zk-proof-not-verified")
        b.warn("prices-unattested")
        if not self.v2:
            b.warn("cross-asset-netting")
            b.warn("negative-accounts-excluded")


def _label(key: str, symbol: str) -> str:
    """The balance line's name: the symbol for equity, the symbol and what it is for the other amounts."""
    if key == "Debt":
        return text("{symbol} debt", symbol=symbol)
    if key == "Loan":
        return text("{symbol} loan collateral", symbol=symbol)
    if key == "Margin":
        return text("{symbol} margin collateral", symbol=symbol)
    if key == "PortfolioMargin":
        return text("{symbol} portfolio margin collateral", symbol=symbol)
    return symbol


def _usdt(value: int) -> str:
    """USDT × 10^16 → exact USDT text."""
    whole, frac = divmod(value, 10**16)
    return f"{whole}.{frac:016d}".rstrip("0").rstrip(".")


SPEC_V1 = FormatSpec(
    id=FORMAT_V1.id,
    exchange=FORMAT_V1.exchange,
    name=FORMAT_V1.name,
    period="Feb 2023 – Sep 2024",
    needs="the Merkle tree file from Binance's Verification page; optionally the month's cex_assets_info.csv "
    "or config.json (--assets) for names, prices and a totals check",
    sniff=sniff_v1,
    verify=verify_v1,
)

SPEC_V2 = FormatSpec(
    id=FORMAT_V2.id,
    exchange=FORMAT_V2.exchange,
    name=FORMAT_V2.name,
    period="Oct 2024 – now",
    needs="the Merkle tree file from Binance's Verification page; optionally the month's cex_assets_info.csv "
    "(--assets) for names, prices and the totals and collateral check",
    sniff=sniff_v2,
    verify=verify_v2,
)
