"""htx-merkle-v1 / poloniex-merkle-v1: the synthetic vectors, trees of other shapes from the builder, malformed
files, warnings, and tampering of every hashed or summed value and every side flag.

Expected values come from specs/htx_poloniex.md §2.2–2.3 (the worked example), the vector manifest (roots and
totals) and hand computation; the builder (verifier_gui/core/builders/htx_merkle_v1.py) is written separately
from the verifier, with integer arithmetic.
"""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier_gui.core.builders.htx_merkle_v1 import Account, OddRule, Tree
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.registry import detect
from verifier_gui.core.result import Result
from verifier_gui.core.roots import PublishedRoot
from verifier_gui.core.verify import verify_source

from . import tamper
from .conftest import manifest

ROOT = "9237cacff2a00184f3c3a49ed59482084b157c90df201d40321dbc764651168c"
TAMPERED_ROOT = "ef59068ce177695dde42d521de8033926d619693c634d2807cfe543cab753d9c"
TOTALS = {"BTC": "3.80012001", "ETH": "13.67345678", "TRX": "1000057.5", "USDT": "100112.50000001", "HTX": "10.77"}
USER = {"BTC": "0", "ETH": "3.3", "TRX": "0", "USDT": "12", "HTX": "7.77"}
SCHEME = [
    "leaf-not-recomputable",
    "identity-not-verifiable",
    "weak-binding-sum-only",
    "no-separators",
    "no-domain-separation",
    "neighbour-data-exposed",
]


def synthetic(vectors: Path, name: str = "SYNTHETIC_v1_5coin_pass.json") -> dict[str, Any]:
    return json.loads((vectors / "htx" / name).read_text())


def run(doc: dict[str, Any], root: str | None = None, format_id: str | None = None) -> Result:
    source = Source("merkle_sum_proof.json", json.dumps(doc).encode())
    options = VerifyOptions(root=PublishedRoot(root, "test") if root else None, format_id=format_id)
    return verify_source(source, options)


def set_coin(doc: dict[str, Any], k: int, coin: str, text: str) -> None:
    items = [item.split(":") for item in doc["data"][k]["balances"].split(",")]
    doc["data"][k]["balances"] = ",".join(f"{c}:{text if c == coin else v}" for c, v in items)


# --- the synthetic vectors ------------------------------------------------------------------------------


def test_synthetic_file_passes_from_its_own_root(vectors: Path) -> None:
    r = run(synthetic(vectors))
    assert r.verdict == "pass"
    assert r.format is not None and r.format.id == "htx-merkle-v1"
    assert r.format.variant is not None and "Poloniex" in r.format.variant  # why HTX was reported
    assert r.root_computed == ROOT and r.root_source == "file"
    assert r.totals == TOTALS and r.balances == USER
    codes = r.warning_codes()
    for code in [*SCHEME, "aggregated-asset-label", "totals-not-compared", "root-from-file"]:
        assert code in codes


def test_worked_example_of_the_spec_is_the_first_step(vectors: Path) -> None:
    """§2.3: sibling on the left, tail '0.000000013.30127.77', result d8eb7423…7a01."""
    r = run(synthetic(vectors))
    step = r.steps[1]
    assert step.preimage == (
        "1296a0b280486c980dedddf949a102756c121fb69f0ed1e8b8b0427c5937f845"
        "4765cc449079d22d40b597440e93fea42611c8b17c68e37af2f18c5f5f8efe5d"
        "0.000000013.30127.77"
    )
    assert step.sibling_side == "left"
    assert step.computed.startswith("d8eb7423") and step.computed.endswith("7a01")
    assert r.steps[0].note is not None and "taken from the file" in r.steps[0].note


def test_published_root_replaces_root_from_file(vectors: Path) -> None:
    r = run(synthetic(vectors), ROOT.upper())
    assert r.verdict == "pass" and r.root_source == "published"
    assert "root-from-file" not in r.warning_codes()
    assert [c.name for c in r.checks] == ["structure", "coins", "amounts", "root totals", "file root", "root"]


def test_wrong_published_root_fails_at_root_with_the_hashed_text(vectors: Path) -> None:
    r = run(synthetic(vectors), "11" * 32)
    assert r.verdict == "fail" and r.failure is not None
    assert r.failure.step == "root" and r.failure.computed == ROOT and r.failure.expected == "11" * 32
    assert "3.8001200113.673456781000057.5100112.5000000110.77" in r.failure.message


