"""bitget-merkle: Java BigDecimal text and HashMap order, the four real files, built trees of every layout,
and tampering of every kind.

Expected values come from the Java SE documentation (worked by hand below), specs/bitget.md (its worked
hashes, coin table and sample facts), the vectors' manifest and SOURCES.md, never from this code.
"""

from __future__ import annotations

import copy
import itertools
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier_gui.core.builders.bitget_merkle import (
    COINS,
    LAYOUT_2022,
    LAYOUT_2025_AUG,
    LAYOUT_2025_NOV,
    Account,
    JavaHashMap,
    Layout,
    Tree,
    account_leaf,
    deterministic_nonce,
    deterministic_uid,
    dumps,
)
from verifier_gui.core.formats import bitget_merkle as bg
from verifier_gui.core.javalang import (
    UnsupportedKeySet,
    bigdecimal_strip_plain,
    bigdecimal_to_plain_string,
    bigdecimal_to_string,
    hashmap_capacity,
    hashmap_order,
    spread_hash,
    string_hash_code,
)
from verifier_gui.core.loading import Source, parse_json
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.result import Result
from verifier_gui.core.roots import PublishedRoot
from verifier_gui.core.verify import verify_source

from . import tamper
from .conftest import manifest

D = Decimal

# --- Java BigDecimal text -------------------------------------------------------------------------------


def bd(unscaled: int, scale: int) -> Decimal:
    """The BigDecimal [unscaled, scale] of the Java documentation, as a Decimal."""
    sign = 1 if unscaled < 0 else 0
    return Decimal((sign, tuple(int(c) for c in str(abs(unscaled))), -scale))


# BigDecimal.toString() javadoc table, [unscaled, scale] -> text.
@pytest.mark.parametrize(
    ("unscaled", "scale", "text"),
    [
        (123, 0, "123"),
        (-123, 0, "-123"),
        (123, -1, "1.23E+3"),
        (123, -3, "1.23E+5"),
        (123, 1, "12.3"),
        (123, 5, "0.00123"),
        (123, 10, "1.23E-8"),
        (-123, 12, "-1.23E-10"),
    ],
)
def test_to_string_javadoc_examples(unscaled: int, scale: int, text: str) -> None:
    assert bigdecimal_to_string(bd(unscaled, scale)) == text


# Worked by hand from the javadoc rule: adjusted = -scale + (digits - 1); plain iff scale >= 0 and
# adjusted >= -6; else one digit, point, rest, 'E', sign, |adjusted|.
@pytest.mark.parametrize(
    ("written", "text"),
    [
        ("0.00000054", "5.4E-7"),  # [54, 8]: adjusted -8 + 1 = -7 < -6
        ("0.00000001", "1E-8"),  # [1, 8]: one digit, no point
        ("0.00000000", "0E-8"),  # [0, 8]: adjusted -8
        ("0.000001", "0.000001"),  # [1, 6]: adjusted -6, still plain
        ("0.0000010", "0.0000010"),  # [10, 7]: adjusted -7 + 1 = -6, plain, scale kept
        ("0.0000001", "1E-7"),  # [1, 7]: adjusted -7
        ("2020155332.95708230", "2020155332.95708230"),  # trailing zero kept (the scale is 8)
        ("5000", "5000"),
        ("1E+2", "1E+2"),  # [1, -2]: a negative scale is always exponential
        ("0E+3", "0E+3"),  # [0, -3]: adjusted 3
        ("-0.00", "0.00"),  # Java has no negative zero
        ("-1536.70659782", "-1536.70659782"),
    ],
)
def test_to_string_hand_values(written: str, text: str) -> None:
    assert bigdecimal_to_string(D(written)) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (bd(123, -3), "123000"),
        (bd(123, 5), "0.00123"),
        (bd(-123, 12), "-0.000000000123"),
        (bd(0, 8), "0.00000000"),
        (bd(0, -3), "0"),  # JDK 8+: a zero with a negative scale prints "0"
        (bd(54, 8), "0.00000054"),
        (bd(-54, 8), "-0.00000054"),
        (D("-0.0"), "0.0"),
    ],
)
def test_to_plain_string_hand_values(value: Decimal, text: str) -> None:
    assert bigdecimal_to_plain_string(value) == text


