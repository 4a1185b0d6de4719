"""bitmex-liabilities: the published BitMEX / River tree rebuilt in full, the user's leaves found with their key.

Expected values come from the vectors (River's test tree and BitMEX's README tree, vectors/river_bitmex/
SOURCES.md) and from the independent builder core/builders/bitmex_liabilities.py; hand computations with
hashlib are written out in the tests.
"""

from __future__ import annotations

import base64
import hashlib
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier_gui.core import verify as verify_module
from verifier_gui.core.builders.bitmex_liabilities import Account, build
from verifier_gui.core.errors import InputError
from verifier_gui.core.formats import bitmex_liabilities as bm
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.progress import Progress
from verifier_gui.core.result import Result
from verifier_gui.core.roots import PublishedRoot
from verifier_gui.core.secrets import UserSecrets
from verifier_gui.core.verify import verify_file, verify_source

from .tamper import other_hex_digit

RIVER_ROOT = "60f88b597c9fa10bd1d8e2fc6ba59b2f9a47913735d31a07e95c7d465e28d8b2"
BITMEX_README_ROOT = "ceb08dfd693430ece544df853a989684056c0800088d61bfcc38c0d16cc1e1c7"

ALICE = Account(7, 150_000_000, account_nonce=bytes.fromhex("11" * 32))
BOB = Account(8, 1, account_nonce=bytes.fromhex("22" * 32))  # one satoshi: cannot be split
CAROL = Account(123456, 98_765_432_101, river_key=bytes.fromhex("ab" * 32), email="carol@example.com")
DAVE = Account(9, 42_000, account_nonce=bytes.fromhex("33" * 32))
BLOCK = 800_000


def run_text(tree: str, secrets: UserSecrets | None = None, root: str | None = None,
             progress: Progress | None = None) -> Result:
    options = VerifyOptions(
        secrets=secrets, root=PublishedRoot(root, "typed in") if root else None, progress=progress
    )
    return verify_source(Source("tree.csv", tree.encode()), options)


def test_river_vector_rebuilds(vectors: Path) -> None:
    result = verify_file(vectors / "river_bitmex" / "river_test_tree.csv", VerifyOptions(root=PublishedRoot(RIVER_ROOT, "t")))
    assert result.verdict == "pass", result.failure
    assert result.root_computed == RIVER_ROOT
    assert result.totals == {"BTC": "10006.43641021"}  # 1000643641021 satoshis (SOURCES.md)
    assert "own-leaves-not-checked" in result.warning_codes()
    assert "full-tree-published" in result.warning_codes()


def test_river_vector_by_hand(vectors: Path) -> None:
    lines = (vectors / "river_bitmex" / "river_test_tree.csv").read_text().split()
    nodes = [(bytes.fromhex(h), int(v)) for h, v in (line.split(",") for line in lines[1:])]

    def parent(a: tuple[bytes, int], b: tuple[bytes, int]) -> bytes:
        return hashlib.sha256(a[0] + struct.pack("<Q", a[1]) + b[0] + struct.pack("<Q", b[1])).digest()

    assert parent(nodes[3], nodes[4]) == nodes[1][0] and parent(nodes[5], nodes[6]) == nodes[2][0]
    assert parent(nodes[1], nodes[2]).hex() == RIVER_ROOT


def test_bitmex_readme_tree_passes_and_its_readme_nonce_finds_nothing(vectors: Path) -> None:
    tree = vectors / "river_bitmex" / "bitmex_readme_example_tree.csv"
    assert verify_file(tree).verdict == "pass"
    # Any nonce not from this run finds none of the leaves: the user step fails (others.md §5).
    result = verify_file(tree, VerifyOptions(secrets=UserSecrets(nonce="b8" * 32)))
    assert result.verdict == "fail"
    assert result.failure is not None and result.failure.step == "your leaves"


@pytest.mark.parametrize("field", ["value", "hash"])
def test_tampered_leaf_fails_at_its_parent(vectors: Path, field: str) -> None:
    lines = (vectors / "river_bitmex" / "river_test_tree.csv").read_text().split("\n")
    h, v = lines[4].split(",")
    lines[4] = f"{h},{int(v) + 1}" if field == "value" else f"{'0' if h[0] != '0' else '1'}{h[1:]},{v}"
    result = run_text("\n".join(lines))
    assert result.verdict == "fail"
    assert result.failure is not None and result.failure.step == "tree"
    assert "line 3" in result.failure.message  # node 1, the leaf's parent


