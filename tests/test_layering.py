"""The import layering (issue 10): data flows one way, so the store and the records import neither
the coder nor the API. Read from the source (every import, at the top or inside a function), not
from what happens to be loaded."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import eventscribe

PACKAGE = Path(eventscribe.__file__).resolve().parent
# module (relative to the package) -> packages it must not import
RULES = {
    "store": ("eventscribe.coding", "eventscribe.api"),
    "records.py": ("eventscribe.coding", "eventscribe.api"),
}


def _imported(source: str, module: str) -> Iterator[tuple[int, str]]:
    """(line, dotted name) of every import in ``source``, the module ``module`` (dotted), with
    relative imports resolved and ``from a import b`` giving both ``a`` and ``a.b``."""
    package = module.split(".")[:-1]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package[: len(package) - node.level + 1]
                base = ".".join([*parent, *([base] if base else [])])
            yield node.lineno, base
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}"


def _violations(source: str, module: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"line {line}: {name}"
        for line, name in _imported(source, module)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]


def _modules(relative: str) -> list[Path]:
    path = PACKAGE / relative
    return sorted(path.rglob("*.py")) if path.is_dir() else [path]


def _dotted(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts)


@pytest.mark.issue(10)
@pytest.mark.parametrize("relative", sorted(RULES))
def test_layering_store_and_records_import_neither_coding_nor_api(relative: str) -> None:
    modules = _modules(relative)
    assert modules, f"nothing to check under {relative}"
    found = {
        str(path.relative_to(PACKAGE)): bad
        for path in modules
        if (bad := _violations(path.read_text(encoding="utf-8"), _dotted(path), RULES[relative]))
    }
    assert found == {}


@pytest.mark.issue(10)
def test_layering_check_sees_every_form_of_import() -> None:
    forbidden = ("eventscribe.coding", "eventscribe.api")
    module = "eventscribe.store.cli"
    for source in (
        "import eventscribe.coding.coder",
        "from eventscribe.coding.dates import PRECISIONS",
        "from eventscribe import api",
        "from ..coding import coder",
        "from ..api.client import server_hint",
        "def f():\n    from eventscribe.api.client import server_hint\n",
    ):
        assert _violations(source, module, forbidden), source
    for source in (
        "import eventscribe.records",
        "from eventscribe import records",
        "from . import queries",
        "from .db import Store",
        "import eventscribe.codingstyle",
    ):
        assert not _violations(source, module, forbidden), source


@pytest.mark.issue(10)
def test_layering_date_precisions_are_the_records_own() -> None:
    """The store checks --date-precision against ``records.PRECISIONS``; the coder's date finder
    must give no other precision."""
    from eventscribe.coding import dates
    from eventscribe.records import PRECISIONS

    assert tuple(dates.PRECISIONS) == PRECISIONS
