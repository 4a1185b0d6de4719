"""Reading a zk snapshot's batch table, for ``check`` (one file given as a Source) and ``snapshot`` (a file on
disk, streamed): Gate.io's ``proof.csv`` (gateio.md §2.6), HTX/Poloniex's ``proof0.csv`` (htx_poloniex.md §2.5),
Binance's batch proof table as CSV or as the JSON list its export gives (binance.md §3.6, §4.5).

Columns: ``id, created_at, updated_at, deleted_at, proof_info, cex_asset_list_commitments, account_tree_roots,
batch_commitment, batch_number`` (Binance also ``min_account_index, max_account_index, assets_count``); two CSV
dialects (every field quoted, or minimal quoting; CRLF or LF). Rows are read one at a time and keep only what
the checks need; each keeps where it was read (CSV line, or item number in a JSON list) for messages. Every hash
is decoded to a field element below r here, so the checks only hash.

Each command keeps its error code for a malformed table: ``invalid-proof`` for ``check`` (read_batches),
``invalid-snapshot`` for ``snapshot`` (read_table; ``zk-field-overflow`` for a value not below r).
"""

from __future__ import annotations

import base64
import binascii
import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..hashing.poseidon_bn254 import R
from ..loading import Source, decode_text, parse_json, read_capped
from ..progress import Progress
from ..text import text
from .zk_hash import decode_b64_32

#: The columns every row needs (``proof_info`` too for sniffing a CSV as a batch table).
REQUIRED = ("cex_asset_list_commitments", "account_tree_roots", "batch_commitment", "batch_number")
COLUMNS = ("proof_info", *REQUIRED)
MAX_TABLE_BYTES = 1024 * 1024 * 1024
MAX_BATCHES = 10_000_000
_FIELD_LIMIT = 1024 * 1024  # one CSV field (a base64 proof is under 1 KB)
#: Share of the progress bar the reading takes (the commitments take the rest).
READ_SPAN = 0.3


#: Words where a row was read (a CSV line, a JSON item), made only for an error message.
Where = Callable[[], str]


@dataclass(frozen=True)
class Batch:
    number: int
    roots: tuple[int, ...]  # (before, after), or one root for Binance's 2026 rows
    cex: tuple[int, int]  # CEX asset-list commitments (before, after)
    commitment: int
    line: int  # where it was read (CSV line, or item number in a JSON list), for messages
    min_index: int | None = None
    max_index: int | None = None
    assets_count: int | None = None

    @property
    def root_before(self) -> int:
        return self.roots[0]

    @property
    def root_after(self) -> int:
        return self.roots[-1]

    def commitment_inputs(self) -> list[int]:
        """What batch_commitment is the Poseidon of: (root before, root after, CEX before, CEX after), or for
        Binance from May 2026 (root, CEX before, CEX after, min index, max index)."""
        if len(self.roots) == 2:
            return [self.roots[0], self.roots[1], self.cex[0], self.cex[1]]
        return [self.roots[0], self.cex[0], self.cex[1], self.min_index or 0, self.max_index or 0]


def looks_like_batch_table(source: Source) -> bool:
    head = source.data[:4096].lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0].decode("utf-8", "replace")
    names = {c.strip().strip('"') for c in head.split(",")}
    return all(c in names for c in COLUMNS)


def read_batches(source: Source, progress: Progress | None = None) -> list[Batch]:
    """Every row of a batch table given as a Source (``check``), sorted by batch_number (real files are not)."""
    body = source.text
    try:
        return _sorted(_read_csv(io.StringIO(body, newline=""), source.name, len(body), progress), source.name)
    except _Bad as exc:
        raise InputError("invalid-proof", exc.message) from None


