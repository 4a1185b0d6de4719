"""`reserve-verify batch` as an auditor runs it (specs/CLI.md): exit codes, --json, reports, the progress bar on a
terminal, and Ctrl-C that still writes the report of the files done."""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from verifier_gui.core.builders import okx_merkle_v1 as okx_builder

from .conftest import REPO

ROWS = [("1.5", "2", "300"), ("0.25", "0", "12.5"), ("3", "1.125", "0")]
ENV = {**os.environ, "PYTHONPATH": str(REPO)}


def make_proofs(folder: Path, n: int) -> str:
    tree = okx_builder.Tree(
        [okx_builder.Account(okx_builder.deterministic_nonce("cli", i), ROWS[i % 3]) for i in range(n)]
    )
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"p{i:05d}.json").write_text(json.dumps(tree.proof(i)), encoding="utf-8")
    return tree.root.hash


def batch(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "verifier_gui.cli", "batch", *args],
        capture_output=True, text=True, timeout=120, check=False, env=ENV,
    )


def test_all_pass_exits_0_and_json_is_the_report(tmp_path: Path) -> None:
    root = make_proofs(tmp_path / "p", 6)
    proc = batch(str(tmp_path / "p"), "--root", root, "--json", "--jobs", "2")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)  # stdout holds the report and nothing else
    assert doc["summary"]["pass"] == 6 and doc["findings"] == []
    assert len(doc["results"]) == 6 and all(r["verdict"] == "pass" for r in doc["results"])
    assert proc.stderr == ""  # not a terminal: no progress bar


def test_any_failure_exits_1_and_writes_the_report(tmp_path: Path) -> None:
    root = make_proofs(tmp_path / "p", 4)
    (tmp_path / "p" / "broken.json").write_text("{", encoding="utf-8")
    report = tmp_path / "out" / "report.csv"
    report.parent.mkdir()
    proc = batch(str(tmp_path / "p" / "*.json"), "--root", root, "--report", str(report))
    assert proc.returncode == 1
    assert "5 of 5 files checked: 4 pass, 0 fail, 1 error" in proc.stdout
    assert "broken.json" in proc.stdout
    assert len(report.read_text().splitlines()) == 6


@pytest.mark.parametrize(
    "args",
    [
        ["--report", "out.pdf"],  # unknown report kind
        ["--jobs", "0"],
        ["--root", "not-a-root"],
        ["--format", "no-such-format"],
    ],
)
def test_bad_usage_exits_2(tmp_path: Path, args: list[str]) -> None:
    make_proofs(tmp_path / "p", 2)
    proc = batch(str(tmp_path / "p"), *args)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert not (tmp_path / "out.pdf").exists()


def test_no_files_at_all_is_bad_usage(tmp_path: Path) -> None:
    proc = batch(str(tmp_path / "nothing-*.json"))
    assert proc.returncode == 2 and "no proof file" in proc.stderr


def test_ctrl_c_stops_cleanly_and_writes_the_report_of_what_was_done(tmp_path: Path) -> None:
    """The progress bar is drawn on a terminal (a pseudo-terminal here); Ctrl-C once it shows progress."""
    root = make_proofs(tmp_path / "p", 1500)
    report = tmp_path / "report.json"
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "verifier_gui.cli", "batch", str(tmp_path / "p"), "--root", root, "--jobs", "2",
         "--report", str(report)],
        stdout=subprocess.PIPE, stderr=slave, text=True, env=ENV,
    )
    os.close(slave)
    seen = b""
    deadline = time.monotonic() + 60
    while b"files/s" not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 1.0)
        if ready:
            seen += os.read(master, 4096)
    assert b"files/s" in seen and b"/1,500 files" in seen, seen
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate(timeout=60)
    os.close(master)
    assert proc.returncode == 130
    doc = json.loads(report.read_text(encoding="utf-8"))
    summary = doc["summary"]
    assert summary["cancelled"] is True and summary["files"] == 1500
    assert 0 < summary["checked"] < 1500 and len(doc["results"]) == summary["checked"]
    assert all(r["verdict"] == "pass" for r in doc["results"])
    assert "(interrupted)" in out
