"""The installed version of the package."""

from __future__ import annotations

import functools


@functools.cache
def version() -> str:
    """
    Return the installed version (``0.0.0`` when running from a source tree that is not installed).

    >>> version().count(".") >= 2
    True
    """
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as _installed

    try:
        return _installed("kzaz_corpus")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0.0.0"
