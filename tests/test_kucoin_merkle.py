"""kucoin-merkle: the real PR30SEP23 proof (as JSON and as pasted), trees of other shapes from the builder, the
OKX v1 look-alike, and tampering of every kind.

Expected values come from specs/kucoin.md §2 and vectors/kucoin/SOURCES.md (leaf, first parent, root, totals),
not from this code.
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

from verifier_gui.core.builders.kucoin_merkle import Account, Tree, deterministic_nonce
from verifier_gui.core.formats import kucoin_merkle, okx_merkle_v1
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.result import Result
from verifier_gui.core.roots import PublishedRoot
from verifier_gui.core.verify import verify_source

from . import tamper

REAL_ROOT = "53901b08e0fabc95ed7944ca2ce705f56e3b1ce70b205effd7c71de1e326a29d"
REAL_LEAF = "29d001e13ae458d3c40b0ecbb0fd16a6024d33dc87c5ea15487a1839db100f15"
REAL_TOTALS = {
    "BTC": "17617.57263592822635185288",
    "ETH": "148125.11713030354494320752",
    "USDT": "837284569.62684962020488152192",
    "USDC": "88893569.84644908146946211525",
}
REAL_USER = {"BTC": "0.000000007767975", "ETH": "0.0000000033809878", "USDT": "382.4202416595830814784",
             "USDC": "0.000023761"}
SCHEME = ("weak-binding-sum-only", "no-separators", "identity-not-verifiable", "neighbour-data-exposed")


def real_doc(vectors: Path) -> dict[str, Any]:
    return json.loads((vectors / "kucoin/kucoin_PR30SEP23_proof.json").read_text())


def run_text(text: str, root: str | None = None, format_id: str | None = None) -> Result:
    source = Source("proof.txt", text.encode())
    options = VerifyOptions(root=PublishedRoot(root, "test") if root else None, format_id=format_id)
    return verify_source(source, options)


def run(doc: dict[str, Any], root: str | None = None, format_id: str | None = None) -> Result:
    return run_text(json.dumps(doc, separators=(",", ":")), root, format_id)


# --- the real proof ---------------------------------------------------------------------------------------------


def test_real_proof_passes_with_its_warnings(vectors: Path) -> None:
    r = run(real_doc(vectors))
    assert r.verdict == "pass", r.failure
    assert r.root_computed == REAL_ROOT and r.root_source == "file"
    assert r.totals == REAL_TOTALS and r.balances == REAL_USER
    assert list(r.totals) == ["BTC", "ETH", "USDT", "USDC"]  # file order, not sorted
    codes = r.warning_codes()
    for code in (*SCHEME, "root-from-file", "totals-not-compared", "negative-sum"):
        assert code in codes
    neg = next(w for w in r.warnings if w.code == "negative-sum")
    assert "path[11].balances.USDC is -6844.7208154384303860686" in neg.message  # height 12 (specs/kucoin.md)
    assert "official-tool-differs" not in codes and "negative-balance" not in codes


def test_real_proof_steps_match_the_spec(vectors: Path) -> None:
    r = run(real_doc(vectors), REAL_ROOT)
    assert r.verdict == "pass" and "root-from-file" not in r.warning_codes()
    leaf, first = r.steps[0], r.steps[1]
    assert leaf.computed == REAL_LEAF
    assert leaf.preimage is not None and leaf.preimage.startswith(
        "93144fb6403ceb89223156c7fb1695a0ce93cafc42d7544e9d319981ee30245ePR30SEP23{\"BTC\":\"0.000000007767975\","
    )
    # specs/kucoin.md §2.5, step 1 of the real proof → 763ccb32…108a
    assert first.preimage == (
        REAL_LEAF + "8da6b28ba77ca6b5bacec270e416e76d73b98009d4724c63a4aa3aa032f00ac6"
        + "0.000000007767975" + "0.000074918515288422" + "382.42283942053043362046" + "0.000023766300048" + "2"
    )
    assert first.computed.startswith("763ccb32") and first.computed.endswith("108a")
    assert [s.height for s in r.steps] == list(range(1, 27)) + [26]


def test_pasted_text_with_prompt_and_output_passes(vectors: Path) -> None:
    r = run_text((vectors / "kucoin/kucoin_PR30SEP23_paste.txt").read_text())
    assert r.verdict == "pass", r.failure or r.error
    assert r.root_computed == REAL_ROOT and r.totals == REAL_TOTALS
    pasted = next(c for c in r.checks if c.name == "pasted text")
    assert "line 2" in pasted.detail


def test_surrounding_text_with_braces_is_skipped(vectors: Path) -> None:
    proof = json.dumps(real_doc(vectors))
    r = run_text('Enter {your data} here:\n  {"note": 1}\n' + proof + "\nthanks {bye}\n")
    assert r.verdict == "pass", r.failure or r.error


def test_text_without_json_is_an_error_naming_the_file() -> None:
    r = run_text('Please enter the data to be verified:\n"path" and "self" are missing\n', format_id="kucoin-merkle")
    assert r.verdict == "error" and r.error is not None
    assert r.error.code == "no-proof-json" and r.error.message.startswith("proof.txt:")


def test_truncated_paste_is_an_error_naming_where(vectors: Path) -> None:
    text = (vectors / "kucoin/kucoin_PR30SEP23_paste.txt").read_text()
    cut = text[: text.index('"self"')]
    r = run_text(cut, format_id="kucoin-merkle")
    assert r.verdict == "error" and r.error is not None
    assert "line 2, column 1" in r.error.message and "incomplete or invalid" in r.error.message


def test_wrong_published_root_fails_and_says_the_checker_would_pass(vectors: Path) -> None:
    r = run(real_doc(vectors), "ff" + REAL_ROOT[2:])
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "root"
    assert r.failure.computed == REAL_ROOT
    assert "official-tool-differs" in r.warning_codes()


def test_edited_own_balance_fails_at_the_leaf(vectors: Path) -> None:
    doc = real_doc(vectors)
    doc["self"]["balances"]["USDT"] = "382.4202416595830814785"
    r = run(doc)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "leaf"
    assert '"USDT":"382.4202416595830814785"' in r.failure.message  # the exact text hashed
    assert r.failure.expected == REAL_LEAF
    assert "official-tool-differs" not in r.warning_codes()  # the checker's sums fail too


@pytest.mark.parametrize("field", ["nonce", "auditId"])
def test_leaf_that_does_not_recompute_passes_kucoins_checker_but_not_here(vectors: Path, field: str) -> None:
    """KuCoin's checker starts from self.hash and never rehashes the leaf (specs/kucoin.md §2.6)."""
    doc = real_doc(vectors)
    if field == "nonce":
        doc["self"]["nonce"] = "0" * 64
    else:  # another audit's id on both leaves (one alone breaks the rule that they match)
        doc["self"]["auditId"] = doc["path"][0]["auditId"] = "PR31OCT23"
    r = run(doc)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "leaf"
    assert "official-tool-differs" in r.warning_codes()
    assert "never recomputes" in next(w.message for w in r.warnings if w.code == "official-tool-differs")


