"""Batch mode: many proof files, one snapshot, one report (core/batch.py, core/findings.py, core/reports.py).

Proofs come from the independent builders (core/builders/) and from tests/forge.py, which makes the A1 sum-only
forgery of specs/weaknesses.md by hand: every file passes on its own, only the batch sees the conflict.
"""

from __future__ import annotations

import csv
import io
import json
import os
import threading
from html.parser import HTMLParser
from pathlib import Path

import pytest

from verifier_gui.core.batch import expand_paths, verify_many
from verifier_gui.core.builders import bitget_merkle as bitget_builder
from verifier_gui.core.builders import okx_merkle_v1 as okx_builder
from verifier_gui.core.findings import FindingsIndex
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.reports import report_csv, report_html, summarise, write_report
from verifier_gui.core.result import Result
from verifier_gui.core.roots import PublishedRoot
from verifier_gui.core.verify import verify_file

from .forge import okx_v1_sum_only_forgery

ROWS = [("1.5", "2", "300"), ("0.25", "0", "12.5"), ("3", "1.125", "0"), ("0", "4", "7"), ("2.5", "0.5", "1")]


def okx_accounts(n: int, seed: str = "batch") -> list[okx_builder.Account]:
    return [okx_builder.Account(okx_builder.deterministic_nonce(seed, i), ROWS[i % len(ROWS)]) for i in range(n)]


def write_okx(folder: Path, tree: okx_builder.Tree, indexes: list[int] | None = None, prefix: str = "okx") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in indexes if indexes is not None else range(len(tree.accounts)):
        path = folder / f"{prefix}_{i:03d}.json"
        path.write_text(json.dumps(tree.proof(i)), encoding="utf-8")
        paths.append(path)
    return paths


def bitget_tree(n: int, seed: str = "bg") -> bitget_builder.Tree:
    accounts = [
        bitget_builder.Account(
            bitget_builder.deterministic_uid(seed, i),
            bitget_builder.deterministic_nonce(seed, i),
            (("BTC", bitget_builder.Decimal(f"{i}.5")), ("USDT", bitget_builder.Decimal(100 + i))),
        )
        for i in range(n)
    ]
    return bitget_builder.Tree(accounts)


def run(files: list[Path] | list[str], root: str | None = None, jobs: int = 1, **kw):  # type: ignore[no-untyped-def]
    options = VerifyOptions(root=PublishedRoot(root, "test") if root else None)
    index = FindingsIndex()
    results: list[Result] = []
    for update in verify_many([str(f) for f in files], options, jobs=jobs, **kw):
        for outcome in update.outcomes:
            index.add(outcome.evidence)
            results.append(outcome.result)
    return results, index.findings()


def codes(findings) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(f.code for f in findings)


# --- findings ----------------------------------------------------------------------------------------------------


def test_sum_only_forgery_passes_file_by_file_and_is_flagged_in_the_batch(tmp_path: Path) -> None:
    nonces = [okx_builder.deterministic_nonce("forge", i) for i in range(4)]
    file_a, file_b, root, true_total = okx_v1_sum_only_forgery(nonces)
    a, b = tmp_path / "alice.json", tmp_path / "bob.json"
    a.write_text(json.dumps(file_a), encoding="utf-8")
    b.write_text(json.dumps(file_b), encoding="utf-8")
    published = PublishedRoot(root, "test")
    for path in (a, b):  # each file alone passes against the published root
        single = verify_file(path, VerifyOptions(root=published))
        assert single.verdict == "pass", single.failure
    assert verify_file(a, VerifyOptions(root=published)).totals == {"BTC": "15", "ETH": "1", "USDT": "108"}
    assert true_total == ("20", "2", "158")  # what the honest tree would have said

    results, findings = run([a, b], root)
    assert [r.verdict for r in results] == ["pass", "pass"]
    conflicts = [f for f in findings if f.code == "conflicting-node-values"]
    assert conflicts, findings
    for f in conflicts:
        assert set(f.files) == {str(a), str(b)}
    # The two leaves are the nodes shown with two values: Bob's own 5 BTC vs 0 in Alice's file, and the reverse.
    bob_leaf = file_b["self"]["hash"]
    bob = next(f for f in conflicts if f.subject == bob_leaf)
    assert {row["value"] for row in bob.details["values"]} == {"BTC 5, ETH 1, USDT 50", "all zero"}
    assert codes(findings) == ["conflicting-node-values", "conflicting-node-values"]


