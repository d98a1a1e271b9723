"""The package's layout: no import cycles, and each layer imports only the layers below it."""

from __future__ import annotations

import ast
from collections.abc import Collection, Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "kzaz_corpus"

#: The layers, lowest first. A module may import modules of its own layer or of
#: a lower one; the rest of the package sits on top of all of them.
LAYERS = ("_version", "cache", "errors", "model", "text", "lexicon", "stages", "article", "views", "corpus", "cli")

#: Upward edges allowed, by the function that makes them: a record's HTML
#: view for notebooks.
ALLOWED_UPWARD = frozenset({"_repr_html_"})


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _targets(module: str, is_package: bool, node: ast.ImportFrom, modules: Collection[str]) -> list[str]:
    """The package modules an ``import from`` statement imports."""
    if node.level == 0:
        base = node.module or ""
        if not base.startswith("kzaz_corpus"):
            return []
    else:
        parts = module.split(".")
        anchor = parts if is_package else parts[:-1]
        anchor = anchor[: len(anchor) - (node.level - 1)]
        base = ".".join([*anchor, node.module] if node.module else anchor)
    # "from package import module" imports that module; "from module import name", the module.
    out = [f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in modules]
    if len(out) < len(node.names) and base in modules:
        out.append(base)
    return out


def _imports(path: Path, modules: Collection[str]) -> Iterator[tuple[str, str]]:
    """``(imported module, enclosing function or '')`` for every import in *path*, at any depth."""
    module = _module_name(path)
    tree = ast.parse(path.read_text(encoding="utf-8"))

    def visit(node: ast.AST, func: str) -> Iterator[tuple[str, str]]:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else func
            if isinstance(child, ast.ImportFrom):
                for target in _targets(module, path.name == "__init__.py", child, modules):
                    yield target, func
            elif isinstance(child, ast.Import):
                for alias in child.names:
                    if alias.name in modules:
                        yield alias.name, func
            yield from visit(child, inner)

    yield from visit(tree, "")


def _graph() -> dict[str, set[tuple[str, str]]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {
        name: {(t, f) for t, f in _imports(path, modules) if t != name} for name, path in modules.items()
    }


def _layer(module: str) -> int:
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else ""
    return LAYERS.index(top) if top in LAYERS else len(LAYERS)


def _cycles(graph: dict[str, set[tuple[str, str]]]) -> list[list[str]]:
    edges = {m: {t for t, f in ts if f not in ALLOWED_UPWARD} for m, ts in graph.items()}
    found: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for t in sorted(edges.get(m, ())):
            if state.get(t) == 1:
                found.append([*stack[stack.index(t) :], t])
            elif t not in state:
                walk(t)
        stack.pop()
        state[m] = 2

    for m in sorted(edges):
        if m not in state:
            walk(m)
    return found


def test_the_graph_sees_imports_inside_functions_and_type_checking() -> None:
    graph = _graph()
    article = {t for t, _ in graph["kzaz_corpus.article"]}
    assert "kzaz_corpus.stages.metrics" in article  # imported inside from_text
    assert ("kzaz_corpus.views.html", "_repr_html_") in graph["kzaz_corpus.article"]


def test_a_cycle_is_found() -> None:
    graph = {"a": {("b", "")}, "b": {("c", "f")}, "c": {("a", "")}}
    assert _cycles(graph) == [["a", "b", "c", "a"]]
    assert _cycles({"a": {("b", "")}, "b": {("a", "_repr_html_")}}) == []


def test_no_import_cycles() -> None:
    assert _cycles(_graph()) == []


@pytest.mark.parametrize("module", sorted(_graph()))
def test_no_module_imports_a_layer_above_it(module: str) -> None:
    upward = sorted(
        f"{target} (in {func or 'module scope'})"
        for target, func in _graph()[module]
        if _layer(target) > _layer(module) and func not in ALLOWED_UPWARD
    )
    assert upward == []


def _names_bound_twice(tree: ast.Module) -> list[str]:
    """The names a module binds more than once at its top level (a constant, a function or a class)."""
    seen: set[str] = set()
    twice: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            continue
        twice.extend(n for n in names if n in seen and n != "__all__")
        seen.update(names)
    return twice


def test_a_name_bound_twice_is_found() -> None:
    """The check sees a constant that a later one of the same name silently replaces."""
    tree = ast.parse("_A = 1\ndef f() -> int:\n    return _A\n_A = 2\n")
    assert _names_bound_twice(tree) == ["_A"]


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_binds_a_name_twice(path: Path) -> None:
    """A module binds each top-level name once: a second binding would replace the first for every use of it."""
    assert _names_bound_twice(ast.parse(path.read_text(encoding="utf-8"))) == []
