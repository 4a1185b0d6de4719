"""Checks the Merkle-sum-tree formats share (OKX v1/v2, KuCoin, HTX/Poloniex, Bitget).

Only what is the same rule in several formats lives here, with the difference between exchanges passed as a
parameter: a check listing the problems found, the scan of the amounts (DESIGN.md, weaknesses.md §4 data
warnings), the user's own hash and the neighbour's leaf recomputed (a failure shows the exact text hashed),
the padding warning, the root totals and the final root comparison. What each exchange hashes, its side
flags, padding and level rules stay in its own module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from ..amounts import is_canonical_8, parse_plain_decimal, plain_text, significant_places
from ..hashing.sha256 import sha256_hex
from ..result import PathStep, ResultBuilder

if TYPE_CHECKING:
    from ..roots import PublishedRoot

#: Amounts from here up are beyond a 64-bit integer of units: warned as amount-overflow.
TWO_TO_64 = Decimal(2) ** 64
#: The Go writers of OKX and HTX print at most 8 decimal places.
EIGHT_PLACES = 8

#: (where, [(coin, amount text), …], is_leaf): one node's balances, named like ``path[3]`` or ``self``.
AmountEntry = tuple[str, Iterable[tuple[str, str]], bool]


def check_rules(
    b: ResultBuilder,
    name: str,
    problems: Sequence[str],
    *,
    ok: str,
    expected: str,
    fail: str = "The path breaks the format's rules",
    shown: int | None = 5,
    explain: Callable[[str], str] | None = None,
) -> bool:
    """One check that passes when ``problems`` is empty; otherwise its detail is ``fail`` followed by the first
    ``shown`` problems (all with None). ``explain`` turns that detail into the failure's message (e.g. adding
    the text hashed last)."""
    listed = "; ".join(problems if shown is None else problems[:shown])
    passed = not problems
    detail = ok if passed else f"{fail}: {listed}."
    return b.check(
        name,
        passed,
        detail,
        expected=expected,
        computed=listed,
        message=None if passed or explain is None else explain(detail),
    )


def warn_negative(b: ResultBuilder, place: str, shown: str, is_leaf: bool) -> None:
    """A negative amount: a user's balance on a leaf, a subtree sum anywhere else."""
    b.warn("negative-balance" if is_leaf else "negative-sum", f"{place} is {shown}.")


def scan_amounts(
    b: ResultBuilder,
    entries: Iterable[AmountEntry],
    *,
    max_places: int | None = EIGHT_PLACES,
    overflow_at: Decimal | None = TWO_TO_64,
    canonical: Callable[[str], bool] = is_canonical_8,
    leaves_canonical: bool = True,
) -> list[str]:
    """Warn on negative, huge (``overflow_at``; None: no limit) and oddly written amounts (not ``canonical``;
    leaves are exempt when ``leaves_canonical`` is False). Returns the places of amounts with more than
    ``max_places`` significant decimals (None: no limit), which the caller fails (see :func:`check_places`);
    such an amount is not judged further."""
    too_fine: list[str] = []
    for where, items, is_leaf in entries:
        for coin, text in items:
            value = parse_plain_decimal(text)
            place = f"{where}.balances.{coin}"
            if value < 0:
                warn_negative(b, place, text, is_leaf)
            if max_places is not None and significant_places(text) > max_places:
                too_fine.append(f"{place} = {text}")
            elif overflow_at is not None and abs(value) >= overflow_at:
                b.warn("amount-overflow", f"{place} is {text}.")
            elif (leaves_canonical or not is_leaf) and not canonical(text):
                b.warn("non-canonical-amount", f"{place} is written {text!r}.")
    return too_fine


def decimals(balances: dict[str, str]) -> dict[str, Decimal]:
    """A node's balances (exact text, already validated as plain decimals) as numbers."""
    return {coin: parse_plain_decimal(v) for coin, v in balances.items()}


def is_stripped_plain(text: str) -> bool:
    """True when ``text`` is written the way Java ``stripTrailingZeros().toPlainString()`` and Go
    ``decimal.String()`` write it: plain, no trailing fractional zeros, no ``-0`` (MEXC, CoinEx)."""
    return plain_text(parse_plain_decimal(text)) == text


def check_places(b: ResultBuilder, too_fine: Sequence[str], places: int = EIGHT_PLACES) -> bool:
    """Fail amounts finer than the format writes: the truncated sums would hide their last digits, so a
    change there would change nothing hashed."""
    return check_rules(
        b,
        "amounts",
        too_fine,
        ok=f"Every amount has at most {places} decimal places, as the format requires.",
        fail=f"Amounts with more than {places} decimal places, which this format never writes",
        expected=f"at most {places} decimal places",
        shown=3,
    )


