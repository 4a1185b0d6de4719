"""HTX "ZK PoR" v2 (``htx-zk-v2``, Sep 2023 →) and Poloniex's copy of it (``poloniex-zk-v2``).
Spec: specs/htx_poloniex.md §2.4–§2.6, §3.

The user file holds AccountIndex, AccountIdHash (SHA-256 of the UID mod r), TotalEquity, TotalDebt (USDT x 10^8),
the non-zero Assets as {Index, Balance} and 28 siblings of the depth-28 Poseidon tree (core/formats/zk_smt.py).

* asset commitment = Poseidon(|bal_0|, ..., |bal_{N-1}|) over the N assets of the audit (chunk width 12);
* leaf = Poseidon(AccountIdHash, |TotalEquity|, |TotalDebt|, commitment).

The signs are dropped before hashing (Go ``big.Int.Bytes()``), so the signs in the file are not bound.
N is in no user file: it is the length of the audit's asset list (``--assets`` config.json) or, without it, found
by trying N = 1..220 (the usual values 168, 174, 205 first; the 12-wide prefix states are shared, so each extra N
costs one short permutation, the leaf and the path).

HTX and Poloniex files are identical in layout: detection names HTX and says so in ``variant``;
``poloniex-zk-v2`` is chosen with ``--format``. A batch table (proof0.csv) is checked by zk_batches.py.
"""

from __future__ import annotations

import hashlib
from typing import Annotated

from pydantic import Field

from ..errors import InputError
from ..hashing.poseidon_bn254 import W12, R, chunk_carries, finish, hash_field, to_hex
from ..loading import Source
from ..models import Hex64, StrictModel, validate
from ..options import VerifyOptions
from ..registry import FormatSpec
from ..result import FormatInfo, Result, ResultBuilder
from ..text import text
from . import zk_batch_checks, zk_batches, zk_smt, zk_user

HTX_VARIANT = text("HTX and Poloniex files look alike; reported as HTX")
POLONIEX_VARIANT = text("chosen with --format: Poloniex ships HTX's v2 code unchanged")
FORMAT_HTX = FormatInfo("htx-zk-v2", "HTX (Huobi)", "HTX zk proof of reserves v2 (user_config.json)", HTX_VARIANT)
FORMAT_POLONIEX = FormatInfo(
    "poloniex-zk-v2", "Poloniex", "Poloniex zk proof of reserves v2 (user_config.json)", POLONIEX_VARIANT
)

#: Asset counts seen in HTX's repository (the sample's 168, the code's 174 and 205), tried first.
LIKELY_N = (168, 174, 205)
MAX_N = zk_batch_checks.MAX_SCAN_N

#: HTX's "two-digit" symbols at its repository head (amounts x 10^2): htx_poloniex.md §2.4.
TWO_DIGIT = frozenset("ladys brise caw nft bonk xen lovely btt aidoge babydoge shib pepe".split())

I64 = Annotated[int, Field(ge=-(1 << 63), lt=1 << 63)]


class HtxAssetEntry(StrictModel):
    Index: Annotated[int, Field(ge=0, lt=1 << 16)]
    Balance: I64


class HtxUserFile(StrictModel):
    AccountIndex: int
    AccountIdHash: Hex64
    TotalEquity: int
    TotalDebt: int
    Assets: list[HtxAssetEntry]
    Root: Hex64
    Proof: list[str]


KEYS = frozenset(HtxUserFile.model_fields)


def sniff(source: Source) -> bool:
    doc = source.json_or_none()
    if isinstance(doc, dict) and set(doc) == KEYS:
        assets = doc.get("Assets")
        return isinstance(assets, list) and all(isinstance(a, dict) and set(a) == {"Index", "Balance"} for a in assets)
    return zk_batches.sniff_htx(source)


def _never(source: Source) -> bool:
    return False


def verify_htx(source: Source, options: VerifyOptions) -> Result:
    return _verify(source, options, FORMAT_HTX)


def verify_poloniex(source: Source, options: VerifyOptions) -> Result:
    return _verify(source, options, FORMAT_POLONIEX)