@pytest.mark.parametrize(
    ("written", "text"),
    [
        ("0.00012635", "0.00012635"),
        ("2020155332.95708230", "2020155332.9570823"),
        ("1.500", "1.5"),
        ("100.00", "100"),  # strip gives [1, -2]; setScale(0) then prints 100
        ("1E+2", "100"),
        ("0E-8", "0"),  # stripTrailingZeros() of a zero is ZERO
        ("-0.0", "0"),
        ("-1536.70659782", "-1536.70659782"),
        ("0.00000054", "0.00000054"),  # plain, never 5.4E-7
    ],
)
def test_scheme_b_strip_plain_hand_values(written: str, text: str) -> None:
    assert bigdecimal_strip_plain(D(written)) == text


# --- Java HashMap order ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "code"),
    [
        ("BTC", 66097),  # 66*31^2 + 84*31 + 67 = 63426 + 2604 + 67
        ("ETH", 68985),  # 69*961 + 84*31 + 72 = 66309 + 2604 + 72
        ("USDT", 2614190),  # 85*29791 + 83*961 + 68*31 + 84 = 2532235 + 79763 + 2108 + 84
        ("USDC", 2614173),  # USDT - ('T' - 'C') = 2614190 - 17
        ("", 0),
        ("Aa", 2112),  # 65*31 + 97
        ("BB", 2112),  # 66*31 + 66: the classic collision
        ("polygenelubricants", -(2**31)),  # a well-known string whose hashCode is Integer.MIN_VALUE
    ],
)
def test_string_hash_code(key: str, code: int) -> None:
    assert string_hash_code(key) == code


# Bins at capacity 16, specs/bitget.md §6 table; e.g. BTC: 66097 ^ (66097 >>> 16 = 1) = 66096 = 16*4131.
@pytest.mark.parametrize(
    ("key", "bucket"),
    [("BTC", 0), ("ETH", 8), ("USDT", 9), ("USDC", 10), ("SOL", 1), ("XRP", 7), ("BNB", 7), ("DOGE", 9),
     ("TRX", 11), ("BGB", 12)],
)
def test_bucket_at_capacity_16(key: str, bucket: int) -> None:
    assert spread_hash(key) & 15 == bucket


def test_real_coins_come_out_btc_eth_usdt_usdc_whatever_the_insertion_order() -> None:
    for keys in itertools.permutations(("USDC", "USDT", "ETH", "BTC")):
        assert hashmap_order(keys) == ["BTC", "ETH", "USDT", "USDC"]


def test_ties_keep_insertion_order() -> None:
    assert hashmap_order(["XRP", "BNB"]) == ["XRP", "BNB"]  # both bin 7
    assert hashmap_order(["BNB", "XRP"]) == ["BNB", "XRP"]
    # BB, Aa (2112 = 16*132) and BTC share bin 0; ETH is bin 8
    assert hashmap_order(["BB", "ETH", "Aa", "BTC"]) == ["BB", "Aa", "BTC", "ETH"]


def test_resize_past_twelve_keys() -> None:
    # One-character keys hash to their code: Q=81 is bin 1 at 16 but bin 17 at 32; A=65 .. L=76 stay 1 .. 12.
    twelve = list("QABCDEFGHIJK")
    assert hashmap_capacity(twelve) == 16
    assert hashmap_order(twelve) == list("QABCDEFGHIJK")  # Q shares bin 1 with A, inserted first
    assert hashmap_capacity(twelve + ["L"]) == 32  # 13 > 0.75 * 16
    assert hashmap_order(twelve + ["L"]) == list("ABCDEFGHIJKLQ")


def test_ninth_key_in_one_bin_doubles_a_small_table() -> None:
    # All ≡ 1 mod 16: '!'=33 '1'=49 'A'=65 'Q'=81 'a'=97 'q'=113 "01"=1537 "0A"=1553 "0Q"=1569.
    # The 9th key in bin 1 makes treeifyBin resize to 32 instead: mod 32 they are 1,17,1,17,1,17,1,17,1.
    keys = ["!", "1", "A", "Q", "a", "q", "01", "0A", "0Q"]
    assert hashmap_capacity(keys[:8]) == 16
    assert hashmap_order(keys[:8]) == keys[:8]
    assert hashmap_capacity(keys) == 32
    assert hashmap_order(keys) == ["!", "A", "a", "01", "0Q", "1", "Q", "q", "0A"]


def test_identical_hashes_grow_the_table_then_are_refused_as_tree_bins() -> None:
    # Words of "Aa"/"BB" blocks all share one hashCode: the 9th grows 16 -> 32, the 10th 32 -> 64, the
    # 11th would turn the bin into a red-black tree, whose order is not modelled.
    words = ["".join(w) for w in itertools.product(["Aa", "BB"], repeat=4)]
    assert len({string_hash_code(w) for w in words}) == 1
    assert hashmap_capacity(words[:9]) == 32
    assert hashmap_capacity(words[:10]) == 64
    assert hashmap_order(words[:10]) == words[:10]
    with pytest.raises(UnsupportedKeySet):
        hashmap_order(words[:11])


