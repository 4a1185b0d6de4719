"""Binance's per-snapshot asset list (``CexAssetsInfo``): symbols, prices, units and collateral tiers.

Spec: specs/binance.md §4.4 and §6. Two sources are read:

* ``cex_assets_info.csv`` (v2): one row per asset in index order, columns symbol, USDT price and three tier
  tables (two header spellings exist: ``symbol,usdt_price,loan_tiers_ratio,…`` in the sample data and
  ``token,asset_usdt_price,collateral_vip_loan_ratio_tiers,…`` in the token configuration);
* the batch verifier's ``config.json`` (v1): ``CexAssetsInfo`` with ``Symbol``, ``Index`` and ``BasePrice``.

Amounts in user files are token × 10^8, or × 10^2 for Binance's "two-decimal" tokens, whose price is then
× 10^14; every amount × price is USDT × 10^16. Which tokens are two-decimal is written in no file: the list
below is the union of the tokens Binance moved there over time (§6), so a token moved later is mis-scaled
for snapshots taken before its move (the report says the scale list is Binance's latest).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .errors import InputError
from .loading import read_capped
from .text import text

#: Binance's two-decimal tokens (amount × 10^2, price × 10^14), from specs/binance.md §6, all periods.
TWO_DECIMAL_TOKENS = frozenset(
    "bttc shib lunc xec win bidr spell hot doge pepe floki idrt dogs bonk 1000sats neiro 1000pepper not nft "
    "bome 1mbabydoge hmstr wlfi pump monky 1000cheems idr".split()
)
#: Tier boundaries are whole USDT; values are USDT × 10^16.
USDT_SCALE = 10**16
#: The largest asset list accepted (Binance's v2 circuit holds 500 assets).
MAX_ASSETS = 1000
MAX_ASSET_FILE_BYTES = 8 * 1024 * 1024
_TIER = re.compile(r"^([0-9]{1,40})-([0-9]{1,40}):([0-9]{1,3})$")


@dataclass(frozen=True)
class Tier:
    lower: int  # USDT × 10^16
    upper: int
    ratio: int  # percent


@dataclass(frozen=True)
class AssetInfo:
    index: int
    symbol: str
    base_price: int  # USDT × 10^8 (× 10^14 for two-decimal tokens)
    two_decimal: bool
    loan_tiers: tuple[Tier, ...] = ()
    margin_tiers: tuple[Tier, ...] = ()
    portfolio_tiers: tuple[Tier, ...] = ()

    @property
    def scale(self) -> int:
        return 10**2 if self.two_decimal else 10**8

    def amount(self, units: int) -> str:
        """A raw amount as a token amount: exact, trailing zeros stripped."""
        return _plain(Decimal(units) / Decimal(self.scale))


@dataclass(frozen=True)
class AssetList:
    source: str
    assets: dict[int, AssetInfo] = field(default_factory=dict)
    has_tiers: bool = False  # the csv form; config.json carries prices only

    def get(self, index: int) -> AssetInfo | None:
        return self.assets.get(index)


def _plain(value: Decimal) -> str:
    if value == 0:
        return "0"
    s = format(value.normalize(), "f")
    return s


def tiered(value: int, tiers: tuple[Tier, ...]) -> int:
    """The collateral value of ``value`` (USDT × 10^16) under piecewise-linear haircut tiers (§4.4)."""
    total = 0
    for tier in tiers:
        if value >= tier.upper:
            total += (tier.upper - tier.lower) * tier.ratio // 100
        elif value > tier.lower:
            total += (value - tier.lower) * tier.ratio // 100
            break
        else:
            break
    return total


def parse_tiers(raw: str, where: str) -> tuple[Tier, ...]:
    """``[0-10000:100,10000-20000:90]`` → tiers in USDT × 10^16; an empty table (``""`` or ``[]``) is none."""
    body = raw.strip()
    if body in ("", "[]"):
        return ()
    if not (body.startswith("[") and body.endswith("]")):
        raise InputError("invalid-assets", text("{where}: a tier table must be written [lower-upper:ratio,…].", where=where))
    tiers: list[Tier] = []
    for part in body[1:-1].split(","):
        m = _TIER.match(part.strip())
        if m is None:
            raise InputError(
                "invalid-assets", text("{where}: the tier {part} is not lower-upper:ratio.", where=where, part=part)
            )
        lower, upper, ratio = int(m[1]), int(m[2]), int(m[3])
        if upper < lower or ratio > 100 or (tiers and lower != tiers[-1].upper // USDT_SCALE):
            raise InputError(
                "invalid-assets", text("{where}: the tier {part} does not follow the one before it.", where=where, part=part)
            )
        tiers.append(Tier(lower * USDT_SCALE, upper * USDT_SCALE, ratio))
    return tuple(tiers)


def base_price(price_text: str, two_decimal: bool, where: str) -> int:
    """A USDT price as written (``65100.22000000``) → BasePrice, truncated like Binance's code."""
    if not price_text.isascii():
        raise InputError("invalid-assets", text("{where}: the price {value} is not a number.", where=where, value=price_text))
    try:
        price = Decimal(price_text.strip())
    except InvalidOperation:
        raise InputError("invalid-assets", text("{where}: the price {value} is not a number.", where=where, value=price_text)) from None
    if not price.is_finite() or price < 0 or len(price_text) > 60:
        raise InputError("invalid-assets", text("{where}: the price {value} is not a price.", where=where, value=price_text))
    return int(price * (10**14 if two_decimal else 10**8))


