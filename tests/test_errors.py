"""One catalogue of error codes (issue 10): every code in the source is in errors.ERRORS, with
one meaning, one class and one HTTP status."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

import pytest

from eventscribe import errors
from eventscribe.errors import ERRORS, ApiError, EventscribeError, StoreError
from eventscribe.store.db import Store

SOURCE = Path(errors.__file__).parent
DOCS = Path(__file__).parent.parent / "docs"
CODE = re.compile(r"E\d{3}")
CLASSES = {
    name: value
    for name, value in vars(errors).items()
    if isinstance(value, type) and issubclass(value, EventscribeError)
}


def _code_uses() -> list[tuple[str, str, str | None, int | None]]:
    """(code, where, the class raised with it or None, the status given with it or None)."""
    uses: list[tuple[str, str, str | None, int | None]] = []
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if CODE.fullmatch(node.value):
                    uses.append((node.value, f"{path.name}:{node.lineno}", None, None))
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            keywords = {k.arg: k.value for k in node.keywords}
            code = keywords.get("code")
            if name in CLASSES and isinstance(code, ast.Constant) and isinstance(code.value, str):
                status = keywords.get("status")
                given = status.value if isinstance(status, ast.Constant) else None
                uses.append((code.value, f"{path.name}:{node.lineno}", name, given))
    return uses


@pytest.mark.issue(10)
def test_errors_every_code_used_is_in_the_catalogue() -> None:
    uses = _code_uses()
    assert len(uses) > 100
    missing = sorted({f"{code} ({where})" for code, where, _, _ in uses if code not in ERRORS})
    assert not missing, "add these codes to errors.ERRORS: " + ", ".join(missing)


@pytest.mark.issue(10)
def test_errors_a_code_has_one_class_and_one_status() -> None:
    classes: dict[str, set[str]] = defaultdict(set)
    for code, where, cls, status in _code_uses():
        if cls is None:
            continue
        classes[code].add(cls)
        assert cls == ERRORS[code].cls.__name__, f"{where}: {code} is a {ERRORS[code].cls}"
        if status is not None:
            assert status == ERRORS[code].status, f"{where}: {code} answers {ERRORS[code].status}"
    # e.g. E420 was both a ConfigError (options) and a StoreError (Store.open's window)
    assert {code: names for code, names in classes.items() if len(names) > 1} == {}


@pytest.mark.issue(10)
def test_errors_catalogue_is_consistent() -> None:
    assert len(errors._CATALOGUE) == len(ERRORS), "a code is listed twice"
    for code, entry in ERRORS.items():
        assert CODE.fullmatch(code) and entry.code == code
        assert entry.meaning and entry.exit_status == 1
        if entry.cls is not ApiError:
            assert entry.status == entry.cls.status, code
    for cls in CLASSES.values():  # each class's default code is its own
        assert ERRORS[cls.code].cls is cls


@pytest.mark.issue(10)
def test_errors_docs_cite_only_catalogued_codes() -> None:
    for path in DOCS.glob("*.md"):
        cited = set(re.findall(r"\bE\d{3}\b", path.read_text(encoding="utf-8")))
        assert cited <= set(ERRORS), (path.name, sorted(cited - set(ERRORS)))


@pytest.mark.issue(10)
def test_errors_store_window_has_its_own_code(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path / "s.duckdb", window_days=-1)
    assert info.value.code == "E407"