@given(st.lists(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ab", min_size=1, max_size=6),
                max_size=60, unique=True))
@settings(max_examples=200, deadline=None)
def test_sorted_order_agrees_with_the_builders_literal_table_simulation(keys: list[str]) -> None:
    table = JavaHashMap()
    try:
        for k in keys:
            table.put(k, 0)
    except NotImplementedError:
        with pytest.raises(UnsupportedKeySet):
            hashmap_order(keys)
        return
    assert hashmap_order(keys) == [k for k, _ in table.items()]


# --- the spec's worked hashes ----------------------------------------------------------------------


def test_spec_parent_examples_byte_for_byte() -> None:
    a25 = bg.parent_preimage(
        "8105aeae72e378e2", "cd3b3c22513c03e8",
        [("BTC", D("0.00000054")), ("ETH", D(0)), ("USDT", D("1504.52487962")), ("USDC", D(0))], 22, "A",
    )
    assert a25 == '8105aeae72e378e2cd3b3c22513c03e8,{"BTC":5.4E-7,"ETH":0,"USDT":1504.52487962,"USDC":0},22'
    assert bg.hash16(a25) == "48b435330c1e27c3"
    a22 = bg.parent_preimage(
        "1fa8ef498dc505f6", "64ced402edefa4da", [("BTC", D(0)), ("ETH", D(5000)), ("USDT", D("13242.22476302"))],
        10, "A",
    )
    assert bg.hash16(a22) == "dad97b5b07f207f0"
    b25 = bg.parent_preimage(
        "1234601ae9644912", "7aed7abe4fc5294b",
        [("BTC", D(0)), ("ETH", D(0)), ("USDT", D("0.00012635")), ("USDC", D(0))], 26, "B",
    )
    assert b25 == '1234601ae96449127aed7abe4fc5294b,{"BTC":"0","ETH":"0","USDT":"0.00012635","USDC":"0"},26'
    assert bg.hash16(b25) == "2aa857dbe756ffeb"


# --- the real files ---------------------------------------------------------------------------------

BITGET = {v["proof"]: v for v in manifest() if v["format"] == "bitget-merkle"}
SCHEME = {  # SOURCES.md
    "bitget/readme_example_Au20221125.json": "A",
    "bitget/v1.0.2_Au20221129_official.json": "A",
    "bitget/v1.0.3_Au20230307_official.json": "A",
    "bitget/v1.0.4_Au2025111815_official.json": "B",
}
V102 = "bitget/v1.0.2_Au20221129_official.json"
V104 = "bitget/v1.0.4_Au2025111815_official.json"


def load(vectors: Path, rel: str) -> dict[str, Any]:
    return parse_json((vectors / rel).read_text(encoding="utf-8"), rel)  # Decimal numbers, scale kept


def run(doc: dict[str, Any] | str, root: str | None = None) -> Result:
    text = doc if isinstance(doc, str) else dumps(doc)
    options = VerifyOptions(root=PublishedRoot(root, "test") if root else None)
    return verify_source(Source("merkel_tree_bg.json", text.encode()), options)


def test_manifest_lists_the_four_files() -> None:
    assert set(BITGET) == set(SCHEME)


@pytest.mark.parametrize("rel", sorted(SCHEME))
def test_real_file_passes_with_its_scheme_and_warnings(vectors: Path, rel: str) -> None:
    entry = BITGET[rel]
    r = run((vectors / rel).read_text(encoding="utf-8"))
    assert r.verdict == "pass", r.failure
    assert r.root_computed == entry["expect_root"] and r.root_source == "file"
    assert r.totals == entry["expect_totals"]
    assert r.format is not None and r.format.variant is not None
    assert r.format.variant.startswith(f"scheme {SCHEME[rel]}")
    codes = r.warning_codes()
    for code in ("truncated-hash-64", "weak-binding-sum-only", "identity-not-verifiable", "variant-matched",
                 "root-from-file", "totals-not-compared"):
        assert code in codes
    old_format = SCHEME[rel] == "A"  # every scheme-A sample still has the neighbour's uid and nonce
    assert ("neighbour-data-exposed" in codes) == old_format
    assert ("official-tool-differs" in codes) == old_format  # v1.0.4 rejects scheme A
    assert "duplicated-last-node" not in codes and "unexpected-depth" not in codes