def _verify(source: Source, options: VerifyOptions, fmt: FormatInfo) -> Result:
    if zk_batches.looks_like_batch_table(source):
        return zk_batches.verify_htx(source, options, fmt)
    f = validate(HtxUserFile, source.json(), source.name, text("HTX zk v2 user file"))
    name = source.name
    zk_smt.check_index(f.AccountIndex, name, "AccountIndex")
    account = zk_user.parse_field_hex(f.AccountIdHash, name, "AccountIdHash")
    equity = zk_user.check_field_int(abs(f.TotalEquity), name, "TotalEquity")
    debt = zk_user.check_field_int(abs(f.TotalDebt), name, "TotalDebt")
    siblings = zk_smt.decode_siblings(f.Proof, name, "Proof")
    indexes = [a.Index for a in f.Assets]
    if len(set(indexes)) != len(indexes):
        raise InputError("invalid-proof", text("{file}: an asset Index appears twice in Assets.", file=name))
    config = zk_user.load_assets(options, zk_batches.HtxConfig, text("HTX config.json (asset list)"))
    balances = {a.Index: abs(a.Balance) for a in f.Assets}
    top = max(balances, default=-1)
    target = options.root.value if options.root else f.Root.lower()

    scan = [n for n in LIKELY_N if n > top] + [n for n in range(top + 1, MAX_N + 1) if n not in LIKELY_N]
    # With a config its length is N; the scan after it only serves to explain a config from another audit.
    config_n = len(config.CexAssetsInfo) if config is not None else None
    candidates = scan if config_n is None else [config_n] + [n for n in scan if n != config_n]
    if not candidates or candidates[0] <= top:
        raise InputError(
            "invalid-proof",
            text("{file}: asset Index {index} is beyond the asset list's {count} entries.", file=name, index=top,
                 count=candidates[0] if candidates else MAX_N),
        )  # fmt: skip
    vector = [balances.get(i, 0) for i in range(max(candidates))]
    carries = [(0, [])] + list(chunk_carries(vector, W12))  # carries[k]: after k full chunks

    def commitment(n: int) -> int:
        k, m = divmod(n, 12)
        return carries[k][1][1] if m == 0 else finish(carries[k][0], vector[12 * k : n])

    matched = None
    tried: dict[int, tuple[int, int, list[int]]] = {}
    for step, n in enumerate(candidates):
        if options.progress and step % 16 == 0:
            options.progress.at(step / len(candidates))
        c = commitment(n)
        leaf = hash_field([account, equity, debt, c])
        nodes = zk_smt.fold(leaf, f.AccountIndex, siblings)
        if not tried:
            tried[n] = (c, leaf, nodes)
        if to_hex(nodes[-1]) == target:
            tried[n] = (c, leaf, nodes)
            matched = n
            break
    shown = candidates[0] if config_n is not None or matched is None else matched
    c, leaf, nodes = tried[shown]

    b = ResultBuilder(name, fmt)
    b.user_id = f.AccountIdHash.lower()
    guessed = config is None
    b.format = FormatInfo(fmt.id, fmt.exchange, fmt.name, zk_batches.sentences_variant(fmt, shown, guessed))
    for code in ("sign-not-bound", "unsalted-id", "zk-proof-not-verified", "trusted-setup-single-party",
                 "cross-asset-netting"):  # fmt: skip
        b.warn(code)
    if guessed:
        b.warn(
            "asset-count-guessed",
            text("N = {n} reproduces the root; it was found by trying N = 1 to {top}.", n=matched, top=MAX_N)
            if matched
            else text("No asset count from 1 to {top} reproduces the root; the path is shown for N = {n}.", top=MAX_N,
                      n=shown),
        )  # fmt: skip
    if matched and matched not in (174, 205):
        b.warn("official-tool-differs", text("HTX's own user verifier hard-codes N = 174 (205 in its first "
                                              "version), so it reports a failure for this file."))  # fmt: skip
    negative = [a.Index for a in f.Assets if a.Balance < 0]
    if negative or f.TotalEquity < 0 or f.TotalDebt < 0:
        b.warn("negative-balance", text("The file holds negative values; only their absolute values are hashed."))
    b.check(
        text("leaf"),
        True,
        text("Your leaf {leaf} was recomputed from your id, totals and {count} asset(s) with N = {n}.",
             leaf=to_hex(leaf), count=len(f.Assets), n=shown),
    )  # fmt: skip
    if config_n is not None and matched is not None and matched != config_n:
        b.check(
            text("asset count"),
            False,
            text("The config given lists {given} assets, but the root is reproduced with N = {n}: the config is "
                 "probably from another audit.", given=config_n, n=matched),
            expected=text("N = {n}", n=matched),
            computed=text("N = {n}", n=config_n),
        )  # fmt: skip
    _balances(b, f, config)
    _check_uid(b, f.AccountIdHash, options)
    preimage = text(
        "Poseidon(id {id}, |equity| {equity}, |debt| {debt}, asset commitment {commitment})",
        id=f.AccountIdHash.lower(), equity=equity, debt=debt, commitment=to_hex(c),
    )  # fmt: skip
    empty_leaf = hash_field([0, 0, 0, zk_batch_checks.zero_commitment(shown)])
    empties = zk_smt.empty_subtrees(empty_leaf)
    steps = zk_smt.path_steps(leaf, preimage, f.AccountIndex, siblings, nodes, empties)
    zk_user.finish_path(b, steps, nodes[-1], options, f.Root, "Root", {to_hex(empties[zk_smt.DEPTH])})
    return b.finish()


