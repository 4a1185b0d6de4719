"""The batch table (``proof.csv``) of Gate.io's snapshot bundle and HTX/Poloniex's ``proof0.csv``: the chain of
batch commitments that ties the published root to the published asset totals (gateio.md §2.6,
htx_poloniex.md §2.5). What ``check`` on such a file verifies, in order of batch_number:

1. the batch numbers run 0, 1, 2, ... without gaps or repeats;
2. batch_commitment = Poseidon(rootBefore, rootAfter, cexBefore, cexAfter) for every row;
3. each row's "before" values equal the previous row's "after" values;
4. the first "before" root is the empty tree's root and the first "before" CEX commitment that of zero totals
   (Gate.io: with the config's prices kept; HTX: N zeros);
5. with ``--assets``, the last "after" CEX commitment equals the commitment of the config's totals.

The Groth16 proofs (``proof_info``) are not checked (``zk-proof-not-verified``). The last "after" root is the root
of the whole tree: compared with ``--root`` when given. Columns: ``id, created_at, updated_at, deleted_at,
proof_info, cex_asset_list_commitments, account_tree_roots, batch_commitment, batch_number``; two CSV dialects
(every field quoted, or minimal quoting; CRLF or LF).
"""

from __future__ import annotations

import base64
import binascii
import csv
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated

from pydantic import ConfigDict, Field

from ..errors import InputError
from ..hashing.poseidon_bn254 import R, W12, chunk_carries, finish, hash_field, to_hex
from ..loading import Source
from ..models import StrictModel
from ..options import VerifyOptions
from ..result import FormatInfo, PathStep, Result, ResultBuilder
from ..text import text
from . import zk_smt, zk_user

COLUMNS = ("proof_info", "cex_asset_list_commitments", "account_tree_roots", "batch_commitment", "batch_number")
MAX_SCAN_N = 220  # HTX: asset counts tried when no config gives N (htx_poloniex.md §2.4)


@dataclass(frozen=True)
class Batch:
    number: int
    root_before: int
    root_after: int
    cex_before: int
    cex_after: int
    commitment: int
    line: int


def looks_like_batch_table(source: Source) -> bool:
    head = source.data[:4096].lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0].decode("utf-8", "replace")
    names = {c.strip().strip('"') for c in head.split(",")}
    return all(c in names for c in COLUMNS)


def _b64_element(value: str, file: str, line: int, column: str) -> int:
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    x = int.from_bytes(raw, "big")
    if len(raw) != 32 or x >= R:
        raise InputError(
            "invalid-proof",
            text("{file}, line {line}: {column} is not a 32-byte field element in base64.", file=file, line=line,
                 column=column),
        )  # fmt: skip
    return x


def _pair(value: str, file: str, line: int, column: str) -> tuple[int, int]:
    try:
        items = json.loads(value)
    except ValueError:
        items = None
    if not (isinstance(items, list) and len(items) == 2 and all(isinstance(i, str) for i in items)):
        raise InputError(
            "invalid-proof",
            text("{file}, line {line}: {column} must be a JSON list of two base64 values (before, after).",
                 file=file, line=line, column=column),
        )  # fmt: skip
    return _b64_element(items[0], file, line, column), _b64_element(items[1], file, line, column)


def read_batches(source: Source) -> list[Batch]:
    """Every row, sorted by batch_number (real files are not sorted)."""
    try:
        return _read_batches(source)
    except csv.Error as exc:
        raise InputError("invalid-proof", text("{file}: not a readable CSV batch table ({problem}).",
                                               file=source.name, problem=str(exc))) from None  # fmt: skip


def _read_batches(source: Source) -> list[Batch]:
    reader = csv.DictReader(io.StringIO(source.text, newline=""))
    if reader.fieldnames is None or not all(c in reader.fieldnames for c in COLUMNS):
        raise InputError("invalid-proof", text("{file}: not a batch table (columns {columns} expected).",
                                               file=source.name, columns=", ".join(COLUMNS)))  # fmt: skip
    out = []
    for row in reader:
        line = reader.line_num
        number_text = (row.get("batch_number") or "").strip()
        if not re.fullmatch(r"[0-9]{1,9}", number_text):
            raise InputError("invalid-proof", text("{file}, line {line}: batch_number must be a whole number.",
                                                   file=source.name, line=line))  # fmt: skip
        roots = _pair(row.get("account_tree_roots") or "", source.name, line, "account_tree_roots")
        cex = _pair(row.get("cex_asset_list_commitments") or "", source.name, line, "cex_asset_list_commitments")
        commitment = _b64_element((row.get("batch_commitment") or "").strip(), source.name, line, "batch_commitment")
        out.append(Batch(int(number_text), roots[0], roots[1], cex[0], cex[1], commitment, line))
    if not out:
        raise InputError("invalid-proof", text("{file}: the batch table has no rows.", file=source.name))
    out.sort(key=lambda b: b.number)
    return out