def test_honest_trees_give_no_findings(tmp_path: Path) -> None:
    tree = okx_builder.Tree(okx_accounts(7))  # odd: padding siblings on some paths
    files = write_okx(tmp_path / "okx", tree)
    results, findings = run(files, tree.root.hash)
    assert {r.verdict for r in results} == {"pass"}
    assert findings == []

    bg = bitget_tree(5)
    bg_files = []
    for i in range(5):
        path = tmp_path / "bg" / f"u{i}.json"
        path.parent.mkdir(exist_ok=True)
        path.write_text(bg.proof_text(i), encoding="utf-8")
        bg_files.append(path)
    results, findings = run(bg_files, bg.root.leaf)
    assert {r.verdict for r in results} == {"pass"}
    assert findings == []


def test_a_naively_edited_sibling_fails_alone_and_adds_no_finding(tmp_path: Path) -> None:
    """A Bitget file whose sibling balance was edited without forging the parents above it fails on its own; the
    batch reports that failure, and a file that did not pass adds no (false) finding."""
    bg = bitget_tree(4)
    doc = bg.proof(0)
    doc["path"][0]["balances"]["USDT"] = bitget_builder.Decimal(1)
    bad = tmp_path / "u0.json"
    bad.write_text(bitget_builder.dumps(doc), encoding="utf-8")
    good = tmp_path / "u1.json"
    good.write_text(bg.proof_text(1), encoding="utf-8")
    results, findings = run([bad, good], bg.root.leaf)
    assert [r.verdict for r in results] == ["fail", "pass"]
    assert findings == []


def test_reused_nonce_between_accounts_is_flagged(tmp_path: Path) -> None:
    accounts = okx_accounts(6)
    accounts[4] = okx_builder.Account(accounts[1].nonce, ("9", "9", "9"))  # same nonce, other balances
    tree = okx_builder.Tree(accounts)
    files = write_okx(tmp_path, tree)
    results, findings = run(files, tree.root.hash)
    assert {r.verdict for r in results} == {"pass"}
    assert codes(findings) == ["reused-nonce"]
    assert set(findings[0].files) == {str(files[1]), str(files[4])}
    assert findings[0].subject == accounts[1].nonce


def test_duplicate_leaf_between_accounts_is_flagged(tmp_path: Path) -> None:
    accounts = okx_accounts(6)
    accounts[5] = accounts[2]  # one leaf at two places of the tree: two customers counted as one
    tree = okx_builder.Tree(accounts)
    files = write_okx(tmp_path, tree)
    results, findings = run(files, tree.root.hash)
    assert {r.verdict for r in results} == {"pass"}
    assert codes(findings) == ["duplicate-leaf"]
    assert set(findings[0].files) == {str(files[2]), str(files[5])}


def test_a_copy_of_one_file_is_not_a_duplicate_account(tmp_path: Path) -> None:
    tree = okx_builder.Tree(okx_accounts(4))
    files = write_okx(tmp_path, tree)
    copy = tmp_path / "copy.json"
    copy.write_bytes(files[0].read_bytes())
    reformatted = tmp_path / "reformatted.json"  # the same proof written another way
    reformatted.write_text(json.dumps(tree.proof(1), indent=4), encoding="utf-8")
    _results, findings = run([*files, copy, reformatted], tree.root.hash)
    assert findings == []


def test_files_of_two_snapshots_and_two_formats_are_flagged(tmp_path: Path) -> None:
    one = okx_builder.Tree(okx_accounts(4, "one"))
    two = okx_builder.Tree(okx_accounts(4, "two"))
    files = write_okx(tmp_path, one, [0, 1], "one") + write_okx(tmp_path, two, [0], "two")
    bg = tmp_path / "bg.json"
    bg.write_text(bitget_tree(2).proof_text(0), encoding="utf-8")
    results, findings = run([*files, bg])  # no --root: each file against its own root
    assert [r.verdict for r in results] == ["pass"] * 4
    assert codes(findings) == ["mixed-audit-ids", "mixed-formats", "mixed-roots"]
    roots = next(f for f in findings if f.code == "mixed-roots")
    assert {row["count"] for row in roots.details["values"]} == {2, 1}


# --- a mixed batch, cancel, jobs ----------------------------------------------------------------------------------


