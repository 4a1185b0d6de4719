"""PyInstaller entry point of the console command, reserve-verify (see reserve_verifier.spec)."""

import sys

from verifier_gui.cli import main

sys.exit(main())