def test_v104_negative_usdc_sums_pass_with_a_warning_naming_the_place(vectors: Path) -> None:
    r = run((vectors / V104).read_text())
    assert r.verdict == "pass"
    neg = next(w for w in r.warnings if w.code == "negative-sum")
    assert "path[10].balances.USDC is -1536.70659782" in neg.message  # specs/bitget.md §9
    assert "negative-balance" not in r.warning_codes()


def test_v102_user_balances_and_first_parent(vectors: Path) -> None:
    r = run((vectors / V102).read_text(), "ffedeaf82363b23c")
    assert r.verdict == "pass" and r.root_source == "published"
    assert "root-from-file" not in r.warning_codes()
    assert r.balances == {"BTC": "0", "ETH": "5000", "USDT": "5560.49"}
    assert r.user_id == "b3e887893212aa3faea8923b3b4c8589131895e7f468d394c4c508e31e3c85bf"
    assert r.steps[0].computed == "1fa8ef498dc505f6"
    assert r.steps[0].preimage is not None and r.steps[0].preimage.endswith(',{"BTC":0,"ETH":5000,"USDT":5560.49}')
    assert r.steps[1].computed == "dad97b5b07f207f0" and r.steps[1].height == 10  # spec §5
    assert [s.height for s in r.steps] == list(range(11, 0, -1)) + [1]


def test_v104_first_parent(vectors: Path) -> None:
    r = run((vectors / V104).read_text())
    assert r.steps[0].computed == "1234601ae9644912" and r.steps[1].computed == "2aa857dbe756ffeb"


def test_wrong_published_root_fails_at_root_and_says_bitgets_tool_would_not(vectors: Path) -> None:
    r = run((vectors / V102).read_text(), "0000000000000000")
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "root"
    assert r.failure.computed == "ffedeaf82363b23c"
    assert "last text hashed" in r.failure.message
    differs = next(w for w in r.warnings if w.code == "official-tool-differs")
    assert "published root" in differs.message


def test_hand_edited_balance_fails_at_leaf_showing_both_hashed_texts(vectors: Path) -> None:
    doc = load(vectors, V102)
    doc["self"]["balances"]["USDT"] = D("5561.49")
    r = run(doc)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "leaf"
    assert r.failure.expected == "1fa8ef498dc505f6"
    assert '{"BTC":0,"ETH":5000,"USDT":5561.49}' in r.failure.message  # scheme A text
    assert '{"BTC":"0","ETH":"5000","USDT":"5561.49"}' in r.failure.message  # scheme B text
    assert r.format is not None and r.format.variant is not None and r.format.variant.startswith("none")


def test_scheme_is_not_read_from_json_types(vectors: Path) -> None:
    """Aug 2025 files store strings but hash scheme A; numbers in a scheme-B file still hash as B."""
    a = load(vectors, V102)
    for node in [a["self"], *a["path"]]:
        node["balances"] = {c: bigdecimal_to_plain_string(D(v)) for c, v in node["balances"].items()}
    ra = run(a)
    assert ra.verdict == "pass" and ra.format is not None and ra.format.variant is not None
    assert ra.format.variant.startswith("scheme A") and "non-canonical-amount" not in ra.warning_codes()
    b = load(vectors, V104)
    for node in [b["self"], *b["path"]]:
        node["balances"] = {c: D(v) for c, v in node["balances"].items()}
    rb = run(b)
    assert rb.verdict == "pass" and rb.format is not None and rb.format.variant is not None
    assert rb.format.variant.startswith("scheme B")


def test_alphabetical_coin_order_does_not_give_the_leaf(vectors: Path) -> None:
    """specs/bitget.md §6: hashing v1.0.3 with alphabetical order fails; HashMap order is the file's."""
    doc = load(vectors, "bitget/v1.0.3_Au20230307_official.json")
    own = doc["self"]
    assert list(own["balances"]) == ["BTC", "ETH", "USDT", "USDC"] == hashmap_order(own["balances"])
    alpha = [(c, D(own["balances"][c])) for c in sorted(own["balances"])]
    text = bg.leaf_preimage(own["encryptUid"], own["nonce"], alpha, "A")
    assert bg.hash16(text) != own["merkelLeaf"]


