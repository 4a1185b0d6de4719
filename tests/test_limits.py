"""Resource caps (issue 9): path steps and asset counts have named limits (core/limits.py) and give an InputError
naming the file and the place, in every format whose vectors hold a path or an asset collection; a 100,000-digit
amount in any format's amount field ends quickly as an error or a fail, never a hang, a crash or a pass.

The inputs are the manifest's passing vectors with one collection grown past its cap or one amount replaced."""

from __future__ import annotations

import json
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pytest

from verifier_gui.core import limits
from verifier_gui.core.loading import Source
from verifier_gui.core.registry import all_formats
from verifier_gui.core.verify import verify_source

from .conftest import manifest, vectors_dir
from .mutants import _replace, dump, load_case

IMPLEMENTED = {f.id for f in all_formats()}
PASSING = [v for v in manifest() if v["format"] in IMPLEMENTED and v["expect"] == "pass"]
#: The caps are checked on every vector of an implemented format (Binance's zk vectors are expected to fail).
EVERY = [v for v in manifest() if v["format"] in IMPLEMENTED and v["expect"] in ("pass", "fail")]


def _json(vector: dict[str, Any]) -> Any:
    try:
        return json.loads((vectors_dir() / vector["proof"]).read_bytes(), parse_float=Decimal)
    except (ValueError, UnicodeDecodeError):
        return None


def _collections(doc: Any, names: frozenset[str]) -> list[tuple[tuple[Any, ...], Any]]:
    """(key path, value) of every list/object held under one of ``names``, outermost first."""
    out: list[tuple[tuple[Any, ...], Any]] = []
    stack: list[tuple[tuple[Any, ...], Any]] = [((), doc)]
    while stack:
        keys, value = stack.pop(0)
        if isinstance(value, dict):
            for k, v in value.items():
                if k in names and isinstance(v, (list, dict)) and v:
                    out.append(((*keys, k), v))
                stack.append(((*keys, k), v))
        elif isinstance(value, list):
            stack.extend(((*keys, i), v) for i, v in enumerate(value))
    return out


def _place(keys: tuple[Any, ...]) -> str:
    return "".join(f"[{k}]" if isinstance(k, int) else (f".{k}" if i else str(k)) for i, k in enumerate(keys))


def _grown(value: Any, size: int) -> Any:
    if isinstance(value, list):
        return [value[i % len(value)] for i in range(size)]
    first = next(iter(value.values()))
    return {**value, **{f"Z{i}": first for i in range(size - len(value))}}


def _verify(vector: dict[str, Any], data: bytes) -> Any:
    case = load_case(vector, vectors_dir())
    return verify_source(Source(case.proof_name, data), case.options)


WITH_PATH = [v for v in EVERY if (d := _json(v)) is not None and any(
    isinstance(c, list) for _, c in _collections(d, limits.PATH_KEYS))]  # fmt: skip
WITH_ASSETS = [v for v in EVERY if (d := _json(v)) is not None and _collections(d, limits.ASSET_KEYS)]


def test_the_caps_cover_the_formats() -> None:
    formats = {v["format"] for v in WITH_PATH} | {v["format"] for v in WITH_ASSETS}
    assert len(formats) >= 12, sorted(formats)


@pytest.mark.parametrize("vector", WITH_PATH, ids=[v["id"] for v in WITH_PATH])
def test_a_path_over_the_cap_is_an_error_naming_the_place(vector: dict[str, Any]) -> None:
    doc = _json(vector)
    keys, path = next((k, c) for k, c in _collections(doc, limits.PATH_KEYS) if isinstance(c, list))
    data = dump(_replace(doc, keys, _grown(path, limits.MAX_PATH_STEPS + 1))).encode()
    r = _verify(vector, data)
    assert r.verdict == "error" and r.error is not None and r.error.code == "path-too-long", r.error
    name = Path(vector["proof"]).name
    message = str(r.error.message)
    assert name in message and _place(keys) in message and str(limits.MAX_PATH_STEPS) in message


@pytest.mark.parametrize("vector", WITH_ASSETS, ids=[v["id"] for v in WITH_ASSETS])
def test_assets_over_the_cap_are_an_error_naming_the_place(vector: dict[str, Any]) -> None:
    doc = _json(vector)
    keys, assets = _collections(doc, limits.ASSET_KEYS)[0]
    data = dump(_replace(doc, keys, _grown(assets, limits.MAX_ASSETS + 1))).encode()
    r = _verify(vector, data)
    assert r.verdict == "error" and r.error is not None and r.error.code == "too-many-assets", r.error
    message = str(r.error.message)
    assert Path(vector["proof"]).name in message and _place(keys) in message


def test_the_caps_stay_above_every_real_file() -> None:
    """Every real vector is well inside both caps (the conformance test shows they still verify)."""
    for vector in PASSING:
        doc = _json(vector)
        if doc is not None:
            limits.check_document(doc, vector["proof"])  # raises if a real file were over a cap
    assert limits.MAX_PATH_STEPS >= 64 and limits.MAX_ASSETS >= 800


