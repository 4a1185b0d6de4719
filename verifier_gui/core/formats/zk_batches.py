"""``check`` on a zk snapshot's batch table: Gate.io's ``proof.csv`` (gateio.md §2.6) and HTX/Poloniex's
``proof0.csv`` (htx_poloniex.md §2.5). Reading is zk_batch_table.py and the checks are zk_batch_checks.py, the
same ones ``reserve-verify snapshot`` runs; this module picks the exchange's rules and words the result:

* the batch numbers, every batch commitment, the chain (a missing batch breaks it);
* "empty start": batch 0 starts from the empty tree of one of Gate.io's AssetCounts, or of HTX's N (from the
  config, else found by scanning 1..220);
* with ``--assets``: "CEX start" (the commitment of zero totals; Gate.io: with the config's prices kept) and
  "CEX totals" (the last "after" CEX commitment is the commitment of the config's totals);
* the last "after" root is the root of the whole tree: compared with ``--root`` when given.

The Groth16 proofs (``proof_info``) are not checked (``zk-proof-not-verified``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

from pydantic import ConfigDict, Field

from ..errors import InputError
from ..hashing.poseidon_bn254 import to_hex
from ..loading import Source
from ..models import StrictModel
from ..options import VerifyOptions
from ..result import FormatInfo, PathStep, Result, ResultBuilder
from ..text import text
from . import zk_user
from . import zk_batch_checks as checks
from .zk_batch_checks import MAX_SCAN_N, htx_empty_root
from .zk_batch_table import Batch, looks_like_batch_table, read_batches
from .zk_hash import decode_b64_32

# --- Gate.io -------------------------------------------------------------------------------------------------


def _first_before_root(source: Source) -> str | None:
    """Batch 0's "before" root, without decoding the other rows (sniffing must stay cheap on real tables)."""
    try:
        for row in csv.DictReader(io.StringIO(source.text, newline="")):
            if (row.get("batch_number") or "").strip() == "0":
                roots = json.loads(row.get("account_tree_roots") or "")
                first = decode_b64_32(roots[0]) if isinstance(roots, list) and roots else None
                return to_hex(first) if first is not None else None
    except (csv.Error, ValueError):
        return None
    return None


def sniff_gateio(source: Source) -> bool:
    """A batch table whose first "before" root is the empty root of one of Gate.io's AssetCounts."""
    if not looks_like_batch_table(source):
        return False
    from .gateio_zk import known_empty_roots

    return _first_before_root(source) in known_empty_roots()


def sniff_htx(source: Source) -> bool:
    """A batch table that is not Gate.io's (HTX's empty roots depend on N, found by scanning)."""
    return looks_like_batch_table(source) and not sniff_gateio(source)


def verify_gateio(source: Source, options: VerifyOptions) -> Result:
    from .gateio_zk import ASSET_COUNTS, FORMAT, TWO_DIGIT, CexConfig, empty_root, known_empty_roots

    batches = read_batches(source, options.progress)
    config = zk_user.load_assets(options, CexConfig, text("Gate.io cex_config.json (asset list)"))
    start = to_hex(batches[0].root_before)
    count = next((c for c in ASSET_COUNTS if empty_root(c) == start), None)
    b = ResultBuilder(source.name, FORMAT)
    b.format = FormatInfo(FORMAT.id, FORMAT.exchange, text("Gate.io zk batch table (proof.csv)"),
                          text("AssetCounts {count}", count=count) if count else None)  # fmt: skip
    checks.check_table(b, batches, options.progress, across_gaps=True)
    b.check(
        text("empty start"),
        count is not None,
        text("Batch 0 starts from the empty tree of AssetCounts {count}.", count=count)
        if count
        else text("Batch 0 does not start from the empty tree of any AssetCounts Gate.io has used."),
        expected=text("one of {roots}", roots=", ".join(empty_root(c) for c in ASSET_COUNTS)),
        computed=start,
    )
    b.warn("zk-proof-not-verified", text("The Groth16 proof of each batch (proof_info) was not checked."))
    b.warn("prices-unattested")
    if config is None or count is None:
        b.warn("totals-not-compared", text("Without cex_config.json (--assets) the final asset totals were not "
                                            "compared with the last batch."))  # fmt: skip
    else:
        entries = sorted(config.CexAssetsInfo, key=lambda a: a.Index)
        if [a.Index for a in entries] != list(range(len(entries))) or len(entries) > count:
            raise InputError("bad-assets", text("{file}: the CexAssetsInfo indexes must run 0, 1, 2, ... up to "
                                                "at most {count}.", file=options.assets, count=count))  # fmt: skip
        zero = checks.slot_commitment([(0, 0, a.BasePrice) for a in entries], count, 12)
        final = checks.slot_commitment([(a.TotalEquity, a.TotalDebt, a.BasePrice) for a in entries], count, 12)
        checks.check_start(b, batches[0], None, zero, name=text("CEX start"))
        checks.check_final(b, batches[-1], final, _name(options.assets), name=text("CEX totals"))
        b.totals = {a.Symbol.upper(): zk_user.scaled(a.TotalEquity - a.TotalDebt, 2 if a.Symbol.lower() in TWO_DIGIT
                                                     else 8) for a in entries if a.TotalEquity or a.TotalDebt}  # fmt: skip
        checks.check_debt(b, [a.Symbol.upper() for a in entries if a.TotalEquity < a.TotalDebt])
    _finish_root(b, batches, options, known_empty_roots())
    return b.finish()