def mixed_batch(tmp_path: Path) -> tuple[list[Path], str]:
    tree = okx_builder.Tree(okx_accounts(6))
    files = write_okx(tmp_path / "proofs", tree)
    tampered = json.loads(files[2].read_text())
    tampered["self"]["balances"]["BTC"] = "100"
    files[2].write_text(json.dumps(tampered), encoding="utf-8")
    (tmp_path / "proofs" / "truncated.json").write_text(files[0].read_text()[:50], encoding="utf-8")
    (tmp_path / "proofs" / "notes.txt").write_text("not a proof\n", encoding="utf-8")
    (tmp_path / "proofs" / "deep").mkdir()
    (tmp_path / "proofs" / "deep" / "binary.json").write_bytes(b"\xff\xfe\x00garbage")
    return files, tree.root.hash


def test_a_batch_of_good_tampered_and_malformed_files_checks_every_file(tmp_path: Path) -> None:
    _files, root = mixed_batch(tmp_path)
    expanded = expand_paths([str(tmp_path / "proofs"), str(tmp_path / "missing.json")])
    assert len(expanded.files) == 9  # six proofs, truncated.json, notes.txt, deep/binary.json
    assert [r.error.code for r in expanded.missing if r.error] == ["file-not-found"]
    results, findings = run(expanded.files, root, jobs=2)
    by_name = {Path(r.file).name: r for r in results}
    assert by_name["okx_002.json"].verdict == "fail"
    assert by_name["truncated.json"].verdict == "error" and by_name["truncated.json"].error.code
    assert by_name["notes.txt"].verdict == "error"
    assert by_name["binary.json"].verdict == "error"
    assert sum(r.verdict == "pass" for r in results) == 5
    assert findings == []


def test_jobs_1_and_2_give_identical_results(tmp_path: Path) -> None:
    _files, root = mixed_batch(tmp_path)
    files = expand_paths([str(tmp_path / "proofs")]).files
    one, f1 = run(files, root, jobs=1)
    two, f2 = run(files, root, jobs=2)
    assert [r.to_json() for r in one] == [r.to_json() for r in two]
    assert [f.to_json() for f in f1] == [f.to_json() for f in f2]


@pytest.mark.parametrize("jobs", [1, 2])
def test_cancel_in_the_middle_stops_and_keeps_what_was_done(tmp_path: Path, jobs: int) -> None:
    tree = okx_builder.Tree(okx_accounts(40))
    files = [str(p) for p in write_okx(tmp_path, tree)]
    cancel = threading.Event()
    seen = []
    for update in verify_many(files, VerifyOptions(root=PublishedRoot(tree.root.hash, "t")), jobs=jobs, cancel=cancel):
        seen.extend(update.outcomes)
        cancel.set()  # as if the user pressed Cancel after the first chunk
    assert 0 < len(seen) < len(files)
    assert [o.index for o in seen] == list(range(len(seen)))  # in order, nothing skipped
    assert all(o.result.verdict == "pass" for o in seen)


def test_progress_counts_up_to_the_total(tmp_path: Path) -> None:
    tree = okx_builder.Tree(okx_accounts(20))
    files = [str(p) for p in write_okx(tmp_path, tree)]
    ticks = iter(range(0, 1000, 2))
    updates = list(verify_many(files, jobs=1, clock=lambda: float(next(ticks))))
    assert [u.done for u in updates][-1] == 20 and updates[-1].total == 20
    assert all(a.done < b.done for a, b in zip(updates, updates[1:]))
    last = updates[-1]
    assert last.rate == pytest.approx(20 / last.elapsed) and last.remaining == 0


# --- paths -------------------------------------------------------------------------------------------------------


def test_expand_paths_takes_folders_globs_and_files_once_and_stays_inside_the_folder(tmp_path: Path) -> None:
    inside = tmp_path / "chosen"
    (inside / "sub").mkdir(parents=True)
    (inside / "a.json").write_text("{}")
    (inside / "sub" / "b.csv").write_text("x")
    (inside / "sub" / "c.png").write_text("x")  # not a proof suffix: left out of a folder
    (inside / ".hidden.json").write_text("{}")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.json").write_text("{}")
    os.symlink(outside, inside / "link_dir")  # a linked folder is not followed
    os.symlink(outside / "secret.json", inside / "link_out.json")  # a link out of the folder is not taken
    os.symlink(inside / "a.json", inside / "sub" / "link_in.json")  # a link inside it is (once)
    got = expand_paths([str(inside), str(inside / "a.json"), str(tmp_path / "chos*" / "sub" / "*.csv")])
    names = [os.path.relpath(f, inside) for f in got.files]
    assert names == ["a.json", os.path.join("sub", "b.csv")]
    assert got.missing == []
    none = expand_paths([str(tmp_path / "*.nothing")])
    assert none.files == [] and [r.error.code for r in none.missing if r.error] == ["file-not-found"]
    assert "no file matches" in none.missing[0].error.message


