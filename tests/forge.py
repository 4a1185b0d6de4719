"""The A1 forgery of specs/weaknesses.md, made by hand for the batch tests: a sum-only parent whose value is
max(L, R) instead of L + R, each child shown a sibling balance that makes its own path add up.

Written independently of the verifier: plain hashlib, the OKX v1 rules of specs/okx.md §2 (leaf = SHA-256 of
nonce ‖ '{"BTC":"b","ETH":"e","USDT":"u"}', parent = SHA-256 of left ‖ right ‖ sums ‖ height), and the builder's
leaf formula (itself checked against OKX's published leaves in test_okx_merkle_v1.py).
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import Any

from verifier_gui.core.builders.okx_merkle_v1 import Account, leaf_hash

COINS = ("BTC", "ETH", "USDT")
Bal = tuple[str, str, str]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _add(a: Bal, b: Bal) -> Bal:
    return tuple(str(Decimal(x) + Decimal(y)) for x, y in zip(a, b))  # type: ignore[return-value]


def _sub(a: Bal, b: Bal) -> Bal:
    return tuple(str(Decimal(x) - Decimal(y)) for x, y in zip(a, b))  # type: ignore[return-value]


def _node(hash_: str, balances: Bal, type_: int, height: int, nonce: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"auditId": "1", "balances": dict(zip(COINS, balances)), "type": type_}
    if nonce is not None:
        out["nonce"] = nonce
    out["hash"] = hash_
    out["height"] = height
    return out


def okx_v1_sum_only_forgery(nonces: list[str]) -> tuple[dict[str, Any], dict[str, Any], str, Bal]:
    """Four accounts A, B, C, D; the parent of A and B claims A's balances (10 BTC) instead of A + B (15 BTC).
    Returns A's file, B's file, the root, and the true total the honest tree would have."""
    a, b, c, d = ("10", "1", "100"), ("5", "1", "50"), ("2", "0", "7"), ("3", "0", "1")
    ha, hb, hc, hd = (leaf_hash(Account(n, bal)) for n, bal in zip(nonces, (a, b, c, d)))
    forged = a  # max(A, B): the exchange hides B's balances under A's
    p1 = _sha(ha + hb + "".join(forged) + "2")
    cd = _add(c, d)
    p2 = _sha(hc + hd + "".join(cd) + "2")
    total = _add(forged, cd)
    root = _sha(p1 + p2 + "".join(total) + "3")
    file_a = {
        "path": [
            _node(hb, _sub(forged, a), 2, 1),  # B shown to A with zero balances (no nonce: it would give it away)
            _node(p2, cd, 2, 2),
            _node(root, total, 3, 3),
        ],
        "self": _node(ha, a, 1, 1, nonces[0]),
    }
    file_b = {
        "path": [
            _node(ha, _sub(forged, b), 1, 1),  # A shown to B as 5 BTC, 0 ETH, 50 USDT
            _node(p2, cd, 2, 2),
            _node(root, total, 3, 3),
        ],
        "self": _node(hb, b, 2, 1, nonces[1]),
    }
    return file_a, file_b, root, _add(_add(a, b), cd)
