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
#: Root files are small; anything bigger is not one.
MAX_ROOT_FILE_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class PublishedRoot:
    """The root the exchange published (lower-case hex) and where it came from, in words."""

    value: str
    origin: str


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
    doc = source.json_or_none()
    if doc is not None:
        found = _find_root_in_json(doc)
        if found is None:
            raise InputError(
                "bad-root",
                T(
                    "{path}: no root found in this file (looked for the keys {ROOT_KEYS}).",
                    path=path, ROOT_KEYS=', '.join(_ROOT_KEYS),
                ),
            )
        return PublishedRoot(normalise_hex(found), T("the file {path}", path=path))
    words = source.text.split()
    if len(words) == 1 and looks_like_hex_root(words[0]):
        return PublishedRoot(normalise_hex(words[0]), T("the file {path}", path=path))
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
    if isinstance(doc, str) and looks_like_hex_root(doc):
        return doc
    return None
