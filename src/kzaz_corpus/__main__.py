"""``python -m kzaz_corpus``: analyse the built-in seeds or the given files."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
