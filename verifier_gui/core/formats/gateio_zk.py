"""Gate.io zk-SNARK proof of reserves (``gateio-zk``), Oct 2023 → now. Spec: specs/gateio.md §2.

The user file (``user_config.json``) holds the user's leaf data and 28 siblings of a depth-28 Poseidon sparse
Merkle tree (core/formats/zk_smt.py). The leaf (gateio.md §2.4, the same as Binance zk v1 with chunk width 12):

* asset commitment = Poseidon over AssetCounts slots of (Equity, Debt), packed three integers per element;
* leaf = Poseidon(UniqueIdentification, TotalAssetEquity, TotalAssetDebt, commitment).

AssetCounts is compiled into each release (350 from Oct 2023, 800 from Jul 2025, 500 for one commit) and is in
no file, so every candidate is tried and the one that reproduces the root is reported (``variant``).

With ``--assets`` (the snapshot's ``cex_config.json``) assets get their symbols and prices, and the totals are
re-checked: TotalAssetEquity = sum of Equity x BasePrice, TotalAssetDebt likewise (both in USD x 10^16).

The snapshot bundle's ``proof.csv`` (batch table) is checked by core/formats/zk_batches.py.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated

from pydantic import ConfigDict, Field

from ..errors import InputError
from ..hashing.poseidon_bn254 import W12, from_hex, to_hex
from ..loading import Source
from ..models import Hex64, StrictModel, validate
from ..options import VerifyOptions
from ..registry import FormatSpec
from ..result import FormatInfo, Result, ResultBuilder
from ..text import text
from . import zk_batches, zk_leaf, zk_smt, zk_user

FORMAT = FormatInfo("gateio-zk", "Gate.io", "Gate.io zk-SNARK proof of reserves (user_config.json)")

#: AssetCounts candidates, in the order tried when nothing hints at one (gateio.md §2.9).
ASSET_COUNTS = (350, 800, 500)
#: Official empty-account leaves (gateio.md §5); the 500 one is computed when needed.
EMPTY_LEAF = {
    350: "221970e0ba2d0b02a979e616cf186305372e73aab1e74f749772c9fef54dbf91",
    800: "2853aadbbd06deb5d6a1389d23a89ff47658aaf4a45b287ecfd62df192bd91a4",
}

U64 = Annotated[int, Field(ge=0, lt=1 << 64)]
BigUint = Annotated[int, Field(ge=0)]
AssetIndex = Annotated[int, Field(ge=0, lt=1 << 16)]

#: Gate's "two-digit" tokens (amounts x 10^2, prices x 10^14): ``AssetTypeForTwoDigits`` in
#: gateio/proof-of-reserves utils/constants.go of the AssetCounts-800 release (2025). The list grows with every
#: release and is in no data file, so it is used for display only, and the result says so.
TWO_DIGIT = frozenset(
    "babydoge omi vra qubic btt doge peipei raca hot vinu wen pig shib ladys reef why bttc bome toshi cheems "
    "floki bgsc dsd dbc snek sidus dog zbcn sats hippo say axl coq spell htx dogs pepe bidr xec elon brise apu "
    "moodengeth wgrt wojak aidoge kishu wuf bonk maga mog xen supra x pepper lobo turbo nft myria apepe troll "
    "1cat bitboard lai win rats lunc natix cat atlas zbai akita neirocto lever".split()
)


class GateAsset(StrictModel):
    Index: AssetIndex
    Equity: U64
    Debt: U64


class GateUserFile(StrictModel):
    Arrangement: int
    UniqueIdentification: Hex64
    TotalAssetEquity: BigUint
    TotalAssetDebt: BigUint
    AssetDetails: list[GateAsset]
    TreeRootHash: Hex64
    MerkleProofEncode: list[str]


class PreReleaseUserFile(StrictModel):
    """Gate's pre-release dev files used Binance's key names (gateio.md §2.2); same values and hashing."""

    AccountIndex: int
    AccountIdHash: Hex64
    TotalEquity: BigUint
    TotalDebt: BigUint
    Assets: list[GateAsset]
    Root: Hex64
    Proof: list[str]


class CexAsset(StrictModel):
    TotalEquity: U64
    TotalDebt: U64
    BasePrice: U64
    Symbol: str
    Index: AssetIndex


class CexConfig(StrictModel):
    model_config = ConfigDict(frozen=True, extra="ignore", strict=True)
    CexAssetsInfo: list[CexAsset]


GATE_KEYS = frozenset(GateUserFile.model_fields)
PRERELEASE_KEYS = frozenset(PreReleaseUserFile.model_fields)


def _is_equity_debt_assets(items: object) -> bool:
    return isinstance(items, list) and all(
        isinstance(a, dict) and set(a) == {"Index", "Equity", "Debt"} for a in items
    )


def sniff(source: Source) -> bool:
    doc = source.json_or_none()
    if isinstance(doc, dict) and set(doc) == GATE_KEYS:
        return True
    # Binance-style keys with (Equity, Debt) assets and no TotalCollateral: Gate's pre-release layout, hashed
    # exactly like Binance zk v1's 12-wide variant (see the report: the two formats cannot be told apart).
    if isinstance(doc, dict) and set(doc) == PRERELEASE_KEYS and _is_equity_debt_assets(doc.get("Assets")):
        return True
    return zk_batches.sniff_gateio(source)


def verify(source: Source, options: VerifyOptions) -> Result:
    if zk_batches.looks_like_batch_table(source):
        return zk_batches.verify_gateio(source, options)
    return _verify_user(source, options)


class _User:
    """The user file in one shape, whichever key names it used."""

    def __init__(self, source: Source) -> None:
        doc = source.json()
        name = source.name
        if isinstance(doc, dict) and "Arrangement" in doc:
            f = validate(GateUserFile, doc, name, text("Gate.io zk user file"))
            self.index, self.id_hex, self.equity, self.debt = (
                f.Arrangement, f.UniqueIdentification, f.TotalAssetEquity, f.TotalAssetDebt)  # fmt: skip
            self.assets, self.root, self.proof = f.AssetDetails, f.TreeRootHash, f.MerkleProofEncode
            self.keys = ("Arrangement", "UniqueIdentification", "TotalAssetEquity", "TotalAssetDebt",
                         "AssetDetails", "TreeRootHash", "MerkleProofEncode")  # fmt: skip
            self.prerelease = False
        else:
            f2 = validate(PreReleaseUserFile, doc, name, text("Gate.io zk user file (pre-release key names)"))
            self.index, self.id_hex, self.equity, self.debt = f2.AccountIndex, f2.AccountIdHash, f2.TotalEquity, f2.TotalDebt
            self.assets, self.root, self.proof = f2.Assets, f2.Root, f2.Proof
            self.keys = ("AccountIndex", "AccountIdHash", "TotalEquity", "TotalDebt", "Assets", "Root", "Proof")
            self.prerelease = True
        zk_smt.check_index(self.index, name, self.keys[0])
        self.id = zk_user.parse_field_hex(self.id_hex, name, self.keys[1])
        zk_user.check_field_int(self.equity, name, self.keys[2])
        zk_user.check_field_int(self.debt, name, self.keys[3])
        self.siblings = zk_smt.decode_siblings(self.proof, name, self.keys[6])
        indexes = [a.Index for a in self.assets]
        if indexes != sorted(set(indexes)):
            raise InputError(
                "invalid-proof",
                text("{file}: the assets in {field} must be listed once each, by ascending Index.", file=name,
                     field=self.keys[4]),
            )  # fmt: skip


@lru_cache(maxsize=8)
def empty_leaf(count: int) -> int:
    if count in EMPTY_LEAF:
        return from_hex(EMPTY_LEAF[count])
    return zk_leaf.leaf4(0, 0, 0, zk_leaf.equity_debt_commitment({}, count, W12))


def _top_empty(count: int) -> int:
    return zk_smt.empty_subtrees(empty_leaf(count))[zk_smt.DEPTH - 1]


def empty_root(count: int) -> str:
    return to_hex(zk_smt.empty_subtrees(empty_leaf(count))[zk_smt.DEPTH])


def known_empty_roots() -> set[str]:
    return {empty_root(c) for c in ASSET_COUNTS}


def _verify_user(source: Source, options: VerifyOptions) -> Result:
    user = _User(source)
    config = zk_user.load_assets(options, CexConfig, text("Gate.io cex_config.json (asset list)"))
    b = ResultBuilder(source.name, FORMAT)
    b.user_id = user.id_hex.lower()
    slots = {a.Index: (a.Equity, a.Debt) for a in user.assets}
    target = options.root.value if options.root else user.root.lower()

    # Try the candidates, one whose empty subtree matches the top sibling first (gateio.md §2.9; true while the
    # tree is less than half full). Only the official empty leaves are used for that hint: the 500 one would
    # cost a whole commitment to compute, and that count was used for one commit only.
    order = sorted(ASSET_COUNTS, key=lambda c: c not in EMPTY_LEAF or user.siblings[27] != _top_empty(c))
    tried: dict[int, tuple[int, int, list[int]]] = {}
    matched = None
    for n, count in enumerate(order):
        if options.progress:
            options.progress.at(n / len(order))
        if max(slots, default=-1) >= count:
            continue
        commitment = zk_leaf.equity_debt_commitment(slots, count, W12)
        leaf = zk_leaf.leaf4(user.id, user.equity, user.debt, commitment)
        nodes = zk_smt.fold(leaf, user.index, user.siblings)
        tried[count] = (commitment, leaf, nodes)
        if to_hex(nodes[-1]) == target:
            matched = count
            break
    if not tried:
        raise InputError(
            "invalid-proof",
            text("{file}: an asset Index is beyond every AssetCounts Gate.io has used ({counts}).",
                 file=source.name, counts=", ".join(map(str, ASSET_COUNTS))),
        )  # fmt: skip
    shown = matched if matched is not None else next(iter(tried))
    commitment, leaf, nodes = tried[shown]
    b.format = FormatInfo(
        FORMAT.id,
        FORMAT.exchange,
        FORMAT.name,
        text("AssetCounts {count} (pre-release key names, as Binance zk v1)", count=shown)
        if user.prerelease
        else text("AssetCounts {count}", count=shown),
    )

    _scheme_warnings(b)
    if matched is not None:
        b.warn("asset-count-guessed", text("AssetCounts {count} reproduces the root; it is in no file, so the "
                                            "verifier tried {counts}.", count=matched,
                                            counts=", ".join(map(str, ASSET_COUNTS))))  # fmt: skip
    else:
        b.warn("asset-count-guessed", text("No AssetCounts among {counts} reproduces the root; the path is shown "
                                            "for {count}.", counts=", ".join(map(str, ASSET_COUNTS)), count=shown))  # fmt: skip
    b.check(
        text("leaf"),
        True,
        text("Your leaf {leaf} was recomputed from your id, totals and {n} asset(s) (AssetCounts {count}).",
             leaf=to_hex(leaf), n=len(user.assets), count=shown),
    )  # fmt: skip
    _balances(b, user, config)
    preimage = text(
        "Poseidon(id {id}, equity {equity}, debt {debt}, asset commitment {commitment})",
        id=user.id_hex.lower(), equity=user.equity, debt=user.debt, commitment=to_hex(commitment),
    )  # fmt: skip
    empties = zk_smt.empty_subtrees(empty_leaf(shown))
    steps = zk_smt.path_steps(leaf, preimage, user.index, user.siblings, nodes, empties)
    zk_user.finish_path(b, steps, nodes[-1], options, user.root, user.keys[5], known_empty_roots())
    return b.finish()


def _scheme_warnings(b: ResultBuilder) -> None:
    b.warn("zk-proof-not-verified")
    b.warn("identity-not-verifiable", text("UniqueIdentification is an undocumented hash of your account id."))
    b.warn("prices-unattested")
    b.warn("negative-accounts-excluded")


def _balances(b: ResultBuilder, user: _User, config: CexConfig | None) -> None:
    if config is None:
        for a in user.assets:
            key = text("asset {index}", index=a.Index)
            b.balances[key] = str(a.Equity - a.Debt)
        b.warn(
            "asset-data-missing",
            text("Without the snapshot's cex_config.json (--assets) assets are shown by index, as equity minus debt "
                 "in raw units (10^-8 of a token, 10^-2 for Gate's two-digit tokens); their names, prices and the "
                 "totals check are unknown."),
        )  # fmt: skip
        b.warn("totals-not-compared")
        return
    by_index = {a.Index: a for a in config.CexAssetsInfo}
    equity_sum = debt_sum = 0
    two_digit_shown = []
    for a in user.assets:
        info = by_index.get(a.Index)
        if info is None:
            b.check(
                text("asset list"),
                False,
                text("Asset Index {index} is not in the cex_config.json given.", index=a.Index),
                expected=text("an entry with Index {index}", index=a.Index),
                computed=text("none"),
            )
            continue
        decimals = 2 if info.Symbol.lower() in TWO_DIGIT else 8
        if decimals == 2:
            two_digit_shown.append(info.Symbol.upper())
        b.balances[info.Symbol.upper()] = zk_user.scaled(a.Equity - a.Debt, decimals)
        equity_sum += a.Equity * info.BasePrice
        debt_sum += a.Debt * info.BasePrice
    if two_digit_shown:
        b.warn(
            "unit-scale-unknown",
            text("{symbols} shown in units of 0.01 per Gate's two-digit token list (2025 release); the list changes "
                 "between releases and is in no file.", symbols=", ".join(two_digit_shown)),
        )  # fmt: skip
    ok = equity_sum == user.equity and debt_sum == user.debt
    b.check(
        text("totals"),
        ok,
        text("Your total equity and debt equal your assets times the snapshot's prices (net {net} USD).",
             net=zk_user.scaled(user.equity - user.debt, 16))
        if ok
        else text("Your totals do not equal your assets times the prices of the cex_config.json given."),
        expected=text("equity {equity}, debt {debt}", equity=user.equity, debt=user.debt),
        computed=text("equity {equity}, debt {debt}", equity=equity_sum, debt=debt_sum),
    )  # fmt: skip


SPEC = FormatSpec(
    id=FORMAT.id,
    exchange=FORMAT.exchange,
    name=FORMAT.name,
    period="Oct 2023 →",
    needs="user_config.json from Gate.io's Audits page; optionally the snapshot's cex_config.json (--assets) "
    "for names, prices and the totals check. The bundle's proof.csv is checked on its own.",
    sniff=sniff,
    verify=verify,
)