def read_table(path: Path, progress: Progress | None = None) -> list[Batch]:
    """Every row of a batch table on disk (CSV streamed, or a JSON list), sorted by batch number."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError("file-unreadable", text("{file}: cannot be read ({reason}).", file=str(path),
                                                 reason=exc.strerror or str(exc))) from None  # fmt: skip
    if size > MAX_TABLE_BYTES:
        raise InputError("file-too-large", text("{file}: larger than the {limit} MB accepted for a batch table.",
                                                file=path.name, limit=MAX_TABLE_BYTES >> 20))  # fmt: skip
    with open(path, "rb") as fh:
        head = fh.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    try:
        if head[:1] in (b"[", b"{"):
            return _sorted(_read_json(path), path.name)
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return _sorted(_read_csv(fh, path.name, size, progress), path.name)
    except UnicodeDecodeError:
        raise InputError("not-text", text("{file}: the batch table is not UTF-8 text.", file=path.name)) from None
    except _Bad as exc:
        raise InputError("zk-field-overflow" if exc.overflow else "invalid-snapshot", exc.message) from None


class _Bad(Exception):
    """A malformed table, before the command names it (``check``: invalid-proof; ``snapshot``: invalid-snapshot,
    or zk-field-overflow for a value not below r, as it always has)."""

    def __init__(self, message: str, overflow: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.overflow = overflow


def _sorted(rows: Iterable[Batch], name: str) -> list[Batch]:
    out = list(rows)
    if not out:
        raise _Bad(text("{file}: the batch table holds no batches.", file=name))
    out.sort(key=lambda r: r.number)
    return out


def _read_csv(lines: Iterable[str], name: str, size: int, progress: Progress | None) -> Iterator[Batch]:
    csv.field_size_limit(_FIELD_LIMIT)
    done = 0  # characters read so far (≈ bytes: the tables are ASCII), for the progress bar

    def counted() -> Iterator[str]:
        nonlocal done
        for line in lines:
            done += len(line)
            yield line

    try:
        reader = csv.DictReader(counted())
        fields = [(f or "").strip() for f in reader.fieldnames or ()]
        if not all(c in fields for c in REQUIRED):
            raise _Bad(text("{file}: not a batch table (columns {columns} expected).", file=name,
                                        columns=", ".join(COLUMNS)))  # fmt: skip
        for count, raw in enumerate(reader):
            if count >= MAX_BATCHES:
                raise _Bad(text("{file}: too many rows.", file=name))
            line = reader.line_num
            where = partial(_csv_place, name, line)
            if None in raw:
                raise _Bad(text("{where}: more fields than columns.", where=where()))
            yield row_from_mapping({(k or "").strip(): v for k, v in raw.items()}, line, where)
            if progress is not None and count % 256 == 0:
                progress.at(READ_SPAN * done / max(size, 1))
    except csv.Error as exc:
        raise _Bad(text("{file}: not a readable CSV batch table ({problem}).", file=name,
                                    problem=str(exc))) from None  # fmt: skip


def _read_json(path: Path) -> list[Batch]:
    doc = parse_json(decode_text(read_capped(path, MAX_TABLE_BYTES), path.name), path.name)
    if isinstance(doc, dict) and len(doc) == 1 and isinstance(next(iter(doc.values())), list):
        doc = next(iter(doc.values()))  # a table wrapped in one key, e.g. {"data": [...]}
    if not isinstance(doc, list):
        raise _Bad(text("{file}: a JSON batch table must be a list of rows.", file=path.name))
    rows = []
    for k, item in enumerate(doc):
        where = partial(_json_place, path.name, k)
        if not isinstance(item, dict):
            raise _Bad(text("{where}: must be an object.", where=where()))
        rows.append(row_from_mapping(item, k, where))
    return rows


def _csv_place(name: str, line: int) -> str:
    return text("{file}, line {line}", file=name, line=line)


def _json_place(name: str, item: int) -> str:
    return text("{file} item {row}", file=name, row=item)


def row_from_mapping(item: dict[str, Any], line: int, where: Where) -> Batch:
    """One table row, from a CSV row or a JSON object (same column names); ``where`` words its place (called only
    for an error: a real table has thousands of rows)."""
    missing = [k for k in REQUIRED if k not in item]
    if missing:
        raise _Bad(text("{where}: the column {column} is missing.", where=where(), column=missing[0]))
    proof = item.get("proof_info")
    if isinstance(proof, str) and proof:
        try:
            base64.b64decode(proof, validate=True)
        except (binascii.Error, ValueError):
            raise _Bad(text("{where}: proof_info is not base64.", where=where())) from None
    cex = _pair(item["cex_asset_list_commitments"], where, "cex_asset_list_commitments", single=False)
    roots = _pair(item["account_tree_roots"], where, "account_tree_roots", single=True)
    extra = {}
    for key in ("min_account_index", "max_account_index", "assets_count"):
        raw = item.get(key)
        extra[key] = None if raw in (None, "") else _whole(raw, where, key, 2**63)
    if len(roots) == 1 and (extra["min_account_index"] is None or extra["max_account_index"] is None):
        raise _Bad(text("{where}: a row with one root must give min_account_index and "
                                    "max_account_index.", where=where()))  # fmt: skip
    return Batch(
        number=_whole(item["batch_number"], where, "batch_number", MAX_BATCHES),
        roots=roots,
        cex=(cex[0], cex[1]),
        commitment=_element(item["batch_commitment"], where, "batch_commitment"),
        line=line,
        min_index=extra["min_account_index"],
        max_index=extra["max_account_index"],
        assets_count=extra["assets_count"],
    )


def _element(value: Any, where: Where, column: str) -> int:
    x = decode_b64_32(value.strip() if isinstance(value, str) else value)
    if x is None:
        raise _Bad(text("{where}: {column} is not a 32-byte field element in base64.", where=where(), column=column))
    if x >= R:
        raise _Bad(text("{where}: {column} is not below the BN254 field order, so it cannot be hashed.",
                        where=where(), column=column), overflow=True)  # fmt: skip
    return x


def _pair(value: Any, where: Where, column: str, single: bool) -> tuple[int, ...]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            value = None
    if not isinstance(value, list) or not (len(value) == 2 or (single and len(value) == 1)):
        raise _Bad(text("{where}: {column} must be a JSON list of two base64 values (before, after).",
                                    where=where(), column=column))  # fmt: skip
    return tuple(_element(v, where, column) for v in value)


def _whole(value: Any, where: Where, column: str, limit: int) -> int:
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit() and len(value.strip()) < 20:
        value = int(value.strip())
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < limit:
        raise _Bad(text("{where}: {column} must be a whole number.", where=where(), column=column))
    return value