_CSV_COLUMNS = (
    ("symbol", "usdt_price", "loan_tiers_ratio", "margin_tiers_ratio", "portfolio_tiers_ratio"),
    (
        "token",
        "asset_usdt_price",
        "collateral_vip_loan_ratio_tiers",
        "collateral_margin_ratio_tiers",
        "collateral_portfolio_margin_ratio_tiers",
    ),
)


def read_assets(path: str) -> AssetList:
    """Read a ``cex_assets_info.csv`` (streamed, row by row) or a batch-verifier ``config.json``; an InputError
    names the file and the row."""
    name = Path(path).name
    try:
        size = Path(path).stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError as exc:
        raise InputError("file-unreadable", text("{file}: cannot be read ({reason}).", file=path, reason=exc.strerror or str(exc))) from None
    if size > MAX_ASSET_FILE_BYTES:
        raise InputError("file-too-large", text("{file}: larger than an asset list can be.", file=name))
    if head[:1] in (b"{", b"["):
        return _read_config_json(read_capped(path, MAX_ASSET_FILE_BYTES), path, name)
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return _read_csv(csv.reader(fh), path, name)
    except UnicodeDecodeError:
        raise InputError("invalid-assets", text("{file}: the asset list is not UTF-8 text.", file=name)) from None
    except csv.Error as exc:
        raise InputError("invalid-assets", text("{file}: not a readable CSV file ({reason}).", file=name, reason=str(exc))) from None


def _read_csv(reader: Any, path: str, name: str) -> AssetList:
    header = next(reader, None)
    columns = tuple(h.strip().lower() for h in header or ())
    if columns not in _CSV_COLUMNS:
        raise InputError(
            "invalid-assets",
            text(
                "{file}: not a Binance cex_assets_info.csv (the first row must name the columns {columns}).",
                file=name,
                columns=", ".join(_CSV_COLUMNS[0]),
            ),
        )
    assets: dict[int, AssetInfo] = {}
    for index, row in enumerate(reader):
        line = reader.line_num
        where = text("{file} row {row}", file=name, row=line)
        if len(row) != 5:
            raise InputError("invalid-assets", text("{where}: expected 5 columns, found {count}.", where=where, count=len(row)))
        if index >= MAX_ASSETS:
            raise InputError("invalid-assets", text("{file}: more than {count} assets.", file=name, count=MAX_ASSETS))
        symbol = row[0].strip().lower()
        two = symbol in TWO_DECIMAL_TOKENS
        assets[index] = AssetInfo(
            index=index,
            symbol=symbol.upper(),
            base_price=base_price(row[1], two, where),
            two_decimal=two,
            loan_tiers=parse_tiers(row[2], where),
            margin_tiers=parse_tiers(row[3], where),
            portfolio_tiers=parse_tiers(row[4], where),
        )
    return AssetList(source=path, assets=assets, has_tiers=True)


def _read_config_json(data: bytes, path: str, name: str) -> AssetList:
    from .loading import decode_text, parse_json

    doc = parse_json(decode_text(data, name), name)
    infos = doc.get("CexAssetsInfo") if isinstance(doc, dict) else None
    if not isinstance(infos, list) or len(infos) > MAX_ASSETS:
        raise InputError("invalid-assets", text("{file}: no CexAssetsInfo list.", file=name))
    assets: dict[int, AssetInfo] = {}
    for k, item in enumerate(infos):
        where = text("{file} CexAssetsInfo[{k}]", file=name, k=k)
        if not isinstance(item, dict):
            raise InputError("invalid-assets", text("{where}: must be an object.", where=where))
        index, symbol, price = item.get("Index"), item.get("Symbol"), item.get("BasePrice")
        if not (isinstance(index, int) and 0 <= index < MAX_ASSETS and isinstance(symbol, str) and isinstance(price, int)):
            raise InputError("invalid-assets", text("{where}: needs Index, Symbol and BasePrice.", where=where))
        if index in assets:
            raise InputError("invalid-assets", text("{where}: Index {index} appears twice.", where=where, index=index))
        assets[index] = AssetInfo(index, symbol.upper(), price, symbol.lower() in TWO_DECIMAL_TOKENS)
    return AssetList(source=path, assets=assets, has_tiers=False)
