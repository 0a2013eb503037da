"""``python -m policymeasures``: the same command as ``policymeasures``."""

from __future__ import annotations

import sys

from policymeasures.cli import main

if __name__ == "__main__":
    sys.exit(main())