# --- Gate.io -------------------------------------------------------------------------------------------------

U64 = Annotated[int, Field(ge=0, lt=1 << 64)]


def _first_before_root(source: Source) -> str | None:
    """Batch 0's "before" root, without decoding the other rows (sniffing must stay cheap on real tables)."""
    try:
        for row in csv.DictReader(io.StringIO(source.text, newline="")):
            if (row.get("batch_number") or "").strip() == "0":
                return to_hex(_pair(row.get("account_tree_roots") or "", source.name, 0, "account_tree_roots")[0])
    except (csv.Error, InputError):
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


def _gate_cex_commitment(entries: Sequence[tuple[int, int, int]], count: int) -> int:
    elements = [(e << 128) + (d << 64) + p for e, d, p in entries] + [0] * (count - len(entries))
    return hash_field(elements, W12)


def verify_gateio(source: Source, options: VerifyOptions) -> Result:
    from .gateio_zk import ASSET_COUNTS, FORMAT, TWO_DIGIT, CexConfig, empty_root

    batches = read_batches(source)
    config = zk_user.load_assets(options, CexConfig, "Gate.io cex_config.json (asset list)")
    start = to_hex(batches[0].root_before)
    count = next((c for c in ASSET_COUNTS if empty_root(c) == start), None)
    b = ResultBuilder(source.name, FORMAT)
    b.format = FormatInfo(FORMAT.id, FORMAT.exchange, text("Gate.io zk batch table (proof.csv)"),
                          text("AssetCounts {count}", count=count) if count else None)  # fmt: skip
    _chain(b, batches, options)
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
        zero = _gate_cex_commitment([(0, 0, a.BasePrice) for a in entries], count)
        final = _gate_cex_commitment([(a.TotalEquity, a.TotalDebt, a.BasePrice) for a in entries], count)
        _check_cex_ends(b, batches, zero, final)
        b.totals = {a.Symbol.upper(): zk_user.scaled(a.TotalEquity - a.TotalDebt, 2 if a.Symbol.lower() in TWO_DIGIT
                                                     else 8) for a in entries if a.TotalEquity or a.TotalDebt}  # fmt: skip
        negative = [a.Symbol.upper() for a in entries if a.TotalEquity < a.TotalDebt]
        b.check(text("asset totals"), not negative,
                text("No asset has more debt than equity.") if not negative
                else text("Assets with more debt than equity: {symbols}.", symbols=", ".join(negative)))  # fmt: skip
    _finish_root(b, batches, options, known_roots=set())
    return b.finish()


# --- HTX / Poloniex --------------------------------------------------------------------------------------------


class HtxAsset(StrictModel):
    TotalBalance: int
    Symbol: str
    Index: Annotated[int, Field(ge=0, lt=1 << 16)]


class HtxConfig(StrictModel):
    model_config = ConfigDict(frozen=True, extra="ignore", strict=True)
    CexAssetsInfo: list[HtxAsset]


@lru_cache(maxsize=4)
def htx_zero_commitments(limit: int = MAX_SCAN_N) -> tuple[int, ...]:
    """Poseidon of N zeros for N = 1..limit (index N - 1), sharing the 12-wide prefix states."""
    zeros = [0] * limit
    carries = [0] + [c for c, _ in chunk_carries(zeros, W12)]
    states = [s for _, s in chunk_carries(zeros, W12)]
    out = []
    for n in range(1, limit + 1):
        k, m = divmod(n, 12)
        out.append(states[k - 1][1] if m == 0 else finish(carries[k], zeros[:m]))
    return tuple(out)


@lru_cache(maxsize=512)
def htx_empty_root(n: int) -> str:
    leaf = hash_field([0, 0, 0, htx_zero_commitments(max(n, MAX_SCAN_N))[n - 1]])
    return to_hex(zk_smt.empty_subtrees(leaf)[zk_smt.DEPTH])


def verify_htx(source: Source, options: VerifyOptions, fmt: FormatInfo) -> Result:
    batches = read_batches(source)
    config = zk_user.load_assets(options, HtxConfig, "HTX config.json (asset list)")
    start = to_hex(batches[0].root_before)
    b = ResultBuilder(source.name, fmt)
    if config is not None:
        n: int | None = len(config.CexAssetsInfo)
        found = n is not None and htx_empty_root(n) == start
    else:
        n, found = _scan_n(start, options)
    b.format = FormatInfo(fmt.id, fmt.exchange, text("HTX zk v2 batch table (proof0.csv)"),
                          sentences_variant(fmt, n, config is None and found))  # fmt: skip
    _chain(b, batches, options)
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
        zero = htx_zero_commitments(max(n, MAX_SCAN_N))[n - 1]
        final = hash_field([abs(a.TotalBalance) for a in ordered], W12)
        _check_cex_ends(b, batches, zero, final)
        b.totals = {a.Symbol.upper(): zk_user.scaled(a.TotalBalance, 8) for a in ordered if a.TotalBalance}
    for code in ("sign-not-bound", "zk-proof-not-verified", "trusted-setup-single-party"):
        b.warn(code)
    _finish_root(b, batches, options, known_roots=set())
    return b.finish()