@pytest.mark.parametrize("rel", sorted(SCHEME))
def test_file_key_order_is_not_trusted(vectors: Path, rel: str) -> None:
    """Reversing every balances object in the file changes nothing hashed: HashMap order is computed."""
    doc = load(vectors, rel)
    for node in [doc["self"], *doc["path"]]:
        node["balances"] = dict(reversed(list(node["balances"].items())))
    assert run(doc).verdict == "pass"


def test_sniff_matches_only_bitget_files(vectors: Path) -> None:
    for entry in manifest():
        path = vectors / entry["proof"]
        if path.is_dir():
            continue
        source = Source.from_path(path)
        assert bg.sniff(source) == (entry["format"] == "bitget-merkle"), entry["id"]


# --- malformed input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("edit", "place"),
    [
        (lambda d: d["path"][3]["balances"].__setitem__("BTC", "abc"), "path[3].balances.BTC"),
        (lambda d: d["path"][3]["balances"].__setitem__("BTC", True), "path[3].balances.BTC"),
        (lambda d: d["path"][2].__setitem__("merkelLeaf", "d61c58070ee1dc1"), "path[2].merkelLeaf"),
        (lambda d: d["path"][2].__setitem__("merkelLeaf", "D61C58070EE1DC12"), "path[2].merkelLeaf"),
        (lambda d: d["self"].pop("nonce"), "self.nonce"),
        (lambda d: d["self"].__setitem__("nonce", "ab,cd"), "self.nonce"),
        (lambda d: d["path"][1].__setitem__("level", "10"), "path[1].level"),
        (lambda d: d["path"][0]["balances"].__setitem__('US"DT', D(1)), "path[0].balances"),
        (lambda d: d["path"][0]["balances"].__setitem__("BTC", D("1E+999")), "path[0].balances.BTC"),
        (lambda d: d["self"].__setitem__("extra", 1), "self.extra"),
    ],
)
def test_malformed_file_is_an_error_naming_the_place(vectors: Path, edit: Any, place: str) -> None:
    doc = load(vectors, V102)
    edit(doc)
    r = run(doc)
    assert r.verdict == "error" and r.error is not None
    assert place in r.error.message and "merkel_tree_bg.json" in r.error.message


def test_coin_names_that_would_treeify_a_hashmap_bin_are_an_error() -> None:
    words = ["".join(w) for w in itertools.product(["Aa", "BB"], repeat=4)][:11]
    tree_doc = build(2, coins=tuple(words[:4])).proof(0)
    for node in [tree_doc["self"], *tree_doc["path"]]:
        node["balances"] = {w: D(0) for w in words}
    r = run(tree_doc)
    assert r.verdict == "error" and r.error is not None and "HashMap" in r.error.message


# --- built trees ---------------------------------------------------------------------------------

LAYOUTS = {"2022": LAYOUT_2022, "2025-aug": LAYOUT_2025_AUG, "2025-nov": LAYOUT_2025_NOV}


def build(
    n: int,
    layout: Layout = LAYOUT_2022,
    coins: tuple[str, ...] = COINS,
    amounts: list[list[str]] | None = None,
    seed: str = "t",
    **kwargs: Any,
) -> Tree:
    accounts = []
    for i in range(n):
        row = amounts[i] if amounts else [str(D(i * 7919 + k * 13) * D("0.00000054")) for k in range(len(coins))]
        accounts.append(
            Account(deterministic_uid(seed, i), deterministic_nonce(seed, i, layout.scheme == "B"),
                    tuple((c, D(a)) for c, a in zip(coins, row, strict=True)))
        )
    return Tree(accounts, layout, **kwargs)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 7, 8, 9, 16, 17])
def test_every_user_of_built_trees_passes(layout: str, n: int) -> None:
    tree = build(n, LAYOUTS[layout])
    for index in range(n):
        r = run(tree.proof_text(index), tree.root.leaf)
        assert r.verdict == "pass", (layout, n, index, r.failure)
        assert r.format is not None and r.format.variant is not None
        assert r.format.variant.startswith(f"scheme {LAYOUTS[layout].scheme}")
        assert ("duplicated-last-node" in r.warning_codes()) == bool(tree.padding_positions(index))


def test_single_account_tree_pads_its_leaf_and_totals_are_its_balances() -> None:
    tree = build(1, amounts=[["1.5", "0.00000054", "0E-8", "7"]])
    r = run(tree.proof(0), tree.root.leaf)
    assert r.verdict == "pass" and "duplicated-last-node" in r.warning_codes()
    assert "neighbour-data-exposed" not in r.warning_codes()  # the only sibling is padding
    assert r.totals == {"BTC": "1.5", "ETH": "0.00000054", "USDT": "0.00000000", "USDC": "7"}