@pytest.mark.parametrize(
    "secrets, balance",
    [
        (UserSecrets(account_id="7", account_nonce="11" * 32), 150_000_000),
        (UserSecrets(nonce=ALICE.key(BLOCK).hex()), 150_000_000),
        (UserSecrets(account_id="8", account_nonce="22" * 32), 1),
        (UserSecrets(account_id="123456", account_key="ab" * 32, email="carol@example.com"), 98_765_432_101),
        # River's account UID is base32 (RFC 4648, no padding) of the account number's big-endian bytes.
        (UserSecrets(account_id=base64.b32encode((123456).to_bytes(3, "big")).decode().rstrip("="),
                     account_key="AB" * 32, email="carol@example.com"), 98_765_432_101),
    ],
)
def test_users_find_their_leaves(secrets: UserSecrets, balance: int) -> None:
    tree, levels = build([ALICE, BOB, CAROL, DAVE], BLOCK, parts=3)
    result = run_text(tree, secrets, root=levels[-1][0][0].hex())
    assert result.verdict == "pass", result.failure
    assert result.balances == {"BTC": bm.sats_to_btc(balance)}
    assert result.root_source == "published"
    assert "own-leaves-not-checked" not in result.warning_codes()
    mine = [s for s in result.steps if s.label.endswith("step 1") or s.label.startswith("leaf")]
    assert mine  # the paths are drawn
    top = [s for s in result.steps if s.height == len(levels)]
    assert top and all(s.computed == levels[-1][0][0].hex() for s in top)


def test_wrong_key_or_email_finds_nothing() -> None:
    tree, _ = build([ALICE, CAROL], BLOCK)
    for secrets in (
        UserSecrets(account_id="7", account_nonce="12" * 32),
        UserSecrets(account_id="123456", account_key="ab" * 32, email="Carol@example.com"),
        UserSecrets(account_id="6", account_nonce="11" * 32),
    ):
        result = run_text(tree, secrets)
        assert result.verdict == "fail" and result.failure is not None and result.failure.step == "your leaves"


def test_same_key_other_snapshot_finds_nothing() -> None:
    tree, _ = build([ALICE], BLOCK + 1)
    result = run_text(tree, UserSecrets(nonce=ALICE.key(BLOCK).hex()))
    assert result.verdict == "fail"


@pytest.mark.parametrize(
    "secrets, code",
    [
        (UserSecrets(nonce="xyz"), "bad-secret"),
        (UserSecrets(account_nonce="11" * 32), "bad-secret"),
        (UserSecrets(account_id="7", account_key="ab" * 32), "bad-secret"),
        (UserSecrets(account_id="7"), "bad-secret"),
        (UserSecrets(account_id="not base32!", account_nonce="11" * 32), "bad-secret"),
    ],
)
def test_incomplete_or_malformed_secrets_are_errors_without_the_secret(secrets: UserSecrets, code: str) -> None:
    tree, _ = build([ALICE], BLOCK)
    result = run_text(tree, secrets)
    assert result.verdict == "error" and result.error is not None and result.error.code == code
    assert "11" * 32 not in result.error.message and "ab" * 32 not in result.error.message


def test_secrets_repr_hides_the_values() -> None:
    text = repr(VerifyOptions(secrets=UserSecrets(nonce="ab" * 32, email="carol@example.com")))
    assert "ab" * 32 not in text and "carol" not in text


def test_negative_value_fails_even_when_hashes_agree() -> None:
    # Hashes built with the value packed as two's complement, as a careless generator would: still a fail.
    def node(h: bytes, v: int) -> str:
        return f"{h.hex()},{v}"

    a, b = (hashlib.sha256(b"a").digest(), 10), (hashlib.sha256(b"b").digest(), -3)
    root = hashlib.sha256(a[0] + struct.pack("<Q", 10) + b[0] + struct.pack("<q", -3)).digest()
    result = run_text("\n".join(["block_height:5", node(root, 7), node(*a), node(*b)]) + "\n")
    assert result.verdict == "fail"
    assert [c.name for c in result.checks if not c.ok][0] == "non-negative"


@pytest.mark.parametrize("nodes", [2, 4, 5, 6])
def test_incomplete_tree_fails_its_structure(nodes: int) -> None:
    tree, _ = build([ALICE, DAVE], BLOCK)  # 4 leaves, 7 nodes
    lines = tree.split("\n")
    result = run_text("\n".join(lines[: 1 + nodes]) + "\n")
    assert result.verdict == "fail" and result.failure is not None and result.failure.step == "structure"


def test_single_leaf_tree() -> None:
    tree, levels = build([BOB], BLOCK)
    assert len(levels) == 1
    result = run_text(tree, UserSecrets(account_id="8", account_nonce="22" * 32))
    assert result.verdict == "pass"


@pytest.mark.parametrize(
    "text, where",
    [
        ("block_hight:5\n" + "aa" * 32 + ",1\n", "line 1"),
        ("block_height:5\n" + "aa" * 31 + ",1\n", "line 2"),
        ("block_height:5\n" + "aa" * 32 + ",1.5\n", "line 2"),
        ("block_height:5\n" + "aa" * 32 + ",1\n\n" + "bb" * 32 + ",1\n", "empty line 3"),
        ("block_height:5\n" + "a" * 500 + "\n", "line 2"),
    ],
)
def test_malformed_tree_is_an_error_naming_the_line(text: str, where: str) -> None:
    result = verify_source(Source("t.csv", text.encode()), VerifyOptions(format_id="bitmex-liabilities"))
    assert result.verdict == "error" and result.error is not None and result.error.code == "invalid-tree"
    assert where in result.error.message