# --- reports -----------------------------------------------------------------------------------------------------


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.data: list[str] = []
        self.cells: list[str] = []
        self._in_td = False

    def handle_starttag(self, tag: str, attrs) -> None:  # type: ignore[no-untyped-def]
        self.tags.append(tag)
        self._in_td = tag == "td"

    def handle_endtag(self, tag: str) -> None:
        self._in_td = False

    def handle_data(self, data: str) -> None:
        self.data.append(data)
        if self._in_td:
            self.cells.append(data)


def test_reports_are_written_and_read_back(tmp_path: Path) -> None:
    files, root = mixed_batch(tmp_path)
    hostile = tmp_path / "proofs" / "=HYPERLINK(1)<script>alert(1)<img src=x>.json"  # no "/" in a file name
    hostile.write_text("{", encoding="utf-8")
    paths = expand_paths([str(tmp_path / "proofs")]).files
    results, findings = run(paths, root)
    summary = summarise(results, findings, len(paths), cancelled=False)
    assert (summary.passed, summary.failed, summary.errors) == (5, 1, 4)

    doc = json.loads(write_report(tmp_path / "r.json", results, findings, summary).read_text(encoding="utf-8"))
    assert set(doc) >= {"results", "summary", "findings"}
    assert doc["summary"]["pass"] == 5 and doc["summary"]["error"] == 4 and doc["summary"]["files"] == 10
    assert [r["file"] for r in doc["results"]] == [r.file for r in results]
    assert all(r["schema"] == 1 for r in doc["results"])

    rows = list(csv.reader(io.StringIO(write_report(tmp_path / "r.csv", results, findings, summary).read_text())))
    assert rows[0] == ["file", "verdict", "format", "user id", "computed root", "warning codes", "failing step",
                       "reason"]
    assert len(rows) == 11
    failed = next(r for r in rows if r[0].endswith("okx_002.json"))
    assert failed[1] == "fail" and failed[2] == "okx-merkle-v1" and failed[6] == "leaf"
    assert "weak-binding-sum-only" in failed[5].split()
    passed = next(r for r in rows if r[0].endswith("okx_000.json"))
    assert passed[4] == root

    page = write_report(tmp_path / "r.html", results, findings, summary).read_text(encoding="utf-8")
    parser = _Collect()
    parser.feed(page)
    assert "script" not in parser.tags  # the hostile file name stays text
    assert "img" not in parser.tags
    assert any("<script>alert(1)<img src=x>" in d for d in parser.data)
    assert "svg" in parser.tags and "table" in parser.tags
    assert sum(cell in ("pass", "fail", "error") for cell in parser.cells) == 10
    assert not list(tmp_path.glob(".r.*.tmp"))  # temporary files renamed away


def test_csv_cells_that_look_like_formulas_are_neutralised() -> None:
    results = [
        Result(file=name, verdict="error") for name in ("=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "plain.json")
    ]
    rows = list(csv.reader(io.StringIO(report_csv(results))))[1:]
    assert [r[0] for r in rows] == ["'=1+1", "'+cmd", "'-2", "'@SUM(A1)", "'\tx", "plain.json"]


def test_html_report_escapes_findings_and_counts_not_checked_files() -> None:
    from verifier_gui.core.findings import Finding

    finding = Finding("duplicate-leaf", "<b>x</b>", ("<i>f</i>",), "s")
    summary = summarise([Result(file="a", verdict="pass")], [finding], total=3, cancelled=True)
    page = report_html([Result(file="a", verdict="pass")], [finding], summary)
    assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page and "&lt;i&gt;f&lt;/i&gt;" in page
    assert "not checked" in page and "cancelled" in page


def test_plain_sentences_keep_the_english_and_drop_the_templates(tmp_path: Path) -> None:
    """Reports keep plain English sentences (far less memory than translatable Text); the JSON is unchanged."""
    from verifier_gui.core.batch import plain_sentences
    from verifier_gui.core.text import Text
    from verifier_gui.core.verify import verify_file

    from .conftest import vectors_dir

    result = verify_file(vectors_dir() / "okx/derived/merkle_v1_tampered_balance.json")
    assert any(isinstance(c.detail, Text) for c in result.checks)
    plain = plain_sentences(result)
    assert plain.to_json() == result.to_json()
    sentences = [c.detail for c in plain.checks] + [w.message for w in plain.warnings] + [plain.failure.message]
    assert all(type(s) is str for s in sentences)