def test_deeper_fixed_height_pads_every_level_above() -> None:
    tree = build(2, leaf_level=6)  # like production's fixed 27 levels: padding all the way up
    r = run(tree.proof(1), tree.root.leaf)
    assert r.verdict == "pass" and tree.padding_positions(1) == [1, 2, 3, 4]
    assert "duplicated-last-node" in r.warning_codes()


def test_tiny_huge_and_e_notation_amounts_in_scheme_a() -> None:
    amounts = [
        ["0.00000054", "0.00000001", "0.00000000", "123456789012345678901234567890.12345678"],
        ["0", "0.00000001", "0E-8", "0.00000010"],
        ["5.10000000", "99999999999999999999.99999999", "1E+2", "0.0000001"],
    ]
    tree = build(3, amounts=amounts)
    text = tree.proof_text(0)
    assert '"BTC": 5.4E-7' in text and '"USDT": 0E-8' in text  # the file holds BigDecimal.toString numbers
    r = run(text, tree.root.leaf)
    assert r.verdict == "pass", r.failure
    assert r.steps[0].preimage is not None and '"BTC":5.4E-7,"ETH":1E-8,"USDT":0E-8' in r.steps[0].preimage
    assert r.totals == {
        "BTC": "5.10000054",
        "ETH": "100000000000000000000.00000001",
        "USDT": "100.00000000",
        "USDC": "123456789012345678901234567890.12345698",
    }


def test_many_coins_with_collisions_and_resizes() -> None:
    # 30 coins (the table grows to 64), including Aa/BB-style hash collisions (ties in one bin).
    collide = ["".join(w) for w in itertools.product(["Aa", "BB"], repeat=2)]
    coins = ("BTC", "ETH", "USDT", "USDC", *collide, "Aa", "BB", "Q", "q", "01", "0A", *[f"C{i}" for i in range(16)])
    assert len(set(coins)) == 30 and hashmap_capacity(coins) == 64
    for layout in LAYOUTS.values():
        tree = build(5, layout, coins=coins)
        for index in range(5):
            r = run(tree.proof_text(index), tree.root.leaf)
            assert r.verdict == "pass", (layout, index, r.failure)
    # The hashed order is neither the insertion order nor alphabetical.
    assert hashmap_order(coins) not in (list(coins), sorted(coins))


def test_many_colliding_coins_at_sixteen_force_a_resize() -> None:
    # "0a" = 48*31 + 97 = 1585 ≡ 1 (mod 16), 17 (mod 32); the others as in the HashMap test above.
    coins = ("0a", "1", "A", "Q", "a", "q", "01", "0A", "0Q")  # 9 in bin 1: the table grows to 32
    tree = build(4, LAYOUT_2025_NOV, coins=coins)
    r = run(tree.proof(2), tree.root.leaf)
    assert r.verdict == "pass"
    assert r.steps[0].preimage is not None and '{"A":' in r.steps[0].preimage
    assert list(r.steps[0].sums or {}) == ["A", "a", "01", "0Q", "0a", "1", "Q", "q", "0A"]


def test_totals_are_exact_sums() -> None:
    amounts = [["0.00000001", "99999999.99999999", "0", "1.1"]] * 5 + [["1", "0.00000001", "3000000000.12345678", "2.20"]]
    tree = build(6, amounts=amounts)
    r = run(tree.proof(2), tree.root.leaf)
    assert r.verdict == "pass"
    assert r.totals == {"BTC": "1.00000005", "ETH": "499999999.99999996", "USDT": "3000000000.12345678",
                        "USDC": "7.70"}


def test_negative_leaf_and_sum_warn_but_keep_the_verdict() -> None:
    tree = build(4, amounts=[["1", "0", "0", "0"], ["-3", "0", "0", "0"], ["1", "0", "0", "0"], ["0", "0", "0", "0"]])
    r = run(tree.proof(0), tree.root.leaf)
    assert r.verdict == "pass"
    assert "path[0].balances.BTC" in next(w for w in r.warnings if w.code == "negative-balance").message
    assert "level 2" in next(w for w in r.warnings if w.code == "negative-sum").message


def test_padding_with_role_two_passes_and_role_one_fails() -> None:
    tree = build(3, padding_role=2)
    assert tree.padding_positions(2) == [0]
    assert run(tree.proof(2), tree.root.leaf).verdict == "pass"
    doc = tree.proof(2)
    doc["path"][0]["role"] = 1
    r = run(doc, tree.root.leaf)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "sibling path[0]"


