"""Fuzzing every parser and detector (hypothesis): whatever the bytes, verification returns a Result, no
exception escapes, nothing ends as an ``internal-error`` (a bug caught by the last-resort handler), and
random input never passes. ``make test`` runs a bounded number of examples; ``make fuzz`` runs many more
(``FUZZ_EXAMPLES``)."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier_gui.core.loading import Source, parse_json
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.registry import all_formats
from verifier_gui.core.verify import verify_source

from .conftest import manifest, vectors_dir
from .mutants import dump, scalar_paths

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=os.environ.get("FUZZ_RANDOM") is None,  # reproducible in CI; `make fuzz` explores
)
FORMAT_IDS = [f.id for f in all_formats()]
IMPLEMENTED = set(FORMAT_IDS)


def _json_vectors() -> list[tuple[str, Any]]:
    docs = []
    for v in manifest():
        if v["format"] not in IMPLEMENTED:
            continue
        data = (vectors_dir() / v["proof"]).read_bytes()
        try:
            docs.append((v["format"], parse_json(data.decode("utf-8-sig"), v["proof"])))
        except Exception:  # a text vector: fuzzed as bytes below
            continue
    return docs


JSON_VECTORS = _json_vectors()
TEXT_SEEDS = [
    (vectors_dir() / v["proof"]).read_bytes()[:4096]
    for v in manifest()
    if v["format"] in IMPLEMENTED and not (vectors_dir() / v["proof"]).read_bytes().lstrip().startswith(b"{")
]

# Values that have hurt parsers before: huge and odd numbers, odd strings, wrong types, deep nesting.
HOSTILE_SCALARS = st.one_of(
    st.sampled_from(
        [
            None, True, 0, -1, 2**64, 10**400, Decimal("1e999999"), "", " ", "-0", "1e309", "NaN", "Infinity",
            "9" * 100_000, "0x", "0" * 64, "f" * 65, "<script>alert(1)</script>", "=cmd|' /C calc'!A0",
            "../../etc/passwd", "\u0000", "１２３", "1,000.5", "1_000", "-0.00000001",
        ]
    ),
    st.text(max_size=40),
    st.integers(),
    st.decimals(allow_nan=False, allow_infinity=False, places=8),
)


def _check(source: Source, format_id: str | None = None) -> None:
    result = verify_source(source, VerifyOptions(format_id=format_id))
    assert result.verdict in ("pass", "fail", "error")
    if result.error is not None:
        assert result.error.code != "internal-error", result.error.message
        assert result.error.message, "an error must say what went wrong"


@FUZZ
@given(data=st.binary(max_size=2048), format_id=st.sampled_from([None, *FORMAT_IDS]))
def test_random_bytes_never_crash_and_never_pass(data: bytes, format_id: str | None) -> None:
    result = verify_source(Source("fuzz.bin", data), VerifyOptions(format_id=format_id))
    assert result.verdict != "pass"
    assert result.error is None or result.error.code != "internal-error", result.error.message


@FUZZ
@given(seed=st.sampled_from(TEXT_SEEDS or [b""]), at=st.integers(0, 4095), junk=st.binary(max_size=16))
def test_text_vectors_spliced_with_junk_never_crash(seed: bytes, at: int, junk: bytes) -> None:
    at = min(at, len(seed))
    _check(Source("fuzz.txt", seed[:at] + junk + seed[at:]))


@st.composite
def mangled_documents(draw: st.DrawFn) -> tuple[str, str]:
    """A real vector's JSON with one structural change: a value replaced by a hostile one, a key dropped,
    an object or list emptied, or a value wrapped in deep nesting."""
    format_id, doc = draw(st.sampled_from(JSON_VECTORS))
    paths = list(scalar_paths(doc))
    _, keys = draw(st.sampled_from(paths))
    how = draw(st.sampled_from(["replace", "drop", "empty-parent", "nest"]))
    value: Any = draw(HOSTILE_SCALARS)
    if how == "nest":
        value = json.loads("[" * 60 + "1" + "]" * 60)
    return format_id, dump(_mangle(doc, keys, how, value))


def _mangle(doc: Any, keys: tuple[Any, ...], how: str, value: Any) -> Any:
    if len(keys) == 1 or not keys:
        if not keys:
            return value
        head = keys[0]
        if isinstance(doc, dict):
            if how == "drop":
                return {k: v for k, v in doc.items() if k != head}
            if how == "empty-parent":
                return {}
            return {k: (value if k == head else v) for k, v in doc.items()}
        if how == "drop":
            return [v for i, v in enumerate(doc) if i != head]
        if how == "empty-parent":
            return []
        return [(value if i == head else v) for i, v in enumerate(doc)]
    head, rest = keys[0], keys[1:]
    if isinstance(doc, dict):
        return {k: (_mangle(v, rest, how, value) if k == head else v) for k, v in doc.items()}
    return [(_mangle(v, rest, how, value) if i == head else v) for i, v in enumerate(doc)]


@FUZZ
@given(case=mangled_documents(), forced=st.booleans())
def test_mangled_json_vectors_never_crash(case: tuple[str, str], forced: bool) -> None:
    format_id, text = case
    _check(Source("fuzz.json", text.encode("utf-8")), format_id if forced else None)


def test_the_fuzzers_have_seeds_from_the_vectors() -> None:
    assert JSON_VECTORS and TEXT_SEEDS
