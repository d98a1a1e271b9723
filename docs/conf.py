"""Sphinx configuration for the kzaz_corpus documentation."""

from __future__ import annotations

import doctest as _doctest
from importlib import metadata
from typing import Any

# -- Project -----------------------------------------------------------------

project = "kzaz_corpus"
author = "kzaz_corpus developers"
copyright = "kzaz_corpus developers"
try:
    release = metadata.version("kzaz_corpus")
except metadata.PackageNotFoundError:  # pragma: no cover - docs built without installing
    release = "0.0.0"
version = ".".join(release.split(".")[:2])

# -- General -----------------------------------------------------------------

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
language = "en"

# Every reference must resolve (the build runs with ``-n -W``).
nitpicky = True
# There is no intersphinx (the build works offline), so references to the
# standard library, attrs and typing constructs in signatures cannot resolve.
# They are plain text in the output; everything under ``kzaz_corpus`` must
# still resolve.
_STDLIB = "|".join(
    [
        "datetime", "_dt", "pathlib", r"collections\.abc", "typing", "types", "json", "codecs", "io", "os",
        "multiprocessing", "concurrent", "html", "csv", "gzip",
    ]
)  # fmt: skip
nitpick_ignore_regex = [
    (r"py:.*", rf"({_STDLIB})(\..*)?"),
    (r"py:.*", r"_?(attr|attrs|regex|razdel|pymorphy3|pandas|dask|pyarrow)(\..*)?"),
    (r"py:class", r"(Path|Sequence|Iterable|Iterator|Mapping|Callable|Literal|Any|TextIO|TypeVar|Self)"),
    (r"py:class", r"(date|datetime|timedelta|PathLike|Pattern|Match)"),
    (r"py:class", r"(str|int|float|bool|bytes|dict|list|tuple|set|frozenset|object|type|None)"),
    (r"py:class", r"(Exception|ValueError|TypeError|KeyError|OSError|UnicodeDecodeError)"),
    (r"py:class", r"DataFrame|Bag"),
    # kzaz_corpus.views.frames.Row, the plain-dict row type of the table builders.
    (r"py:class", r"Row"),
    # The type variable of kzaz_corpus.text.doc.Doc.exact (any record with a span).
    (r"py:class", r"kzaz_corpus\.text\.doc\._R"),
    # The Literal aliases of kzaz_corpus.model; their values are listed in
    # reference/api.md ("Value sets").
    (r"py:class", r"(QuoteKind|Qualifier|MetricKind|Granularity|ParagraphKind)"),
    # The loaders' type aliases, documented in kzaz_corpus.corpus.sources and .parallel.
    (r"py:class", r"(KnownDates|PathOrEntry)"),
    # Type variables of generic methods (``Doc.memo``): a placeholder, not a class.
    (r"py:class", r"(kzaz_corpus\..*\.)?_T"),
]


def _public_name(target: str) -> str | None:
    """
    Map a reference to a re-exported name onto its documented public path.

    Docstrings inside submodules say ``:class:`Article``` or
    ``:class:`LoadError```; the reference documents those objects once, as
    ``kzaz_corpus.Article`` and so on, so such references are redirected there.
    """
    import kzaz_corpus

    parts = target.split(".")
    for i, part in enumerate(parts):
        if part in kzaz_corpus.__all__ and (i == 0 or parts[0] == "kzaz_corpus"):
            return ".".join(["kzaz_corpus", *parts[i:]])
    return None


def _resolve_public_names(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    if node.get("refdomain") != "py":
        return None
    public = _public_name(node["reftarget"])
    if public is None or public == node["reftarget"]:
        return None
    return env.get_domain("py").resolve_xref(env, node["refdoc"], app.builder, node["reftype"], public, node, contnode)


def _separate_lists(app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:
    """
    Put a blank line between a ``Facts:`` style lead-in and the list after it.

    Module docstrings open with a line such as ``Facts:`` directly followed by
    ``- ...`` items, which reads well as plain text; reStructuredText needs a
    blank line there.
    """
    i = 0
    while i < len(lines) - 1:
        line, following = lines[i], lines[i + 1]
        if line.rstrip().endswith(":") and following.lstrip().startswith(("- ", "* ")):
            if len(line) - len(line.lstrip()) == len(following) - len(following.lstrip()):
                lines.insert(i + 1, "")
                i += 1
        i += 1


def setup(app: Any) -> None:
    app.connect("missing-reference", _resolve_public_names)
    app.connect("autodoc-process-docstring", _separate_lists)


# -- MyST --------------------------------------------------------------------

myst_enable_extensions = [
    "colon_fence",
    "deflist",
    "fieldlist",
]
myst_heading_anchors = 3

# -- autodoc -----------------------------------------------------------------

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented_params"
autodoc_default_options = {
    "members": True,
}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
napoleon_attr_annotations = True

# -- doctest -----------------------------------------------------------------

doctest_global_setup = """
import datetime
import importlib.util
import kzaz_corpus
from kzaz_corpus import Article, Corpus, load_seeds

# Examples that need an optional extra say ``:skipif: not HAS_PANDAS`` (the
# ``pandas`` extra) or ``:skipif: not HAS_DASK`` (the ``dask`` extra).
HAS_PANDAS = all(importlib.util.find_spec(m) is not None for m in ("pandas", "pyarrow"))
HAS_DASK = HAS_PANDAS and importlib.util.find_spec("dask") is not None
"""
# Only the ``{doctest}`` blocks of these pages run here; the ``>>>`` examples
# in docstrings are run by ``pytest --doctest-modules``, with module globals.
doctest_test_doctest_blocks = ""
doctest_default_flags = _doctest.ELLIPSIS | _doctest.NORMALIZE_WHITESPACE | _doctest.DONT_ACCEPT_TRUE_FOR_1

# -- HTML --------------------------------------------------------------------

html_theme = "furo"
html_title = f"kzaz_corpus {release}"
html_static_path: list[str] = []