def test_neighbour_leaf_is_recomputed(vectors: Path) -> None:
    """path[0]'s nonce is hashed only into the neighbour's leaf: changing it must still fail."""
    doc = real_doc(vectors)
    doc["path"][0]["nonce"] = "1" + doc["path"][0]["nonce"][1:]
    r = run(doc, REAL_ROOT)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "neighbour leaf"
    assert r.failure.expected == "8da6b28ba77ca6b5bacec270e416e76d73b98009d4724c63a4aa3aa032f00ac6"
    doc = real_doc(vectors)
    doc["path"][0]["auditId"] = "PR31OCT23"
    assert run(doc, REAL_ROOT).verdict == "fail"


def test_coin_order_is_hashed(vectors: Path) -> None:
    doc = real_doc(vectors)
    doc["self"]["balances"] = dict(sorted(doc["self"]["balances"].items()))  # USDC before USDT
    assert run(doc).verdict == "fail"


# --- telling KuCoin from OKX v1 ---------------------------------------------------------------------------------


def test_sniffers_do_not_overlap_on_the_real_files(vectors: Path) -> None:
    okx = Source.from_path(vectors / "okx/merkle_v1/merkle_proof_file.json")
    ku = Source.from_path(vectors / "kucoin/kucoin_PR30SEP23_proof.json")
    paste = Source.from_path(vectors / "kucoin/kucoin_PR30SEP23_paste.txt")
    assert not kucoin_merkle.sniff(okx) and okx_merkle_v1.sniff(okx)
    assert kucoin_merkle.sniff(ku) and not okx_merkle_v1.sniff(ku)
    assert kucoin_merkle.sniff(paste) and not okx_merkle_v1.sniff(paste)