def test_padding_that_copies_the_users_identity_is_not_a_neighbour() -> None:
    tree = build(3, padding_copies_identity=True)
    doc = tree.proof(2)
    assert doc["path"][0]["encryptUid"] == doc["self"]["encryptUid"]
    r = run(doc, tree.root.leaf)
    assert r.verdict == "pass" and "neighbour-data-exposed" not in r.warning_codes()


def test_real_sibling_relabelled_as_padding_fails() -> None:
    tree = build(4)
    doc = tree.proof(0)
    doc["path"][0]["role"] = 0  # a right sibling either way: the hash does not change
    r = run(doc, tree.root.leaf)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "sibling path[0]"


def test_right_siblings_level_is_not_hashed_but_is_checked() -> None:
    tree = build(4)
    doc = tree.proof(0)  # the user is leftmost: every sibling is on the right
    doc["path"][1]["level"] = 7
    r = run(doc, tree.root.leaf)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "levels"
    assert "path[1].level is 7; expected 2" in r.failure.message
    assert "last text hashed" in r.failure.message
    assert "unexpected-depth" in r.warning_codes()
    differs = next(w for w in r.warnings if w.code == "official-tool-differs")
    assert "levels" in differs.message  # Bitget's tool would say Consistent


def test_non_canonical_strings_are_flagged() -> None:
    tree = build(2, LAYOUT_2025_NOV)
    doc = tree.proof(0)
    value = doc["path"][0]["balances"]["BTC"]
    doc["path"][0]["balances"]["BTC"] = value + ("0" if "." in value else ".0")  # "1.5" -> "1.50"
    r = run(doc, tree.root.leaf)  # scheme B strips zeros, so the hash is unchanged
    assert r.verdict == "pass" and "non-canonical-amount" in r.warning_codes()


def test_more_than_eight_places_is_flagged() -> None:
    tree = build(2, amounts=[["0.000000001", "0", "0", "0"], ["1", "0", "0", "0"]])
    r = run(tree.proof(1), tree.root.leaf)
    assert r.verdict == "pass" and "amount-overflow" in r.warning_codes()


@pytest.mark.parametrize(
    ("edit", "step"),
    [
        (lambda d: d["path"][1]["balances"].pop("USDC"), "coins"),
        (lambda d: d["path"][2].__setitem__("auditId", "Au20221130"), "audit id"),
        (lambda d: d.__setitem__("path", d["path"][-1:]), "structure"),
        (lambda d: d["path"][1].__setitem__("nonce", "x" * 64), "structure"),
        (lambda d: d["path"][-1].__setitem__("role", 2), "structure"),
    ],
)
def test_structural_rules(edit: Any, step: str) -> None:
    tree = build(4)
    doc = tree.proof(1)
    edit(doc)
    r = run(doc, tree.root.leaf)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == step, r.failure


def test_neighbour_leaf_is_recomputed(vectors: Path) -> None:
    doc = load(vectors, V102)
    doc["path"][0]["nonce"] = "0" * 64
    r = run(doc)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "neighbour leaf"
    assert "official-tool-differs" in r.warning_codes()


def test_builder_reproduces_the_real_v102_and_v104_leaves(vectors: Path) -> None:
    """The builder's leaf rule, checked against Bitget's published leaves."""
    for rel, scheme in ((V102, "A"), (V104, "B")):
        own = load(vectors, rel)["self"]
        account = Account(own["encryptUid"], own["nonce"], tuple((c, D(v)) for c, v in own["balances"].items()))
        assert account_leaf(account, scheme).leaf == own["merkelLeaf"]


# --- tampering --------------------------------------------------------------------------------------


def _sites(doc: dict[str, Any]) -> list[tamper.Site]:
    """Every hashed or summed value, flag, level and audit id of a proof, plus order changes."""
    sites: list[tamper.Site] = []
    for loc in tamper.self_and_path(doc):
        node = tamper.get(doc, loc)
        for coin in node["balances"]:
            sites.append(((*loc, "balances", coin), "amount"))
        sites.append(((*loc, "balances"), "coin-name"))
        sites.append(((*loc, "balances"), "swap-values"))
        for key in ("merkelLeaf", "encryptUid", "nonce"):
            if key in node:
                sites.append(((*loc, key), "hash"))
        sites.append(((*loc, "role"), "role"))
        sites.append(((*loc, "level"), "level"))
        sites.append(((*loc, "auditId"), "audit"))
    sites.append(((), "swap-sides"))
    sites.append(((), "swap-path"))
    return sites


