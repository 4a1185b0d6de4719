"""Helpers the tamper tests of the Merkle-sum-tree formats share: addressing a value inside a proof document,
drawing a changed amount, hash or flag, and the ``{"self": …, "path": […]}`` sites of OKX v1 and KuCoin.

Written for the tests, independently of the code under test (no verifier_gui import): the amounts they write
are what an exchange's Go or Python writer prints, so a change made here is a change of value, not of spelling.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

Loc = tuple[Any, ...]  # keys and indexes from the document's top, e.g. ("path", 3, "balances", "BTC")
Site = tuple[Loc, str]  # (where, kind of value): "amount", "hash", "flag", "height", …

HEX_DIGITS = "0123456789abcdef"


def get(doc: Any, loc: Loc) -> Any:
    for part in loc:
        doc = doc[part]
    return doc


def put(doc: Any, loc: Loc, value: Any) -> None:
    get(doc, loc[:-1])[loc[-1]] = value


def plain(value: Decimal) -> str:
    """Positional text, trailing fractional zeros and a bare point removed, ``0`` for zero (never ``-0``)."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def amount_delta(data: st.DataObject, max_places: int) -> Decimal:
    """A non-zero change of up to 10^12 units of 10^-p, p drawn from 0..max_places, either sign."""
    units = data.draw(st.integers(min_value=1, max_value=10**12))
    delta = Decimal(units).scaleb(-data.draw(st.integers(0, max_places)))
    return data.draw(st.sampled_from([1, -1])) * delta


def other_hex_digit(text: str, data: st.DataObject) -> str:
    """``text`` with one character replaced by a different hex digit (a change of case alone is not a change)."""
    pos = data.draw(st.integers(0, len(text) - 1))
    new = data.draw(st.sampled_from([c for c in HEX_DIGITS if c != text[pos].lower()]))
    return text[:pos] + new + text[pos + 1 :]


def other_int(value: Any, data: st.DataObject, low: int = -1, high: int = 30) -> int:
    return data.draw(st.integers(low, high).filter(lambda n: n != value))


def self_and_path(doc: dict[str, Any]) -> list[Loc]:
    """The user's node then every path entry, bottom-up, of a ``{"self": …, "path": […]}`` proof."""
    return [("self",)] + [("path", k) for k in range(len(doc["path"]))]


def node_sites(
    doc: dict[str, Any], coins: Sequence[str] | None = None, optional: Sequence[tuple[str, str]] = (("nonce", "hash"),)
) -> list[Site]:
    """Each node's amounts (``coins``, or the node's own), ``hash``, side flag ``type`` and ``height``, then each
    ``optional`` (key, kind) the node carries: the hashed or summed values of the OKX v1 and KuCoin layout."""
    sites: list[Site] = []
    for loc in self_and_path(doc):
        node = get(doc, loc)
        for coin in node["balances"] if coins is None else coins:
            sites.append(((*loc, "balances", coin), "amount"))
        sites.append(((*loc, "hash"), "hash"))
        sites.append(((*loc, "type"), "flag"))
        sites.append(((*loc, "height"), "height"))
        for key, kind in optional:
            if key in node:
                sites.append(((*loc, key), kind))
    return sites


def mutated(value: Any, kind: str, data: st.DataObject, max_places: int) -> Any:
    """A different amount (written plain), hash (one hex digit) or small integer (flags and heights)."""
    if kind == "amount":
        return plain(Decimal(value) + amount_delta(data, max_places))
    if kind == "hash":
        return other_hex_digit(value, data)
    return other_int(value, data)


def change_one(
    doc: dict[str, Any],
    sites: Sequence[Site],
    mutate: Callable[[Any, str, st.DataObject], Any],
    data: st.DataObject,
) -> tuple[Loc, Any, Any] | None:
    """Change the value at one drawn site in place; (where, old, new), or None when the drawn value is the
    same (an amount change that rounds away is not a tamper)."""
    loc, kind = data.draw(st.sampled_from(list(sites)))
    old = get(doc, loc)
    new = mutate(old, kind, data)
    # Key order counts: a dict with its keys reordered is a change where the format hashes that order.
    if new == old and (not isinstance(new, dict) or list(new.items()) == list(old.items())):
        return None
    put(doc, loc, new)
    return loc, old, new


def assert_no_change_passes(
    data: st.DataObject,
    bases: Sequence[tuple[dict[str, Any], str | None]],
    sites: Callable[[dict[str, Any]], Sequence[Site]],
    mutate: Callable[[Any, str, st.DataObject], Any],
    run: Callable[[dict[str, Any], str | None], Any],
) -> None:
    """Draw a (document, published root) base, change one drawn site of a copy, and assert that ``run`` (which
    returns a result with a ``verdict``) does not pass it."""
    base, root = data.draw(st.sampled_from(list(bases)))
    doc = copy.deepcopy(base)
    changed = change_one(doc, sites(doc), mutate, data)
    if changed is None:  # an amount change that rounds away is not a tamper
        return
    assert run(doc, root).verdict != "pass", changed
