"""Offline by construction: the command line and the app verify every vector, render every result and write a
receipt with every network use forbidden (build_scripts/offline_check.py, in a process of its own so that its
audit hook cannot leak into other tests)."""

from __future__ import annotations

import os
import subprocess
import sys

from .conftest import REPO, manifest, vectors_dir


def test_cli_and_app_never_touch_the_network() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, str(REPO / "build_scripts" / "offline_check.py"), str(vectors_dir())],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    # Every vector through both faces, plus the demo and the receipt.
    assert f"offline: {2 * len(manifest()) + 2} passed, 0 failed" in run.stdout


def test_the_offline_check_catches_a_network_attempt() -> None:
    """The guard itself: code that opens a socket under the same hook is caught."""
    code = (
        "import sys; sys.path.insert(0, %r)\n"
        "import offline_check as oc\n"
        "sys.addaudithook(oc._forbid_network)\n"
        "import socket\n"
        "try:\n    socket.create_connection(('127.0.0.1', 9))\nexcept PermissionError:\n    pass\n"
        "print(len(oc.ATTEMPTS))\n"
    ) % str(REPO / "build_scripts")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.stdout.strip() not in ("", "0"), run.stderr


def test_no_socket_at_the_system_call_level() -> None:
    """Below Python: strace sees every socket()/connect() the processes make, Qt's own included. The app's
    self-test and the command line's demo make none at all."""
    import shutil

    strace = shutil.which("strace")
    assert strace, "strace is needed for this check (Debian package strace; the machine image ships it)"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    commands = [
        [sys.executable, "-m", "verifier_gui.gui.app", "--self-test"],
        [sys.executable, "-m", "verifier_gui.cli", "demo"],
    ]
    for command in commands:
        run = subprocess.run(
            [strace, "-f", "-qq", "-e", "trace=socket,connect", "-o", "/dev/stderr", *command],
            capture_output=True, text=True, env=env, timeout=300, cwd=REPO,
        )
        assert run.returncode == 0, run.stderr[-2000:]
        calls = [line for line in run.stderr.splitlines() if "socket(" in line or "connect(" in line]
        assert not calls, f"{command[2:]} made socket calls: {calls[:5]}"