def _amount_paths(doc: Any) -> list[tuple[Any, ...]]:
    """Key paths of the amounts: scalars under an asset collection, or fields whose name says amount."""
    out = []
    for keys, coll in _collections(doc, limits.ASSET_KEYS):
        items = coll.items() if isinstance(coll, dict) else enumerate(coll)
        for k, v in items:
            if isinstance(v, (str, int, Decimal)) and not isinstance(v, bool):
                out.append((*keys, k))
            elif isinstance(v, dict):
                out.extend((*keys, k, kk) for kk, vv in v.items() if _is_amount(kk, vv))
    stack: list[tuple[tuple[Any, ...], Any]] = [((), doc)]
    while stack:
        keys, value = stack.pop()
        if isinstance(value, dict):
            for k, v in value.items():
                if _is_amount(k, v) and k.lower() in AMOUNT_NAMES:
                    out.append((*keys, k))
                stack.append(((*keys, k), v))
        elif isinstance(value, list):
            stack.extend(((*keys, i), v) for i, v in enumerate(value))
    return out


AMOUNT_NAMES = {"liability", "total_value", "totalequity", "totaldebt", "balance", "totalbalance", "amount",
                "equity", "debt", "value", "total"}  # fmt: skip


def _is_amount(key: Any, value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
        return False
    try:
        Decimal(str(value))
    except InvalidOperation:
        return False
    return True


WITH_AMOUNTS = [v for v in EVERY if (d := _json(v)) is not None and _amount_paths(d)]


@pytest.mark.parametrize("vector", WITH_AMOUNTS, ids=[v["id"] for v in WITH_AMOUNTS])
def test_a_100000_digit_amount_ends_quickly_and_never_passes(vector: dict[str, Any]) -> None:
    doc = _json(vector)
    huge = "9" * 100_000
    for keys in _amount_paths(doc)[:3]:
        old: Any = doc
        for k in keys:
            old = old[k]
        new = huge if isinstance(old, str) else Decimal(huge)
        started = time.monotonic()
        r = _verify(vector, dump(_replace(doc, keys, new)).encode())
        took = time.monotonic() - started
        assert took < 10, f"{_place(keys)}: {took:.1f} s"
        assert r.verdict in ("error", "fail"), (_place(keys), r.verdict)
        assert r.error is None or r.error.code != "internal-error", (_place(keys), r.error)


def test_amount_coverage() -> None:
    assert len({v["format"] for v in WITH_AMOUNTS}) >= 12, sorted({v["format"] for v in WITH_AMOUNTS})


def _htx_vector() -> dict[str, Any]:
    return next(v for v in PASSING if v["format"] == "htx-merkle-v1")


def test_htx_balances_string_over_the_asset_cap_is_an_error() -> None:
    """HTX v1 writes a node's assets in one string (``BTC:0.5,ETH:0``): the cap is checked where it is split."""
    vector = _htx_vector()
    doc = _json(vector)
    doc["data"][1]["balances"] = ",".join(f"C{i}:0" for i in range(limits.MAX_ASSETS + 1))
    r = _verify(vector, dump(doc).encode())
    assert r.verdict == "error" and r.error is not None and r.error.code == "too-many-assets"
    assert "data[1].balances" in str(r.error.message)


@pytest.mark.parametrize("node", [0, 1, 2])
def test_htx_100000_digit_amount_ends_quickly_and_never_passes(node: int) -> None:
    vector = _htx_vector()
    doc = _json(vector)
    coin, _, rest = doc["data"][node]["balances"].partition(":")
    doc["data"][node]["balances"] = f"{coin}:{'9' * 100_000}," + rest.partition(",")[2]
    started = time.monotonic()
    r = _verify(vector, dump(doc).encode())
    assert time.monotonic() - started < 10
    assert r.verdict in ("error", "fail") and (r.error is None or r.error.code != "internal-error"), r.error


@pytest.mark.parametrize("vector", [v for v in PASSING if v["format"] == "bitmex-liabilities"],
                         ids=lambda v: v["id"])  # fmt: skip
def test_bitmex_100000_digit_amount_ends_quickly_and_never_passes(vector: dict[str, Any]) -> None:
    """The BitMEX/River tree is text (``hash,amount`` rows): the first amount becomes 100,000 digits."""
    lines = (vectors_dir() / vector["proof"]).read_text().splitlines(keepends=True)
    k = next(i for i, line in enumerate(lines) if "," in line)
    digest, _, _ = lines[k].partition(",")
    lines[k] = f"{digest},{'9' * 100_000}\n"
    started = time.monotonic()
    r = _verify(vector, "".join(lines).encode())
    assert time.monotonic() - started < 10
    assert r.verdict in ("error", "fail") and (r.error is None or r.error.code != "internal-error"), r.error


def test_okx_first_layout_coins_as_fields_over_the_cap_are_an_error() -> None:
    """OKX zk-STARK v1's first layout writes each coin as a field of the entry: the object-size cap covers it."""
    vector = next(v for v in PASSING if v["format"] == "okx-zkstark-v1")
    doc = _json(vector)
    part = doc["batch_inclusion_proof"]
    part.update({f"Z{i}": 0 for i in range(limits.MAX_OBJECT_FIELDS)})
    r = _verify(vector, dump(doc).encode())
    assert r.verdict == "error" and r.error is not None and r.error.code == "too-many-assets"
    assert "batch_inclusion_proof" in str(r.error.message)