def test_tampered_vector_fails_with_expected_computed_and_text(vectors: Path) -> None:
    r = run(synthetic(vectors, "SYNTHETIC_v1_tampered_fail.json"))
    assert r.verdict == "fail" and r.root_computed == TAMPERED_ROOT
    assert r.failure is not None and r.failure.step == "root totals"
    assert "USDT 100112.50000001" in r.failure.expected and "USDT 100113.50000001" in r.failure.computed
    # the exact last text hashed: sibling on the left, recomputed node, then the sums
    assert "100113.5000000110.77" in r.failure.message and TAMPERED_ROOT in r.failure.message


def test_uhash_type_and_depth_are_not_judged(vectors: Path) -> None:
    """They are hashed nowhere and undocumented: changing them changes nothing, and the uhash chain is only
    reported."""
    doc = synthetic(vectors)
    assert "uhash chain matches" in (run(doc).steps[-1].note or "")
    doc["data"][4]["uhash"] = "0" * 40
    doc["data"][2]["type"] = "something"
    doc["data"][3]["depth"] = 17
    r = run(doc)
    assert r.verdict == "pass" and "does not match" in (r.steps[-1].note or "")
    for key in ("uhash", "type", "depth"):
        for node in doc["data"]:
            node.pop(key)
    assert run(doc).verdict == "pass"


# --- HTX or Poloniex ------------------------------------------------------------------------------------


def test_detection_reports_htx_only(vectors: Path) -> None:
    source = Source.from_path(vectors / "htx/SYNTHETIC_v1_5coin_pass.json")
    assert [f.id for f in detect(source)] == ["htx-merkle-v1"]


def test_poloniex_is_chosen_with_format(vectors: Path) -> None:
    r = run(synthetic(vectors), format_id="poloniex-merkle-v1")
    assert r.verdict == "pass" and r.format is not None and r.format.id == "poloniex-merkle-v1"
    assert r.format.exchange == "Poloniex" and r.root_computed == ROOT
    codes = r.warning_codes()
    assert all(code in codes for code in SCHEME)
    assert "aggregated-asset-label" not in codes  # unconfirmed for Poloniex (weaknesses.md §4)


def test_sniffer_matches_no_other_format_vector(vectors: Path) -> None:
    for v in manifest():
        if v["format"] in ("htx-merkle-v1", "poloniex-merkle-v1"):
            continue
        for key in ("proof", "tree"):
            if v.get(key):
                ids = [f.id for f in detect(Source.from_path(vectors / v[key]))]
                assert "htx-merkle-v1" not in ids, v["id"]


# --- trees of other shapes ------------------------------------------------------------------------------


def make_tree(n: int, coins: tuple[str, ...] = ("BTC", "ETH", "USDT"), odd: OddRule = "promote") -> Tree:
    def amount(i: int, j: int) -> str:
        units = (i * 7919 + j * 104729) % (10**12)
        text = f"{units // 10**8}.{units % 10**8:08d}".rstrip("0").rstrip(".")
        return text or "0"

    return Tree(coins, [Account(f"user{i}", tuple(amount(i, j) for j in range(len(coins)))) for i in range(n)], odd)


@pytest.mark.parametrize("odd", ["promote", "zero-copy"])
@pytest.mark.parametrize("n", [2, 3, 4, 5, 7, 8, 9, 16, 17, 33])
def test_every_user_of_trees_of_odd_and_even_sizes_passes(n: int, odd: OddRule) -> None:
    tree = make_tree(n, odd=odd)
    for index in range(n):
        r = run(tree.proof(index), tree.root.hash)
        assert r.verdict == "pass", (n, index, r.failure)
        assert r.totals == tree.totals() and r.root_computed == tree.root.hash


def test_zero_copy_padding_is_reported() -> None:
    tree = make_tree(5, odd="zero-copy")
    r = run(tree.proof(4), tree.root.hash)
    assert r.verdict == "pass" and "duplicated-last-node" in r.warning_codes()


