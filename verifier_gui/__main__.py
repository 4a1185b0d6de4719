"""python -m verifier_gui opens the desktop app (the same as the reserve-verifier launcher)."""

import sys

from .gui.app import main

sys.exit(main())
