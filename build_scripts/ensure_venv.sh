#!/usr/bin/env bash
# Create .venv with the system python3, installing Debian's venv support first when it is missing
# (a bare Debian python3 has no ensurepip, so `python3 -m venv` fails there).
set -euo pipefail
venv=${1:-.venv}
python=${PYTHON:-python3}
[ -x "$venv/bin/python" ] && exit 0

if ! command -v "$python" >/dev/null; then
  echo "No $python found. Install Python 3.11 or newer (Debian: apt-get install python3 python3-venv)." >&2
  exit 1
fi
"$python" - <<'PY' || { echo "Python 3.11 or newer is needed; this is $("$python" --version 2>&1)." >&2; exit 1; }
import sys; sys.exit(sys.version_info < (3, 11))
PY

if ! "$python" -m venv "$venv" 2>/dev/null; then
  rm -rf "$venv"
  pkg="python$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')-venv"
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing $pkg (Python's venv support) with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$pkg"
    "$python" -m venv "$venv"
  else
    echo "Python cannot create a virtual environment here. Run:" >&2
    echo "  sudo apt-get install $pkg" >&2
    exit 1
  fi
fi
"$venv/bin/python" -m pip install -q --upgrade pip