def test_padding_copy_flagged_on_the_left_fails() -> None:
    """Both sides give the same text for a copy, so the verifier checks the copy's side itself."""
    tree = make_tree(5, odd="zero-copy")
    doc = tree.proof(4)
    copies = [k for k, node in enumerate(doc["data"][1:-1], start=1) if node["balances"] == "BTC:0,ETH:0,USDT:0"]
    assert copies == [1, 2]  # leaf 4 of 5, and its parent (node 2 of 3), are padded
    above = copy.deepcopy(doc)
    above["data"][2]["r"] = 0
    r = run(above, tree.root.hash)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "padding at level 2"
    # at the first step the leaf's own flag places the copy: both flags swapped keep the structure valid
    doc["data"][1]["r"], doc["data"][-1]["r"] = 0, 1
    r = run(doc, tree.root.hash)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "padding at level 1"


@pytest.mark.parametrize(
    "coins",
    [("TRX",), ("BTC", "ETH", "TRX", "USDT", "HTX", "XRP", "DOGE", "SOL"), tuple(f"C{i}" for i in range(40))],
    ids=["one-coin", "eight-coins", "forty-coins"],
)
def test_any_coin_list(coins: tuple[str, ...]) -> None:
    tree = make_tree(6, coins)
    for index in (0, 5):
        r = run(tree.proof(index), tree.root.hash)
        assert r.verdict == "pass" and list(r.totals or {}) == list(coins)


def test_tiny_and_huge_amounts_are_summed_exactly() -> None:
    big = "99999999999999999999.99999999"
    tree = Tree(("BTC", "USDT"), [Account(f"u{i}", (big, "0.00000001")) for i in range(3)] + [Account("u3", ("0.00000001", "0"))])
    r = run(tree.proof(1), tree.root.hash)
    assert r.verdict == "pass"
    # by hand: 3 × 99999999999999999999.99999999 + 0.00000001, and 3 × 0.00000001
    assert r.totals == {"BTC": "299999999999999999999.99999998", "USDT": "0.00000003"}
    assert "amount-overflow" in r.warning_codes()  # above 2^64


def test_negative_leaf_and_sum_are_flagged_by_place_but_verdict_kept() -> None:
    tree = Tree(("BTC",), [Account("a", ("1",)), Account("b", ("-3",)), Account("c", ("1",)), Account("d", ("0",))])
    r = run(tree.proof(0), tree.root.hash)
    assert r.verdict == "pass" and r.totals == {"BTC": "-1"}
    messages = {w.code: w.message for w in r.warnings}
    assert "data[1].balances.BTC is -3" in messages["negative-balance"]  # the neighbour's leaf
    assert "negative-sum" in messages  # the pair sums to -2, the root to -1


# --- amounts and coins ----------------------------------------------------------------------------------


def test_non_canonical_root_sum_fails_like_the_official_tool(vectors: Path) -> None:
    doc = synthetic(vectors)
    set_coin(doc, 0, "TRX", "1000057.50")
    r = run(doc)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "root totals"
    warning = next(w for w in r.warnings if w.code == "non-canonical-amount")
    assert "data[0].balances.TRX" in warning.message


def test_non_canonical_internal_sum_is_only_a_warning(vectors: Path) -> None:
    doc = synthetic(vectors)
    set_coin(doc, 2, "BTC", "0.30")  # same value, so nothing hashed changes
    r = run(doc)
    assert r.verdict == "pass" and "non-canonical-amount" in r.warning_codes()


def test_amount_with_more_than_8_places_fails(vectors: Path) -> None:
    doc = synthetic(vectors)
    set_coin(doc, 3, "BTC", "3.500120001")
    r = run(doc)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "amounts"
    assert "data[3].balances.BTC" in r.failure.message


def test_coins_in_another_order_fail_and_say_the_tool_differs(vectors: Path) -> None:
    doc = synthetic(vectors)
    doc["data"][2]["balances"] = "ETH:0,BTC:0.3,TRX:42,USDT:99999.99999999,HTX:0"
    r = run(doc)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "coins"
    assert "official-tool-differs" in r.warning_codes()


def test_missing_coin_fails(vectors: Path) -> None:
    doc = synthetic(vectors)
    doc["data"][1]["balances"] = "BTC:0.00000001,ETH:0,TRX:0,USDT:0"
    r = run(doc)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "coins"
    assert "missing HTX" in r.failure.message


