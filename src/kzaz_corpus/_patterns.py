"""
Regex fragments shared by the extractors.

Facts:

- Real files carry no-break, thin and figure spaces where a plain space would
  stand (``5\u00a0%``, ``1\u202f800``); every rule that allows a space on a line
  allows these too, and none of them crosses a line break.
"""

from __future__ import annotations

__all__ = ["HSPACE"]

#: One horizontal white-space character: space, tab, no-break, thin, narrow
#: no-break and figure spaces (never a line break).
HSPACE = "[ \t\u00a0\u2009\u202f\u2007]"