def test_trailing_blank_lines_and_crlf_are_accepted() -> None:
    tree, _ = build([ALICE, DAVE], BLOCK)
    assert run_text(tree.replace("\n", "\r\n") + "\r\n\r\n").verdict == "pass"


def test_progress_reaches_the_end_and_cancel_stops() -> None:
    tree, _ = build([Account(i, 1000 + i, account_nonce=bytes([i]) * 32) for i in range(1, 200)], BLOCK, parts=100)
    seen: list[float] = []
    assert run_text(tree, progress=Progress(seen.append)).verdict == "pass"
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
    stop = Progress()
    stop.cancel.set()
    result = run_text(tree, progress=stop)
    assert result.verdict == "error" and result.error is not None and result.error.code == "cancelled"


def test_file_over_the_proof_cap_is_streamed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tree, levels = build([ALICE, CAROL], BLOCK)
    path = tmp_path / "liabilities.csv"
    path.write_text(tree)

    def too_large(cls: type, p: object, max_bytes: int = 0) -> Source:
        raise InputError("file-too-large", f"{p}: too large")

    monkeypatch.setattr(verify_module.Source, "from_path", classmethod(too_large))
    result = verify_file(path, VerifyOptions(secrets=UserSecrets(account_id="7", account_nonce="11" * 32)))
    assert result.verdict == "pass", result.failure or result.error
    assert result.input_sha256 == hashlib.sha256(tree.encode()).hexdigest()
    other = tmp_path / "other.json"
    other.write_text("{}")
    assert verify_file(other).error is not None and verify_file(other).error.code == "file-too-large"


def test_sniffer(vectors: Path) -> None:
    assert bm.sniff(Source.from_path(vectors / "river_bitmex" / "river_test_tree.csv"))
    assert not bm.sniff(Source.from_path(vectors / "okx" / "merkle_v1" / "merkle_proof_file.json"))
    assert not bm.sniff(Source("x", b"block_height:1\nnot a node\n"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_single_change_passes(data: st.DataObject) -> None:
    tree, levels = build([ALICE, CAROL, DAVE], BLOCK, parts=3)
    root = levels[-1][0][0].hex()
    lines = tree.rstrip("\n").split("\n")
    k = data.draw(st.integers(1, len(lines) - 1))
    h, v = lines[k].split(",")
    if data.draw(st.booleans()):
        lines[k] = f"{other_hex_digit(h, data)},{v}"
    else:
        lines[k] = f"{h},{int(v) + data.draw(st.sampled_from([1, -1, 1000]))}"
    result = run_text("\n".join(lines) + "\n", root=root)
    assert result.verdict == "fail", (k, lines[k])


def test_root_sum_beyond_64_bits_is_hashed_and_flagged() -> None:
    # Two leaves near 2^63 each: their parent's value needs 65 bits; it is never packed, so the tree still rebuilds.
    big = 2**63 + 5
    a, b = (hashlib.sha256(b"a").digest(), big), (hashlib.sha256(b"b").digest(), big)
    root = hashlib.sha256(a[0] + struct.pack("<Q", big) + b[0] + struct.pack("<Q", big)).digest()
    text = "\n".join(["block_height:9", f"{root.hex()},{2 * big}", f"{a[0].hex()},{big}", f"{b[0].hex()},{big}"]) + "\n"
    result = run_text(text)
    assert result.verdict == "pass", result.failure
    assert "amount-overflow" in result.warning_codes()


def test_command_line_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from verifier_gui import cli

    tree, levels = build([ALICE, CAROL], BLOCK)
    path = tmp_path / "liabilities.csv"
    path.write_text(tree)
    root = levels[-1][0][0].hex()
    code = cli.main(["check", str(path), "--root", root, "--account-id", "123456", "--account-key", "ab" * 32,
                     "--email", "carol@example.com", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["user"]["balances"] == {"BTC": bm.sats_to_btc(CAROL.balance)}
    assert out["format"]["id"] == "bitmex-liabilities" and out["root"]["source"] == "published"
    code = cli.main(["check", str(path), "--nonce", ALICE.key(BLOCK + 1).hex(), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1 and out["failure"]["step"] == "your leaves"
    assert ALICE.key(BLOCK + 1).hex() not in json.dumps(out)


def test_without_a_key_the_block_height_is_said_to_be_unverified(vectors: Path) -> None:
    """Found by the mutation test: without the user's key the block height is hashed nowhere (it only enters
    the key, others.md §2.4), so an edited height passes; the structure check must not present it as checked."""
    from verifier_gui.core.loading import Source
    from verifier_gui.core.options import VerifyOptions
    from verifier_gui.core.verify import verify_source

    data = (vectors / "river_bitmex/river_test_tree.csv").read_bytes().replace(b"block_height:420", b"block_height:428")
    r = verify_source(Source("tree.csv", data), VerifyOptions())
    detail = str(next(c for c in r.checks if c.name == "structure").detail)
    assert "428" in detail and "not verified" in detail