# --- structure and malformed input ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("k", "value", "words"),
    [(1, 1, "are both 1"), (2, 2, "data[2].r is 2"), (4, -1, "data[4].r is -1")],
    ids=["sibling-same-side", "flag-2", "own-flag-negative"],
)
def test_bad_side_flags_fail_the_structure_check(vectors: Path, k: int, value: int, words: str) -> None:
    doc = synthetic(vectors)
    doc["data"][k]["r"] = value
    r = run(doc)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "structure"
    assert words in r.failure.message


def test_too_short_a_file_fails(vectors: Path) -> None:
    doc = synthetic(vectors)
    doc["data"] = [doc["data"][0], doc["data"][-1]]
    r = run(doc)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "structure"


@pytest.mark.parametrize(
    ("change", "place"),
    [
        (lambda d: d["data"][1].update(balances="BTC0.1,ETH:0,TRX:0,USDT:0,HTX:0"), "data[1].balances"),
        (lambda d: d["data"][4].update(balances="BTC:0,ETH:3.3,TRX:0,USDT:1e1,HTX:7.77"), "data[4].balances.USDT"),
        (lambda d: d["data"][3].update(balances="BTC:1,BTC:2,ETH:0,TRX:0,USDT:0,HTX:0"), "data[3].balances"),
        (lambda d: d["data"][2].update(hash=d["data"][2]["hash"].upper()), "data[2].hash"),
        (lambda d: d["data"][1].pop("r"), "data[1].r"),
        (lambda d: d["data"][1].update(r="1"), "data[1].r"),
        (lambda d: d["data"][0].update(extra=1), "data[0].extra"),
    ],
    ids=["no-colon", "exponent", "coin-twice", "upper-case-hash", "missing-flag", "flag-as-text", "unknown-key"],
)
def test_malformed_file_is_an_error_naming_the_place(vectors: Path, change: Any, place: str) -> None:
    doc = synthetic(vectors)
    change(doc)
    r = run(doc)
    assert r.verdict == "error" and r.error is not None
    assert "merkle_sum_proof.json" in r.error.message and place in r.error.message


# --- tampering ------------------------------------------------------------------------------------------


def _sites(doc: dict[str, Any]) -> list[tuple[int, str, str | None]]:
    """Every summed amount, hash and side flag that feeds the recomputation: (node, field, coin)."""
    last = len(doc["data"]) - 1
    sites: list[tuple[int, str, str | None]] = []
    for k, node in enumerate(doc["data"]):
        sites += [(k, "balances", item.split(":")[0]) for item in node["balances"].split(",")]
        sites.append((k, "hash", None))
        if k >= 1:  # the root's flag is read by nobody
            sites.append((k, "r", None))
    assert sites[-1] == (last, "r", None)
    return sites


@pytest.fixture(scope="module")
def tamper_bases(vectors: Path) -> list[tuple[dict[str, Any], str | None]]:
    seven = make_tree(7)
    padded = make_tree(5, odd="zero-copy")
    one_coin = make_tree(4, ("TRX",))
    return [
        (synthetic(vectors), None),
        (synthetic(vectors), ROOT),
        (seven.proof(6), seven.root.hash),
        (seven.proof(2), None),
        (padded.proof(4), padded.root.hash),
        (one_coin.proof(1), one_coin.root.hash),
    ]


def test_tamper_bases_pass_untouched(tamper_bases: list[tuple[dict[str, Any], str | None]]) -> None:
    for doc, root in tamper_bases:
        assert run(doc, root).verdict == "pass"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_single_change_to_a_summed_amount_hash_or_flag_passes(
    tamper_bases: list[tuple[dict[str, Any], str | None]], data: st.DataObject
) -> None:
    base, root = data.draw(st.sampled_from(tamper_bases))
    doc = copy.deepcopy(base)
    k, field, coin = data.draw(st.sampled_from(_sites(doc)))
    node = doc["data"][k]
    if field == "balances":
        assert coin is not None
        old = dict(item.split(":") for item in node["balances"].split(","))[coin]
        set_coin(doc, k, coin, tamper.plain(Decimal(old) + tamper.amount_delta(data, 8)))
    elif field == "hash":
        node["hash"] = tamper.other_hex_digit(node["hash"], data)
    else:
        node["r"] = tamper.other_int(node["r"], data, -1, 5)
    r = run(doc, root)
    assert r.verdict != "pass", (k, field, coin, doc["data"][k])