def account_id_hash(uid: str) -> int:
    """HTX's AccountIdHash: SHA-256 of the UID as decimal text, read big-endian, mod r (htx_poloniex.md §2.4)."""
    return int.from_bytes(hashlib.sha256(uid.strip().encode()).digest(), "big") % R


def _check_uid(b: ResultBuilder, written: str, options: VerifyOptions) -> None:
    """With the UID the user typed (--uid), the id in the leaf can be tied to the account (weaknesses.md A7)."""
    uid = (options.record or {}).get("uid")
    if uid is None:
        b.warn("identity-not-verifiable", text("Give your UID (--uid) to check that AccountIdHash is yours."))
        return
    computed = to_hex(account_id_hash(uid))
    ok = computed == written.lower()
    b.check(
        text("account id"),
        ok,
        text("AccountIdHash is SHA-256 of the UID {uid} you gave (mod r).", uid=uid.strip())
        if ok
        else text("AccountIdHash is not SHA-256 of the UID {uid} you gave: this proof is not for that account.",
                  uid=uid.strip()),
        expected=written.lower(),
        computed=computed,
    )  # fmt: skip


def _balances(b: ResultBuilder, f: HtxUserFile, config: zk_batches.HtxConfig | None) -> None:
    b.check(
        text("totals"),
        True,
        text("Your totals as written: equity {equity} USDT, debt {debt} USDT (not re-checked: HTX publishes no "
             "prices).", equity=zk_user.scaled(f.TotalEquity, 8), debt=zk_user.scaled(f.TotalDebt, 8)),
    )  # fmt: skip
    if config is None:
        for a in f.Assets:
            b.balances[text("asset {index}", index=a.Index)] = str(a.Balance)
        b.warn(
            "asset-data-missing",
            text("Without the audit's config.json (--assets) assets are shown by index in raw units (10^-8 of a "
                 "token, 10^-2 for a few small-value tokens) and the asset count N had to be found by scanning."),
        )  # fmt: skip
        return
    symbols = {a.Index: a.Symbol for a in config.CexAssetsInfo}
    for a in f.Assets:
        symbol = symbols.get(a.Index, "")
        decimals = 2 if symbol.lower() in TWO_DIGIT else 8
        b.balances[symbol.upper() or text("asset {index}", index=a.Index)] = zk_user.scaled(a.Balance, decimals)


SPEC = FormatSpec(
    id=FORMAT_HTX.id,
    exchange=FORMAT_HTX.exchange,
    name=FORMAT_HTX.name,
    period="Sep 2023 →",
    needs="the v2 user_config.json; optionally the audit's config.json (--assets) for the asset count, names "
    "and units. The batch table proof0.csv is checked on its own.",
    sniff=sniff,
    verify=verify_htx,
)

POLONIEX_SPEC = FormatSpec(
    id=FORMAT_POLONIEX.id,
    exchange=FORMAT_POLONIEX.exchange,
    name=FORMAT_POLONIEX.name,
    period="— (code published, no Poloniex v2 data seen)",
    needs="the v2 user_config.json (choose with --format: the file looks exactly like HTX's)",
    sniff=_never,
    verify=verify_poloniex,
)
