"""Bytes in, plain Python objects out, safely.

Every input file passes through here before any format looks at it. The rules:

* a size cap, checked before the file is read whole;
* text is UTF-8, with or without a byte-order mark (``utf-8-sig``);
* JSON numbers become ``int`` or ``Decimal``, never ``float`` (a float silently loses digits);
* a JSON object with the same key twice is rejected (parsers disagree on which copy wins, so an
  attacker could show the verifier one value and another tool a different one);
* caps on nesting depth and on the length of a single number, so hostile input cannot exhaust the stack
  or make ``Decimal`` arithmetic crawl.

Errors are :class:`InputError` with a message naming the file and the place (line and column).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from .errors import InputError

#: Largest proof file read whole. Real user proofs are a few kilobytes; full trees are streamed elsewhere.
MAX_PROOF_BYTES = 32 * 1024 * 1024
#: Deepest JSON nesting accepted. Real proofs nest four or five levels.
MAX_JSON_DEPTH = 64
#: Longest JSON number literal accepted (digits, sign, point, exponent). Real amounts have under 40.
MAX_NUMBER_CHARS = 100


@dataclass
class Source:
    """One input file (or pasted text): its display name and its bytes, decoded and parsed on demand."""

    name: str
    data: bytes
    _text: str | None = field(default=None, repr=False)
    _json: Any = field(default=None, repr=False)
    _json_error: InputError | None = field(default=None, repr=False)
    _json_done: bool = field(default=False, repr=False)
    # Where the bytes came from, for formats that stream a file too large to hold (None for pasted text).
    path: str | None = None
    # True when ``data`` is only the head of a file too large to read whole (see verify.verify_file).
    partial: bool = False

    @classmethod
    def from_path(cls, path: str | os.PathLike[str], max_bytes: int = MAX_PROOF_BYTES) -> "Source":
        return cls(name=str(path), data=read_capped(path, max_bytes), path=str(path))

    @classmethod
    def from_text(cls, text: str, name: str = "<pasted text>") -> "Source":
        return cls(name=name, data=text.encode("utf-8"))

    @property
    def text(self) -> str:
        """The bytes as text; raises InputError naming the byte offset of the first invalid sequence."""
        if self._text is None:
            self._text = decode_text(self.data, self.name)
        return self._text

    def json(self) -> Any:
        """The parsed JSON document (cached); raises InputError when the file is not valid JSON."""
        if not self._json_done:
            try:
                self._json = parse_json(self.text, self.name)
            except InputError as exc:
                self._json_error = exc
            self._json_done = True
        if self._json_error is not None:
            raise self._json_error
        return self._json

    def json_or_none(self) -> Any:
        """The parsed JSON document, or None when the file is not JSON (for format sniffing)."""
        try:
            return self.json()
        except InputError:
            return None


def read_capped(path: str | os.PathLike[str], max_bytes: int = MAX_PROOF_BYTES) -> bytes:
    """Read a whole file, refusing anything larger than ``max_bytes`` before reading it."""
    name = str(path)
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("not-a-file", f"{name}: this is a folder, not a file.")
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(
                "file-too-large",
                f"{name}: the file is {size:,} bytes; the limit for this kind of file is {max_bytes:,} bytes.",
            )
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("file-not-found", f"{name}: no such file.") from None
    except PermissionError:
        raise InputError("file-unreadable", f"{name}: permission denied.") from None
    except IsADirectoryError:
        raise InputError("not-a-file", f"{name}: this is a folder, not a file.") from None
    except OSError as exc:
        raise InputError("file-unreadable", f"{name}: cannot be read ({exc.strerror or exc}).") from None
    if len(data) > max_bytes:  # the file grew while we read it
        raise InputError("file-too-large", f"{name}: the file is larger than the limit of {max_bytes:,} bytes.")
    return data


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8, dropping a leading byte-order mark."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            "not-text",
            f"{name}: line {line} (byte {exc.start}): this is not UTF-8 text, so it is not a proof file "
            "this app can read.",
        ) from None


class _DuplicateKey(ValueError):
    pass


class _NumberTooLong(ValueError):
    pass


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise _DuplicateKey(key)
        obj[key] = value
    return obj


def _parse_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _NumberTooLong(text[:20])
    return int(text)


def _parse_decimal(text: str) -> Decimal:
    if len(text) > MAX_NUMBER_CHARS:
        raise _NumberTooLong(text[:20])
    return Decimal(text)


def _reject_constant(name: str) -> Any:
    # json accepts NaN and Infinity by default; no proof format uses them.
    raise ValueError(f"{name} is not a valid JSON number")


def parse_json(text: str, name: str) -> Any:
    """Parse JSON exactly (int/Decimal numbers), rejecting duplicate keys, deep nesting and huge numbers."""
    try:
        value = json.loads(
            text,
            parse_float=_parse_decimal,
            parse_int=_parse_int,
            parse_constant=_reject_constant,
            object_pairs_hook=_reject_duplicates,
        )
    except json.JSONDecodeError as exc:
        raise InputError(
            "not-json", f"{name}: line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})."
        ) from None
    except _DuplicateKey as exc:
        raise InputError(
            "duplicate-key",
            f"{name}: the key {str(exc)!r} appears twice in one object; a proof file must be unambiguous.",
        ) from None
    except _NumberTooLong as exc:
        raise InputError(
            "number-too-long",
            f"{name}: a number starting {str(exc)!r}… is longer than {MAX_NUMBER_CHARS} characters.",
        ) from None
    except RecursionError:
        raise InputError("nesting-too-deep", f"{name}: the JSON is nested too deeply to be a proof file.") from None
    except ValueError as exc:  # NaN/Infinity, or int() refusing a huge literal
        raise InputError("not-json", f"{name}: not valid JSON ({exc}).") from None
    _check_depth(value, name)
    return value


def _check_depth(value: Any, name: str) -> None:
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise InputError(
                "nesting-too-deep", f"{name}: the JSON is nested more than {MAX_JSON_DEPTH} levels deep."
            )
        if isinstance(node, dict):
            stack.extend((child, depth + 1) for child in node.values())
        elif isinstance(node, list):
            stack.extend((child, depth + 1) for child in node)
