"""Reading what an exchange publishes for a whole zk snapshot: batch tables, their configs, Gate.io's tarball.

Specs: gateio.md §2.6 (``proof.csv`` + ``cex_config.json``, or ``zkmerkle_cex_YYYYMMDD.tar.gz``),
htx_poloniex.md §2.5 (``proof0.csv`` + ``config.json``), binance.md §3.6 and §4.5 (the batch proof table, as CSV
or as the JSON list Binance's table export gives).

Tables are read row by row (real ones hold thousands of batches); each row keeps only what the checks need:
the batch number, the before/after roots and CEX commitments, the batch commitment, and for Binance's 2026 rows
the account index range. The Groth16 proof is only checked to be base64.

Archives are never extracted blindly: every member must be a plain file or folder with a relative name inside
the archive (no ``..``, no absolute path, no links or devices), there is a cap on members and on unpacked bytes,
and the files are written only inside a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import base64
import binascii
import csv
import json
import posixpath
import shutil
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError
from .loading import decode_text, parse_json, read_capped
from .progress import Progress
from .text import text

#: Caps for hostile input. A real Gate.io bundle is about 2 MB packed, 3 MB of proof.csv unpacked.
MAX_ARCHIVE_MEMBERS = 1_000
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
MAX_TABLE_BYTES = 1024 * 1024 * 1024
MAX_CONFIG_BYTES = 16 * 1024 * 1024
MAX_BATCHES = 10_000_000
_FIELD_LIMIT = 1024 * 1024  # one CSV field (a base64 proof is under 1 KB)


@dataclass(frozen=True)
class BatchRow:
    number: int
    roots: tuple[int, ...]  # (before, after), or one root for Binance's 2026 rows
    cex: tuple[int, int]  # CEX asset-list commitments (before, after)
    commitment: int
    line: int  # where it was read (row number, or item number in a JSON list), for messages
    min_index: int | None = None
    max_index: int | None = None
    assets_count: int | None = None


def _hash32(value: Any, where: str) -> int:
    if not isinstance(value, str):
        raise InputError("invalid-snapshot", text("{where}: a hash must be base64 text.", where=where))
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise InputError("invalid-snapshot", text("{where}: {value} is not base64.", where=where, value=value[:60])) from None
    if len(raw) != 32:
        raise InputError("invalid-snapshot", text("{where}: a hash must be 32 bytes; this one has {count}.", where=where, count=len(raw)))
    return int.from_bytes(raw, "big")


def _pair(value: Any, where: str, allow_single: bool = False) -> tuple[int, ...]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise InputError("invalid-snapshot", text("{where}: not a JSON list of two hashes.", where=where)) from None
    if not isinstance(value, list) or not (len(value) == 2 or (allow_single and len(value) == 1)):
        raise InputError("invalid-snapshot", text("{where}: expected a list of two hashes (before, after).", where=where))
    return tuple(_hash32(v, where) for v in value)


def _int(value: Any, where: str, limit: int = 2**63) -> int:
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit() and len(value.strip()) < 20:
        value = int(value.strip())
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < limit:
        raise InputError("invalid-snapshot", text("{where}: expected a whole number.", where=where))
    return value


def row_from_mapping(item: dict[str, Any], line: int, name: str) -> BatchRow:
    """One table row, from a CSV row or a JSON object (same column names)."""
    where = text("{file} row {row}", file=name, row=line)
    missing = [k for k in ("batch_number", "cex_asset_list_commitments", "account_tree_roots", "batch_commitment") if k not in item]
    if missing:
        raise InputError("invalid-snapshot", text("{where}: the column {column} is missing.", where=where, column=missing[0]))
    proof = item.get("proof_info")
    if isinstance(proof, str) and proof:
        try:
            base64.b64decode(proof, validate=True)
        except (binascii.Error, ValueError):
            raise InputError("invalid-snapshot", text("{where}: proof_info is not base64.", where=where)) from None
    cex = _pair(item["cex_asset_list_commitments"], text("{where} cex_asset_list_commitments", where=where))
    roots = _pair(item["account_tree_roots"], text("{where} account_tree_roots", where=where), allow_single=True)
    extra: dict[str, int | None] = {}
    for key in ("min_account_index", "max_account_index", "assets_count"):
        raw = item.get(key)
        extra[key] = None if raw in (None, "") else _int(raw, text("{where} {key}", where=where, key=key))
    if len(roots) == 1 and (extra["min_account_index"] is None or extra["max_account_index"] is None):
        raise InputError("invalid-snapshot", text("{where}: a row with one root must give min_account_index and max_account_index.", where=where))
    return BatchRow(
        number=_int(item["batch_number"], text("{where} batch_number", where=where), MAX_BATCHES),
        roots=roots,
        cex=(cex[0], cex[1]),
        commitment=_hash32(item["batch_commitment"], text("{where} batch_commitment", where=where)),
        line=line,
        min_index=extra["min_account_index"],
        max_index=extra["max_account_index"],
        assets_count=extra["assets_count"],
    )


def read_table(path: Path, progress: Progress | None = None) -> list[BatchRow]:
    """Every batch row of a proof table (CSV, or a JSON list), sorted by batch number."""
    size = _size(path)
    if size > MAX_TABLE_BYTES:
        raise InputError("file-too-large", text("{file}: larger than the {limit} MB accepted for a batch table.", file=path.name, limit=MAX_TABLE_BYTES >> 20))
    with open(path, "rb") as fh:
        head = fh.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    rows = _read_json_table(path) if head[:1] in (b"[", b"{") else list(_read_csv_table(path, size, progress))
    if not rows:
        raise InputError("invalid-snapshot", text("{file}: the batch table holds no batches.", file=path.name))
    rows.sort(key=lambda r: r.number)
    return rows


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as exc:
        raise InputError("file-unreadable", text("{file}: cannot be read ({reason}).", file=str(path), reason=exc.strerror or str(exc))) from None


def _read_csv_table(path: Path, size: int, progress: Progress | None) -> Iterator[BatchRow]:
    csv.field_size_limit(_FIELD_LIMIT)
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            done = [0]  # characters read so far (≈ bytes: the tables are ASCII), for the progress bar

            def lines() -> Iterator[str]:
                for line in fh:
                    done[0] += len(line)
                    yield line

            reader = csv.DictReader(lines())
            if not reader.fieldnames or "batch_commitment" not in [f.strip() for f in reader.fieldnames]:
                raise InputError("invalid-snapshot", text("{file}: not a batch proof table (no batch_commitment column).", file=path.name))
            for count, raw in enumerate(reader):
                if count >= MAX_BATCHES:
                    raise InputError("invalid-snapshot", text("{file}: too many rows.", file=path.name))
                item = {(k or "").strip(): v for k, v in raw.items()}
                if None in raw:
                    raise InputError("invalid-snapshot", text("{file} row {row}: more fields than columns.", file=path.name, row=reader.line_num))
                yield row_from_mapping(item, reader.line_num, path.name)
                if progress is not None and count % 256 == 0:
                    progress.at(0.3 * done[0] / max(size, 1))
    except UnicodeDecodeError:
        raise InputError("not-text", text("{file}: the batch table is not UTF-8 text.", file=path.name)) from None
    except csv.Error as exc:
        raise InputError("invalid-snapshot", text("{file}: not a readable CSV file ({reason}).", file=path.name, reason=str(exc))) from None


def _read_json_table(path: Path) -> list[BatchRow]:
    doc = parse_json(decode_text(read_capped(path, MAX_TABLE_BYTES), path.name), path.name)
    if isinstance(doc, dict) and len(doc) == 1 and isinstance(next(iter(doc.values())), list):
        doc = next(iter(doc.values()))  # a table wrapped in one key, e.g. {"data": [...]}
    if not isinstance(doc, list):
        raise InputError("invalid-snapshot", text("{file}: a JSON batch table must be a list of rows.", file=path.name))
    rows = []
    for k, item in enumerate(doc):
        if not isinstance(item, dict):
            raise InputError("invalid-snapshot", text("{file} item {row}: must be an object.", file=path.name, row=k))
        rows.append(row_from_mapping(item, k, path.name))
    return rows


def read_config(path: Path) -> dict[str, Any]:
    doc = parse_json(decode_text(read_capped(path, MAX_CONFIG_BYTES), path.name), path.name)
    if not isinstance(doc, dict) or not isinstance(doc.get("CexAssetsInfo"), list):
        raise InputError("invalid-assets", text("{file}: not a snapshot configuration (no CexAssetsInfo list).", file=path.name))
    return doc


# --- archives ------------------------------------------------------------------------------------------------


def is_archive(path: Path) -> bool:
    return path.is_file() and tarfile.is_tarfile(path)


@contextmanager
def unpacked(path: Path) -> Iterator[Path]:
    """Unpack a tar(.gz) into a temporary folder, refusing anything that could write outside it."""
    tmp = Path(tempfile.mkdtemp(prefix="reserve-verify-"))
    try:
        _unpack(path, tmp)
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _unsafe(path: Path, why: str) -> InputError:
    return InputError("unsafe-archive", text("{file}: refused to unpack: {why}.", file=path.name, why=why))


def _unpack(path: Path, dest: Path) -> None:
    total = 0
    try:
        with tarfile.open(path, "r:*") as tar:
            for count, member in enumerate(tar):
                if count >= MAX_ARCHIVE_MEMBERS:
                    raise _unsafe(path, text("more than {count} entries", count=MAX_ARCHIVE_MEMBERS))
                name = member.name.replace("\\", "/")
                norm = posixpath.normpath(name)
                if name.startswith("/") or norm == ".." or norm.startswith("../") or (len(name) > 1 and name[1] == ":"):
                    raise _unsafe(path, text("the entry {name} points outside the archive", name=member.name))
                if member.issym() or member.islnk():
                    raise _unsafe(path, text("the entry {name} is a link", name=member.name))
                if member.isdir():
                    continue
                if not member.isfile():
                    raise _unsafe(path, text("the entry {name} is not a plain file", name=member.name))
                total += member.size
                if total > MAX_UNPACKED_BYTES:
                    raise _unsafe(path, text("it unpacks to more than {limit} MB", limit=MAX_UNPACKED_BYTES >> 20))
                target = dest / norm
                if dest.resolve() not in target.resolve().parents:
                    raise _unsafe(path, text("the entry {name} points outside the archive", name=member.name))
                target.parent.mkdir(parents=True, exist_ok=True)
                source = tar.extractfile(member)
                if source is None:
                    continue
                with source, open(target, "xb") as out:
                    shutil.copyfileobj(source, out, 1 << 20)
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise InputError("invalid-snapshot", text("{file}: not a readable archive ({reason}).", file=path.name, reason=str(exc))) from None


def find_one(folder: Path, names: tuple[str, ...]) -> Path | None:
    """The single file under ``folder`` (searched recursively, links ignored) with one of these names."""
    found = [p for p in sorted(folder.rglob("*")) if p.name in names and p.is_file() and not p.is_symlink()]
    if len(found) > 1:
        raise InputError(
            "invalid-snapshot",
            text("{folder}: several files named {name}; give the one to check.", folder=str(folder), name=found[0].name),
        )
    return found[0] if found else None