def check_recomputed(
    b: ResultBuilder, name: str, text: str, written: str, *, subject: str, inputs: str, culprits: str, hasher: str
) -> tuple[str, bool]:
    """Hash ``text`` (SHA-256) and compare it with the hash the file gives for the user's own node (``written``,
    lower case); a failure names both hashes and the exact text hashed. Returns the hash and whether it matched.
    ``subject`` is e.g. "leaf hash", ``inputs`` what it is built from, ``culprits`` the fields a mismatch blames
    and ``hasher`` who hashed them."""
    computed = sha256_hex(text)
    ok = computed == written
    b.check(
        name,
        ok,
        f"Your {subject} recomputes from {inputs}." if ok else f"Your {subject} does not match {inputs}.",
        expected=written,
        computed=computed,
        message=None
        if ok
        else f"The file says your {subject} is {written}, but SHA-256 of the text {text!r} is {computed}: "
        f"{culprits} in the file are not the ones {hasher} hashed.",
    )
    return computed, ok


def check_neighbour_leaf(b: ResultBuilder, text: str, written: str) -> bool:
    """path[0] is the neighbour's leaf with its nonce: ``text`` is its recomputed preimage, ``written`` the
    hash the file gives (lower case)."""
    computed = sha256_hex(text)
    ok = computed == written
    return b.check(
        "neighbour leaf",
        ok,
        "The neighbouring leaf recomputes from its nonce and balances."
        if ok
        else "The neighbouring leaf in path[0] does not match its own nonce and balances.",
        expected=written,
        computed=computed,
        message=None if ok else f"SHA-256 of the text {text!r} is {computed}, but path[0].hash is {written}.",
    )


def warn_padding(b: ResultBuilder, positions: Sequence[int], unit: str = "height") -> None:
    """duplicated-last-node, naming where padding siblings stood (nothing when there were none)."""
    if positions:
        b.warn("duplicated-last-node", f"Padding siblings at {unit} {', '.join(map(str, positions))}.")


def check_root_totals(
    b: ResultBuilder,
    coins: Sequence[str],
    written: Sequence[str],
    computed: Sequence[str],
    mismatch_message: str | None = None,
) -> bool:
    """Record the recomputed totals and compare them, as text, with the totals the file's root gives.
    ``mismatch_message`` replaces the failure's message when they differ."""
    b.totals = dict(zip(coins, computed, strict=True))
    return _totals_check(
        b, list(computed) == list(written), dict(zip(coins, written, strict=True)), b.totals, mismatch_message
    )


def _totals_check(
    b: ResultBuilder, ok: bool, written: dict[str, str], computed: dict[str, str], message: str | None = None
) -> bool:
    return b.check(
        "root totals",
        ok,
        "The recomputed root totals equal the totals written in the file."
        if ok
        else "The recomputed root totals differ from the totals written in the file.",
        expected=", ".join(f"{c} {v}" for c, v in written.items()),
        computed=", ".join(f"{c} {v}" for c, v in computed.items()),
        message=message,
    )


def check_root_totals_by_value(
    b: ResultBuilder, written: dict[str, str], computed: dict[str, Decimal], *, missing_is_zero: bool = False
) -> bool:
    """Record the recomputed totals (stripped plain text, in the file's coin order) and compare them by value
    with the root's ``written`` amounts: the same coins, the same numbers (MEXC, CoinEx: the root's spelling is
    not hashed, so "1.50" and "1.5" agree). With ``missing_is_zero`` a coin on one side only must be 0."""
    coins = list(written) + sorted(c for c in computed if c not in written)
    b.totals = {coin: plain_text(computed[coin]) for coin in coins if coin in computed}
    if missing_is_zero:
        zero = Decimal(0)
        ok = all(computed.get(c, zero) == parse_plain_decimal(written[c]) if c in written else computed[c] == 0
                 for c in coins)
    else:
        ok = set(computed) == set(written) and all(computed[c] == parse_plain_decimal(v) for c, v in written.items())
    return _totals_check(b, ok, written, b.totals)


def compare_root(
    b: ResultBuilder,
    computed: str,
    published: PublishedRoot | None,
    file_root: str,
    file_origin: str,
    height: int | None,
    *,
    file_mismatch: str | None = None,
    note: str | None = None,
) -> None:
    """Set the root to compare (:meth:`ResultBuilder.expect_root`) and add the root's path step, with the
    totals already recorded; ``note`` is added after "expected …"."""
    b.expect_root(computed, published, file_root, file_origin, file_mismatch=file_mismatch)
    b.steps.append(
        PathStep(
            "root",
            height,
            computed,
            sums=dict(b.totals or {}),
            ok=computed == b.root_expected,
            note=f"expected {b.root_expected}" + (f"; {note}" if note else ""),
        )
    )