def test_a_kucoin_file_with_exactly_okx_coins_is_detected_as_kucoin() -> None:
    """KuCoin's root is type 0 and OKX's type 3; the root type tells the two layouts apart even when the coin
    names are the same."""
    tree = make_tree(5, coins=("BTC", "ETH", "USDT"))
    doc = tree.proof(2)
    r = run(doc)
    assert r.verdict == "pass" and r.format is not None and r.format.id == "kucoin-merkle"
    assert run(doc, format_id="okx-merkle-v1").verdict != "pass"  # OKX's rules do not fit a KuCoin file


# --- trees of other shapes --------------------------------------------------------------------------------------


def make_tree(n: int, coins: tuple[str, ...] = ("BTC", "ETH", "USDT", "USDC"),
              rows: list[tuple[str, ...]] | None = None, seed: str = "k") -> Tree:
    rows = rows or [
        tuple(tamper.plain(Decimal((i + 1) * (c + 3) * 7919 % 10**9).scaleb(-(c * 5 + 3))) for c in range(len(coins)))
        for i in range(n)
    ]
    return Tree([Account(deterministic_nonce(seed, i), rows[i]) for i in range(n)], coins=coins)


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 7, 8, 9, 17, 33])
def test_every_user_of_built_trees_passes(n: int) -> None:
    tree = make_tree(n)
    for index in range(n):
        r = run(tree.proof(index), tree.root.hash)
        assert r.verdict == "pass", (n, index, r.failure)
        assert r.root_computed == tree.root.hash


def test_padding_sibling_is_accepted_and_flagged() -> None:
    tree = make_tree(3)
    r = run(tree.proof(2), tree.root.hash)  # leaf 2 is alone: its sibling is a zero copy
    assert r.verdict == "pass" and "duplicated-last-node" in r.warning_codes()


def test_copy_sibling_with_balances_fails() -> None:
    tree = make_tree(3)
    doc = tree.proof(2)
    doc["path"][0]["balances"]["BTC"] = "1"
    r = run(doc, tree.root.hash)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "sibling at height 1"


@pytest.mark.parametrize("coins", [("BTC",), ("USDT", "BTC"), tuple(f"C{i}" for i in range(12))])
def test_one_coin_and_many_coins(coins: tuple[str, ...]) -> None:
    tree = make_tree(6, coins=coins)
    for index in (0, 5):
        r = run(tree.proof(index), tree.root.hash)
        assert r.verdict == "pass", r.failure
        assert r.totals is not None and list(r.totals) == list(coins)


def test_tiny_and_huge_amounts() -> None:
    rows = [("0.000000000000000000000000001", "98765432109876543210987654321.123456789"),
            ("1", "0"), ("12345678901234567890", "0.00000000000000000001")]
    tree = make_tree(3, coins=("BTC", "USDT"), rows=rows)
    r = run(tree.proof(1), tree.root.hash)
    assert r.verdict == "pass", r.failure
    assert r.totals == {"BTC": "12345678901234567891.000000000000000000000000001",
                        "USDT": "98765432109876543210987654321.12345678900000000001"}


def test_negative_leaves_warn_with_their_place() -> None:
    tree = make_tree(4, coins=("BTC", "USDC"), rows=[("1", "0"), ("-3", "2"), ("1", "0"), ("0", "0")])
    r = run(tree.proof(0), tree.root.hash)
    assert r.verdict == "pass"
    neg = next(w for w in r.warnings if w.code == "negative-balance")
    assert "path[0].balances.BTC is -3" in neg.message
    assert "negative-sum" in r.warning_codes()


