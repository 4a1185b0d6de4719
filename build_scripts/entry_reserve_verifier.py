"""PyInstaller entry point of the windowed app, reserve-verifier (see reserve_verifier.spec)."""

import sys

from verifier_gui.gui.app import main

sys.exit(main())