def sentences_variant(fmt: FormatInfo, n: int | None, guessed: bool) -> str | None:
    """The variant of an HTX/Poloniex result: the format's own note, then the asset count and how it was found."""
    if not n:
        return fmt.variant
    count = text("N = {n} assets (found by scanning)", n=n) if guessed else text("N = {n} assets", n=n)
    return text("{variant}; {count}", variant=fmt.variant, count=count) if fmt.variant else count


def _scan_n(start: str, options: VerifyOptions) -> tuple[int | None, bool]:
    for n in range(1, MAX_SCAN_N + 1):
        if options.progress and n % 20 == 0:
            options.progress.at(n / MAX_SCAN_N / 2)
        if htx_empty_root(n) == start:
            return n, True
    return None, False


# --- shared checks ---------------------------------------------------------------------------------------------


def _chain(b: ResultBuilder, batches: Sequence[Batch], options: VerifyOptions) -> None:
    bad_numbers = [x.number for k, x in enumerate(batches) if x.number != k]
    b.check(
        text("batch numbers"),
        not bad_numbers,
        text("Batches 0 to {last} are all present, once each.", last=len(batches) - 1)
        if not bad_numbers
        else text("The batch numbers do not run 0, 1, 2, ...; first out of place: {number}.", number=bad_numbers[0]),
        expected=text("0 to {last}", last=len(batches) - 1),
        computed=", ".join(str(x.number) for x in batches[:8]) + ("…" if len(batches) > 8 else ""),
    )
    wrong: list[Batch] = []
    for k, x in enumerate(batches):
        if options.progress and k % 64 == 0:
            options.progress.at(0.5 + 0.5 * k / len(batches))
        if hash_field([x.root_before, x.root_after, x.cex_before, x.cex_after]) != x.commitment:
            wrong.append(x)
    first = wrong[0] if wrong else None
    b.check(
        text("batch commitments"),
        not wrong,
        text("All {count} batch commitments equal Poseidon(root before, root after, CEX before, CEX after).",
             count=len(batches))
        if first is None
        else text("{bad} of {count} batch commitments are wrong; the first is batch {number} (line {line}).",
                  bad=len(wrong), count=len(batches), number=first.number, line=first.line),
        expected=to_hex(first.commitment) if first else "",
        computed=to_hex(hash_field([first.root_before, first.root_after, first.cex_before, first.cex_after]))
        if first else "",
    )  # fmt: skip
    breaks = [(p, x) for p, x in zip(batches, batches[1:]) if (x.root_before, x.cex_before) != (p.root_after, p.cex_after)]
    b.check(
        text("chain"),
        not breaks,
        text("Each batch starts where the one before it ended.")
        if not breaks
        else text("Batch {number} does not start where batch {previous} ended.", number=breaks[0][1].number,
                  previous=breaks[0][0].number),
        expected=text("root {root}", root=to_hex(breaks[0][0].root_after)) if breaks else "",
        computed=text("root {root}", root=to_hex(breaks[0][1].root_before)) if breaks else "",
    )  # fmt: skip


def _check_cex_ends(b: ResultBuilder, batches: Sequence[Batch], zero: int, final: int) -> None:
    ok_start = batches[0].cex_before == zero
    b.check(
        text("CEX start"),
        ok_start,
        text("Batch 0 starts from the commitment of zero totals.")
        if ok_start
        else text("Batch 0 does not start from the commitment of zero totals of this asset list."),
        expected=to_hex(zero),
        computed=to_hex(batches[0].cex_before),
    )
    ok_end = batches[-1].cex_after == final
    b.check(
        text("CEX totals"),
        ok_end,
        text("The last batch ends at the commitment of the asset totals of the config given.")
        if ok_end
        else text("The last batch's CEX commitment is not the commitment of the asset totals of the config given."),
        expected=to_hex(final),
        computed=to_hex(batches[-1].cex_after),
    )


def _finish_root(b: ResultBuilder, batches: Sequence[Batch], options: VerifyOptions, known_roots: set[str]) -> None:
    final = to_hex(batches[-1].root_after)
    b.steps.append(PathStep(text("batch {number}", number=batches[-1].number), None, final,
                            note=text("the account tree's root after the last batch")))  # fmt: skip
    b.expect_root(final, options.root, final, text("the last batch's account_tree_roots"))