def test_sums_beyond_kucoins_precision_fail() -> None:
    big = "1234567890123456789012345678901234567890123456789012345678901"  # 61 digits
    tiny = "0." + "0" * 39 + "1"  # 40 places: the sum needs 101 significant digits
    tree = make_tree(2, coins=("BTC",), rows=[(big,), (tiny,)])
    r = run(tree.proof(0), tree.root.hash)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "sum precision"


def test_non_canonical_sibling_amount_is_flagged() -> None:
    tree = make_tree(4)
    doc = tree.proof(0)
    doc["path"][1]["balances"]["BTC"] += "0" if "." in doc["path"][1]["balances"]["BTC"] else ".0"
    r = run(doc, tree.root.hash)
    assert r.verdict == "pass" and "non-canonical-amount" in r.warning_codes()


# --- structure and malformed input ------------------------------------------------------------------------------


def test_unhashed_fields_on_inner_siblings_fail(vectors: Path) -> None:
    doc = real_doc(vectors)
    doc["path"][3]["nonce"] = doc["path"][0]["nonce"]
    r = run(doc)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "structure"
    assert "path[3]" in r.failure.message


def test_missing_or_extra_coin_on_a_sibling_fails(vectors: Path) -> None:
    doc = real_doc(vectors)
    del doc["path"][4]["balances"]["USDC"]
    assert run(doc).failure.step == "structure"  # type: ignore[union-attr]
    doc = real_doc(vectors)
    doc["path"][4]["balances"]["XRP"] = "1"
    assert run(doc).failure.step == "structure"  # type: ignore[union-attr]


def test_malformed_amount_names_the_place(vectors: Path) -> None:
    doc = real_doc(vectors)
    doc["path"][3]["balances"]["ETH"] = 0.5
    r = run(doc)
    assert r.verdict == "error" and r.error is not None
    assert "path[3].balances.ETH" in r.error.message
    doc = real_doc(vectors)
    doc["self"]["balances"]["BTC"] = "1e-8"
    r = run(doc)
    assert r.error is not None and "self.balances.BTC" in r.error.message


def test_missing_audit_id_names_the_field(vectors: Path) -> None:
    doc = real_doc(vectors)
    del doc["self"]["auditId"]
    r = run(doc)
    assert r.verdict == "error" and r.error is not None and "self.auditId" in r.error.message


# --- tampering --------------------------------------------------------------------------------------------------


def _sites(doc: dict[str, Any]) -> list[tamper.Site]:
    """Every amount, hash, flag, height, nonce and audit id of each node, and the order of the user's coins."""
    sites = tamper.node_sites(doc, optional=(("nonce", "hash"), ("auditId", "audit")))
    return sites + [(("self", "balances"), "order")]


def _mutated(value: Any, kind: str, draw: st.DataObject) -> Any:
    if kind == "audit":
        return draw.draw(st.sampled_from(["PR31OCT23", "PR30SEP2", "pr30sep23", value + "X"]))
    if kind == "order":
        items = list(value.items())
        perm = draw.draw(st.permutations(items).filter(lambda p: [k for k, _ in p] != [k for k, _ in items]))
        return dict(perm)
    # KuCoin writes any number of places: amounts change down to 24 places.
    return tamper.mutated(value, kind, draw, max_places=24)


@pytest.fixture(scope="module")
def tamper_bases(vectors: Path) -> list[tuple[dict[str, Any], str | None]]:
    small = make_tree(7)
    return [(real_doc(vectors), REAL_ROOT), (real_doc(vectors), None), (small.proof(6), small.root.hash),
            (small.proof(3), None)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_single_change_to_a_hashed_value_flag_height_nonce_or_order_passes(
    tamper_bases: list[tuple[dict[str, Any], str | None]], data: st.DataObject
) -> None:
    base, root = data.draw(st.sampled_from(tamper_bases))
    doc = copy.deepcopy(base)
    changed = tamper.change_one(doc, _sites(doc), _mutated, data)
    if changed is None:
        return
    r = run(doc, root, format_id="kucoin-merkle")
    assert r.verdict != "pass", changed