# --- HTX / Poloniex --------------------------------------------------------------------------------------------


class HtxAsset(StrictModel):
    TotalBalance: int
    Symbol: str
    Index: Annotated[int, Field(ge=0, lt=1 << 16)]


class HtxConfig(StrictModel):
    model_config = ConfigDict(frozen=True, extra="ignore", strict=True)
    CexAssetsInfo: list[HtxAsset]


def verify_htx(source: Source, options: VerifyOptions, fmt: FormatInfo) -> Result:
    batches = read_batches(source, options.progress)
    config = zk_user.load_assets(options, HtxConfig, text("HTX config.json (asset list)"))
    start = to_hex(batches[0].root_before)
    b = ResultBuilder(source.name, fmt)
    if config is not None:
        n: int | None = len(config.CexAssetsInfo)
        found = n is not None and htx_empty_root(n) == start
    else:
        n = checks.scan_htx_n(batches[0].root_before, options.progress)
        found = n is not None
    b.format = FormatInfo(fmt.id, fmt.exchange, text("HTX zk v2 batch table (proof0.csv)"),
                          sentences_variant(fmt, n, config is None and found))  # fmt: skip
    checks.check_table(b, batches, options.progress, across_gaps=True)
    b.check(
        text("empty start"),
        found,
        text("Batch 0 starts from the empty tree of {n} assets.", n=n)
        if found
        else text("Batch 0 does not start from the empty tree of the asset count in use."),
        expected=htx_empty_root(n) if n else text("the empty root of some N from 1 to {top}", top=MAX_SCAN_N),
        computed=start,
    )
    if config is None:
        if found:
            b.warn("asset-count-guessed", text("N = {n} found by scanning 1 to {top}.", n=n, top=MAX_SCAN_N))
        b.warn("asset-data-missing", text("Without config.json (--assets) the final asset totals were not checked."))
        b.warn("totals-not-compared")
    elif n:
        ordered = sorted(config.CexAssetsInfo, key=lambda a: a.Index)
        checks.check_start(b, batches[0], None, checks.zero_commitment(n), name=text("CEX start"))
        checks.check_final(b, batches[-1], checks.balance_commitment([a.TotalBalance for a in ordered]), _name(options.assets),
                    name=text("CEX totals"))  # fmt: skip
        b.totals = {a.Symbol.upper(): zk_user.scaled(a.TotalBalance, 8) for a in ordered if a.TotalBalance}
    for code in ("sign-not-bound", "zk-proof-not-verified", "trusted-setup-single-party"):
        b.warn(code)
    _finish_root(b, batches, options, {htx_empty_root(n)} if n else set())
    return b.finish()


def sentences_variant(fmt: FormatInfo, n: int | None, guessed: bool) -> str | None:
    """The variant of an HTX/Poloniex result: the format's own note, then the asset count and how it was found."""
    if not n:
        return fmt.variant
    count = text("N = {n} assets (found by scanning)", n=n) if guessed else text("N = {n} assets", n=n)
    return text("{variant}; {count}", variant=fmt.variant, count=count) if fmt.variant else count


def _name(path: str | None) -> str:
    return Path(path).name if path else ""


def _finish_root(b: ResultBuilder, batches: Sequence[Batch], options: VerifyOptions, empty_roots: set[str]) -> None:
    """The root after the last batch: compared with --root, else shown as the file's (root-from-file)."""
    final = to_hex(batches[-1].root_after)
    b.steps.append(PathStep(text("batch {number}", number=batches[-1].number), None, final,
                            note=text("the account tree's root after the last batch")))  # fmt: skip
    b.expect_root(final, options.root, final, text("the last batch's account_tree_roots"))
    checks.warn_empty_roots(b, {final} | ({options.root.value} if options.root else set()), empty_roots)
