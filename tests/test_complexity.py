"""Every function stays small enough to read: cyclomatic complexity at most 25 (radon)."""

from __future__ import annotations

from pathlib import Path

import pytest

radon_complexity = pytest.importorskip("radon.complexity")

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "kzaz_corpus"
LIMIT = 25


def _blocks(source: str) -> list[tuple[str, int, int]]:
    out = []
    for block in radon_complexity.cc_visit(source):
        out.append((block.fullname, block.lineno, block.complexity))
        for inner in getattr(block, "closures", ()):
            out.append((f"{block.fullname}.{inner.name}", inner.lineno, inner.complexity))
    return out


def test_the_measure_sees_a_complex_function() -> None:
    branches = "\n".join(f"    if x == {i}:\n        return {i}" for i in range(LIMIT + 1))
    assert [c for _, _, c in _blocks(f"def f(x):\n{branches}\n    return -1\n")] == [LIMIT + 2]


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_function_above_the_limit(path: Path) -> None:
    over = [f"{name} (line {line}): {c}" for name, line, c in _blocks(path.read_text(encoding="utf-8")) if c > LIMIT]
    assert over == []
