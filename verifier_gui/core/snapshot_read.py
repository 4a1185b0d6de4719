"""Reading what an exchange publishes for a whole zk snapshot besides its batch table: the config, Gate.io's
tarball, the files inside a bundle folder. Specs: gateio.md §2.6 (``proof.csv`` + ``cex_config.json``, or
``zkmerkle_cex_YYYYMMDD.tar.gz``), htx_poloniex.md §2.5 (``proof0.csv`` + ``config.json``), binance.md §3.6.
The batch table itself is read by formats/zk_batch_table.py, the same reader ``check`` uses.

Archives are never extracted blindly: every member must be a plain file or folder with a relative name inside
the archive (no ``..``, no absolute path, no links or devices), there is a cap on members and on unpacked bytes,
and the files are written only inside a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import posixpath
import shutil
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .errors import InputError
from .loading import decode_text, parse_json, read_capped
from .text import text

#: Caps for hostile input. A real Gate.io bundle is about 2 MB packed, 3 MB of proof.csv unpacked.
MAX_ARCHIVE_MEMBERS = 1_000
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
MAX_CONFIG_BYTES = 16 * 1024 * 1024


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
