"""The published root: typed as hex, or read from a file the exchange publishes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError
from .loading import Source
from .result import normalise_hex
from .text import text as T

_HEX_ROOT = re.compile(r"(0[xX])?[0-9a-fA-F]{16,128}")
# Keys under which published root files hold the root (checked at the top level, then one level down).
_ROOT_KEYS = ("root", "mtree_root", "merkle_root", "merkleRoot", "root_hash", "rootHash")
# Roots deeper inside a published file: SwissBorg's audit roots hold the audit commitment at audit.commitment.digest.
_NESTED_ROOTS = (("audit", "commitment", "digest"),)
#: Root files are small, except OKX zk-STARK v2's sum_proof_data.json, which carries a whole plonky2 proof
#: (its public inputs hold the root); anything bigger than this is not a root file.
MAX_ROOT_FILE_BYTES = 64 * 1024 * 1024
#: OKX zk-STARK v2 public inputs are Goldilocks elements written as raw u64 (specs/okx.md §5.2).
_GOLDILOCKS_P = 2**64 - 2**32 + 1


@dataclass(frozen=True)
class PublishedRoot:
    """The root the exchange published (lower-case hex) and where it came from, in words."""

    value: str
    origin: str
    # The root file itself, when the root came from one: formats read more than the hash from it or beside it
    # (published totals, SwissBorg's per-partition roots).
    path: str | None = None
    # Totals the same file publishes with the root (OKX zk-STARK v2: equity and debt), as exact integer text.
    totals: dict[str, str] | None = None


def looks_like_hex_root(text: str) -> bool:
    return bool(_HEX_ROOT.fullmatch(text.strip()))


#: Where a root typed into the app came from, in words (the command line says "typed in").
APP_TYPED_ORIGIN = T("typed in the app")


def parse_root_argument(text: str, typed_origin: str = T("typed in")) -> PublishedRoot:
    """``--root`` / the app's root box: a hex string (any case, optional 0x) or the path of a root file."""
    stripped = text.strip()
    if not stripped:
        raise InputError("bad-root", T("The published root is empty."))
    if looks_like_hex_root(stripped):
        return PublishedRoot(normalise_hex(stripped), typed_origin)
    if Path(stripped).is_file():
        return read_root_file(stripped)
    raise InputError(
        "bad-root",
        T(
            "The published root {stripped!r} is neither a hexadecimal hash (16 to 128 hex digits) nor a file that "
            "exists.",
            stripped=stripped[:80],
        ),
    )


def read_root_file(path: str) -> PublishedRoot:
    """Read a root from a published file: a text file holding the hex, or JSON with a root field."""
    source = Source.from_path(path, max_bytes=MAX_ROOT_FILE_BYTES)
    from .formats import zk_batch_table  # here, not at the top: the formats import this module

    if zk_batch_table.looks_like_batch_table(source):
        # a zk snapshot's batch table (Gate.io proof.csv, HTX proof0.csv): the root after its last batch
        last = zk_batch_table.read_batches(source)[-1]
        return PublishedRoot(format(last.root_after, "064x"), T("the last batch of {path}", path=path), path=path)
    doc = source.json_or_none()
    if doc is not None:
        zk_v2 = _okx_zk_v2_public_inputs(doc, path)
        if zk_v2 is not None:
            return zk_v2
        found = _find_root_in_json(doc)
        if found is None:
            raise InputError(
                "bad-root",
                T(
                    "{path}: no root found in this file (looked for the keys {ROOT_KEYS}).",
                    path=path, ROOT_KEYS=', '.join(_ROOT_KEYS),
                ),
            )
        return PublishedRoot(normalise_hex(found), T("the file {path}", path=path), path=path)
    words = source.text.split()
    if len(words) == 1 and looks_like_hex_root(words[0]):
        return PublishedRoot(normalise_hex(words[0]), T("the file {path}", path=path), path=path)
    raise InputError("bad-root", T("{path}: this file does not hold a single hexadecimal root.", path=path))


def _find_root_in_json(doc: Any) -> str | None:
    layers = [doc] + ([v for v in doc.values() if isinstance(v, dict)] if isinstance(doc, dict) else [])
    for layer in layers:
        if not isinstance(layer, dict):
            continue
        for key in _ROOT_KEYS:
            value = layer.get(key)
            if isinstance(value, str) and looks_like_hex_root(value):
                return value
    for keys in _NESTED_ROOTS:
        value = doc
        for key in keys:
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, str) and looks_like_hex_root(value):
            return value
    if isinstance(doc, str) and looks_like_hex_root(doc):
        return doc
    return None


def _okx_zk_v2_public_inputs(doc: Any, path: str) -> PublishedRoot | None:
    """OKX zk-STARK v2 ``sum_proof_data.json``: ``proof.public_inputs`` = [equity, debt, root0..root3] as raw
    u64 (reduced mod the Goldilocks prime here). The root is written as plonky2 writes hashes: each element as 8
    little-endian bytes, in hex. None when the document is not of that shape."""
    proof = doc.get("proof") if isinstance(doc, dict) else None
    inner = proof.get("proof") if isinstance(proof, dict) else None
    inputs = proof.get("public_inputs") if isinstance(proof, dict) else None
    if not isinstance(inner, dict) or not isinstance(inputs, list):
        return None
    words: list[int] = []
    for k, value in enumerate(inputs[:6]):
        if isinstance(value, str) and value.isdigit():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**64:
            raise InputError(
                "bad-root",
                T("{path}: proof.public_inputs[{k}] is not an unsigned 64-bit integer.", path=path, k=k),
            )
        words.append(value % _GOLDILOCKS_P)
    if len(words) < 6:
        raise InputError(
            "bad-root",
            T(
                "{path}: proof.public_inputs has {count} entries; OKX's sum proof has at least 6 "
                "(equity, debt and the 4 words of the root).",
                path=path,
                count=len(inputs),
            ),
        )
    root = b"".join(w.to_bytes(8, "little") for w in words[2:6]).hex()
    totals = {"equity": str(words[0]), "debt": str(words[1])}
    origin = T("the file {path} (proof.public_inputs)", path=path)
    return PublishedRoot(root, origin, path=path, totals=totals)
