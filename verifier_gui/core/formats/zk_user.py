"""Pieces every BN254 zk user-proof format shares once its leaf is computed: reading the ``--assets`` file,
showing scaled integers as amounts, and comparing the folded root (with the known-empty-root warning).

Format modules (gateio_zk, htx_zk_v2, and the Binance zk formats) keep their own models and leaf rules.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from decimal import Decimal
from typing import TypeVar

from pydantic import BaseModel

from ..amounts import plain_text
from .. import limits
from ..errors import InputError
from ..hashing.poseidon_bn254 import to_hex
from ..loading import Source
from ..models import validate
from ..options import VerifyOptions
from ..result import PathStep, ResultBuilder
from ..text import text
from . import zk_hash

M = TypeVar("M", bound=BaseModel)

#: An asset list is a small JSON file (tens of kilobytes); anything far bigger is not one.
MAX_ASSETS_BYTES = 16 * 1024 * 1024


def load_assets(options: VerifyOptions, model: type[M], what: str) -> M | None:
    """The ``--assets`` file validated against ``model`` (None when not given). A file of the wrong kind is an
    InputError ``bad-assets`` that names it."""
    if not options.assets:
        return None
    source = Source.from_path(options.assets, max_bytes=MAX_ASSETS_BYTES)
    doc = source.json()
    limits.check_document(doc, source.name)
    try:
        return validate(model, doc, source.name, what)
    except InputError as exc:
        raise InputError("bad-assets", exc.message) from None


def scaled(value: int, decimals: int) -> str:
    """An integer in units of 10^-decimals as plain decimal text (``123000000``, 8 -> ``1.23``)."""
    return plain_text(Decimal(value).scaleb(-decimals))


def parse_field_hex(value: str, file: str, field: str) -> int:
    """A 64-hex field element; InputError ``invalid-proof`` when it is not below r (the official tools reject it)."""
    return zk_hash.field_from_hex(value, text("{file} {field}", file=file, field=field), invalid_proof=True)


def check_field_int(value: int, file: str, field: str) -> int:
    return zk_hash.check_below_field(value, text("{file} {field}", file=file, field=field), invalid_proof=True)


def finish_path(
    b: ResultBuilder,
    steps: Sequence[PathStep],
    computed_root: int,
    options: VerifyOptions,
    file_root: str,
    file_field: str,
    empty_roots: Collection[str],
) -> None:
    """Record the path steps, the root to compare (published, else the file's with root-from-file), and warn
    known-empty-root when the published, the file's or the computed root is the root of an empty tree."""
    b.steps.extend(steps)
    b.expect_root(to_hex(computed_root), options.root, file_root.lower(), text("{field} in the file", field=file_field))
    claimed = {file_root.lower(), to_hex(computed_root)} | ({options.root.value} if options.root else set())
    empties = claimed & set(empty_roots)
    if empties:
        b.warn(
            "known-empty-root",
            text("{root} is the root of a tree with no accounts at all.", root=sorted(empties)[0]),
        )

