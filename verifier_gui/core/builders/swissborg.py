"""Build SwissBorg audits (specs/others.md §2.5): per-currency trees, the audit roots file and a user's
liabilities file, for tests. Written from the spec alone with plain hashlib and hmac (no code shared with the
verifier):

* kdf(k, c) = hex HMAC-SHA256(utf8 k, utf8 c); audit nonce = kdf(credential, "SB PoL - Audit nonce derivation,"
  + audit id); tree nonce = kdf(audit nonce, "SB PoL - Currency Merkle tree nonce derivation," + currency); leaf
  nonce = kdf(tree nonce, "SB PoL - Leaf nonce derivation," + index);
* leaf = hex SHA-256("leaf," + leaf nonce + "," + user id + "," + amount text);
* inner = hex SHA-256("inner," + Lv + "," + Rv + "," + Lh + "," + Rh), values printed plain without trailing
  zeros; the tree is a complete binary tree (heap layout) over 2^d leaves;
* commitment = hex SHA-256("SB PoL - Audit commitment hash" + ("," + id + "," + liability + "," + digest) for
  each partition by upper-case currency).
``nonce_field`` chooses what the user file's ``nonce`` holds: "leaf-nonce" (2023 files) or "digest" (Dec 2022).
"""

from __future__ import annotations

import hashlib
import hmac
from decimal import Decimal
from typing import Any


def _h(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def _kdf(key: str, ctx: str) -> str:
    return hmac.new(key.encode("utf-8"), ctx.encode("utf-8"), hashlib.sha256).hexdigest()


def _plain(d: Decimal) -> str:
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s or "0"


def leaf_nonce(credential: str, audit_id: str, currency: str, index: int) -> str:
    a = _kdf(credential, "SB PoL - Audit nonce derivation," + audit_id)
    t = _kdf(a, "SB PoL - Currency Merkle tree nonce derivation," + currency)
    return _kdf(t, "SB PoL - Leaf nonce derivation," + str(index))


class Audit:
    """``leaves[currency]`` = list of (user_id, credential, amount text); each currency padded to 2^d leaves by
    filler users."""

    def __init__(self, audit_id: str, leaves: dict[str, list[tuple[str, str, str]]]) -> None:
        self.audit_id = audit_id
        self.leaves = {c: list(v) for c, v in leaves.items()}
        self.trees: dict[str, list[list[tuple[str, Decimal]]]] = {}
        for currency, items in self.leaves.items():
            size = 2
            while size < len(items):
                size *= 2
            for k in range(len(items), size):
                items.append((f"filler{k:028d}", f"filler-credential-{k}", "1"))
            level = []
            for i, (user, cred, amount) in enumerate(items):
                nonce = leaf_nonce(cred, audit_id, currency, i)
                level.append((_h(f"leaf,{nonce},{user},{amount}"), Decimal(amount)))
            levels = [level]
            while len(levels[-1]) > 1:
                b = levels[-1]
                levels.append(
                    [
                        (_h(f"inner,{_plain(lv)},{_plain(rv)},{lh},{rh}"), lv + rv)
                        for (lh, lv), (rh, rv) in zip(b[0::2], b[1::2])
                    ]
                )
            self.trees[currency] = levels

    def roots(self) -> dict[str, Any]:
        parts = [
            {
                "commitment": {"digest": t[-1][0][0], "liability": _plain(t[-1][0][1])},
                "currency": c,
                "id": f"{self.audit_id}-{c}",
            }
            for c, t in self.trees.items()
        ]
        pre = "SB PoL - Audit commitment hash" + "".join(
            f",{p['id']},{p['commitment']['liability']},{p['commitment']['digest']}"
            for p in sorted(parts, key=lambda p: p["currency"].upper())
        )
        return {"audit": {"commitment": {"digest": _h(pre)}, "id": self.audit_id, "partitions": parts,
                          "time": "2023-01-01T00:00:00Z"}}

    def user_file(self, user_id: str, nonce_field: str = "leaf-nonce") -> dict[str, Any]:
        out = []
        for currency, items in self.leaves.items():
            levels = self.trees[currency]
            for i, (user, cred, amount) in enumerate(items):
                if user != user_id:
                    continue
                witnesses, j = [], i
                for level in levels[:-1]:
                    sib = level[j ^ 1]
                    witnesses.append({"digest": sib[0], "liability": _plain(sib[1])})
                    j //= 2
                nonce = leaf_nonce(cred, self.audit_id, currency, i)
                out.append(
                    {
                        "audit_partition_id": f"{self.audit_id}-{currency}",
                        "liability": amount,
                        "proof": {
                            "leaf_index": i,
                            "nonce": nonce if nonce_field == "leaf-nonce" else levels[0][i][0],
                            "witnesses": witnesses,
                        },
                    }
                )
        return {"user_id": user_id, "audit_id": self.audit_id, "liabilities": out}