def _new_amount(old: int | Decimal | str, stripped: bool, data: st.DataObject) -> Decimal | str:
    new = D(old) + tamper.amount_delta(data, 10)
    if not isinstance(old, str):  # a JSON number (int or Decimal) stays a number
        return new
    return bigdecimal_strip_plain(new) if stripped else bigdecimal_to_plain_string(new)


def _tamper(doc: dict[str, Any], padding: list[int], stripped: bool, data: st.DataObject) -> bool:
    """Apply one change; False when the drawn change alters nothing hashed or checked (not a tamper)."""
    loc, kind = data.draw(st.sampled_from(_sites(doc)))
    if kind == "amount":
        tamper.put(doc, loc, _new_amount(tamper.get(doc, loc), stripped, data))
    elif kind == "hash":
        tamper.put(doc, loc, tamper.other_hex_digit(tamper.get(doc, loc), data))
    elif kind == "role":
        node, old = tamper.get(doc, loc[:-1]), tamper.get(doc, loc[:-1]).get("role")
        new = tamper.other_int(old, data, -1, 5)
        if loc[0] == "path" and loc[1] == len(doc["path"]) - 1 and old is None and new == 3:
            return False  # role 3 on a root that had none (Nov 2025 layout) says the same thing
        if loc[0] == "path" and loc[1] in padding and {old, new} == {0, 2}:
            return False  # padding may be role 0 or 2 (specs/bitget.md §5); it hashes alike either way
        node["role"] = new
    elif kind == "level":
        tamper.put(doc, loc, tamper.other_int(tamper.get(doc, loc), data))
    elif kind == "audit":
        tamper.put(doc, loc, tamper.get(doc, loc) + "X")
    elif kind == "coin-name":
        balances = tamper.get(doc, loc)
        coin = data.draw(st.sampled_from(list(balances)))
        tamper.put(doc, loc, {("XRP" if c == coin else c): v for c, v in balances.items()})
    elif kind == "swap-values":
        balances = tamper.get(doc, loc)
        a, b = data.draw(st.sampled_from(list(itertools.combinations(balances, 2))))
        if D(balances[a]) == D(balances[b]):
            return False  # equal amounts: nothing changes
        balances[a], balances[b] = balances[b], balances[a]
    elif kind == "swap-sides":
        if 0 in padding:
            return False  # padding is always on the right
        doc["self"]["role"], doc["path"][0]["role"] = doc["path"][0]["role"], doc["self"]["role"]
    elif kind == "swap-path":
        i = data.draw(st.integers(0, len(doc["path"]) - 2))
        doc["path"][i], doc["path"][i + 1] = doc["path"][i + 1], doc["path"][i]
    return True


@pytest.fixture(scope="module")
def tamper_bases(vectors: Path) -> list[tuple[dict[str, Any], str | None, list[int], bool]]:
    """(proof, published root or None, padding positions in path, amounts written stripped)."""
    bases: list[tuple[dict[str, Any], str | None, list[int], bool]] = []
    for rel in sorted(SCHEME):
        doc = load(vectors, rel)
        bases.append((doc, None, [], SCHEME[rel] == "B"))
        bases.append((doc, BITGET[rel]["expect_root"], [], SCHEME[rel] == "B"))
    for layout, n, index, kwargs in [
        (LAYOUT_2022, 7, 6, {}),
        (LAYOUT_2022, 5, 4, {"padding_role": 2, "padding_copies_identity": True}),
        (LAYOUT_2025_AUG, 6, 3, {}),
        (LAYOUT_2025_NOV, 5, 4, {}),
        (LAYOUT_2025_NOV, 1, 0, {}),
        (LAYOUT_2022, 3, 1, {"leaf_level": 4}),
    ]:
        tree = build(n, layout, **kwargs)
        bases.append((tree.proof(index), tree.root.leaf, tree.padding_positions(index), layout.scheme == "B"))
        bases.append((tree.proof(index), None, tree.padding_positions(index), layout.scheme == "B"))
    return bases


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_single_change_to_a_hashed_value_flag_level_or_order_passes(
    tamper_bases: list[tuple[dict[str, Any], str | None, list[int], bool]], data: st.DataObject
) -> None:
    base, root, padding, stripped = data.draw(st.sampled_from(tamper_bases))
    doc = copy.deepcopy(base)
    assert run(doc, root).verdict == "pass"
    if not _tamper(doc, padding, stripped, data):
        return
    r = run(doc, root)
    assert r.verdict != "pass", json.dumps(r.to_json()["checks"])
