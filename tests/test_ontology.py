from __future__ import annotations

import csv
import re
from importlib import resources
from pathlib import Path

import pytest

from eventscribe import ontology
from eventscribe.ontology import (
    cameo_info,
    is_known_cameo,
    plover_event_types,
    quad_class_of_plover,
)

SHARED = Path(__file__).parents[1].parent / "shared"


def _tsv_rows() -> list[dict[str, str]]:
    path = resources.files("eventscribe") / "data" / "ontology" / "CAMEO.codes.goldstein.quad.tsv"
    return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines(), delimiter="\t"))


def test_ontology_visit_is_consult_visit_quad_1() -> None:
    info = cameo_info("042")
    assert info is not None
    assert (info.code, info.root, info.name) == ("042", "04", "Make a visit")
    assert (info.plover_event, info.plover_mode, info.quad_class) == ("CONSULT", "visit", 1)
    assert info.goldstein == pytest.approx(1.9)


def test_ontology_conventional_force_is_assault_quad_4() -> None:
    info = cameo_info("190")
    assert info is not None
    assert (info.plover_event, info.quad_class, info.goldstein) == ("ASSAULT", 4, -10.0)
    assert info.plover_context == "military"


def test_ontology_leading_zeros_are_kept() -> None:
    codes = ontology.cameo_codes()
    assert "010" in codes and "0211" in codes and "03" in codes
    assert is_known_cameo("042")
    assert not is_known_cameo("42")
    assert cameo_info("42") is None


def test_ontology_unknown_code_falls_back_to_parent() -> None:
    sub = cameo_info("1499")
    assert sub is not None and sub.code == "14"
    four = cameo_info("0349")
    assert four is not None and four.code == "034"
    assert cameo_info("1431") == cameo_info("1431")
    exact = cameo_info("1431")
    assert exact is not None and exact.code == "1431" and exact.plover_mode == "boycott"
    assert not is_known_cameo("1499")


@pytest.mark.parametrize("code", ["99", "21", "00", "", "abc", "14a", "12345", "1"])
def test_ontology_unknown_roots_and_junk_give_none(code: str) -> None:
    assert cameo_info(code) is None


def test_ontology_dropped_codes_have_no_plover_event() -> None:
    for code in ("01", "010", "015", "017"):
        info = cameo_info(code)
        assert info is not None
        assert info.plover_event is None and info.plover_mode is None


def test_ontology_a_correction_wins_over_a_dropped_code() -> None:
    # the published table drops CAMEO 01; the manual's translation notes allow "016: Deny
    # responsibility" as REJECT, and data/ontology/plover_manual.txt says eventscribe does so
    info = cameo_info("016")
    assert info is not None and info.plover_event == "REJECT"


@pytest.mark.parametrize(
    ("code", "mode", "context"),
    [("02", None, None), ("020", None, None), ("0211", "assist", "economic"),
     ("0241", "change", "executive"), ("026", "meet", "diplomatic")],
)  # fmt: skip
def test_ontology_appeals_are_requests_with_their_demand_counterpart_s_mode(
    code: str, mode: str | None, context: str | None
) -> None:
    # the PLOVER manual's REQUEST is "all requests, demands, and orders"; its conversion table
    # drops CAMEO 02, eventscribe's plover_appeals.txt adds it back
    info = cameo_info(code)
    assert info is not None
    assert (info.plover_event, info.plover_mode, info.plover_context) == ("REQUEST", mode, context)
    demand = cameo_info("10" + code[2:])
    assert demand is not None and demand.plover_event == "REQUEST"
    assert (demand.plover_mode, demand.plover_context) == (mode, context)


def test_ontology_every_code_has_quad_and_goldstein_in_range() -> None:
    rows = _tsv_rows()
    assert len(rows) == 312
    for row in rows:
        info = cameo_info(row["cameo_code"])
        assert info is not None and info.code == row["cameo_code"]
        assert info.quad_class in (1, 2, 3, 4)
        assert -10.0 <= info.goldstein <= 10.0
        assert info.name


def test_ontology_missing_gdelt_goldstein_falls_back_to_icews() -> None:
    row = next(r for r in _tsv_rows() if r["cameo_code"] == "1213")
    assert row["goldstein_gdelt"] == ""  # the gap this fallback exists for
    info = cameo_info("1213")
    assert info is not None and info.goldstein == float(row["goldstein_icews"])
    assert info.name == "Reject judicial cooperation"


def test_ontology_plover_events_agree_with_tsv_column() -> None:
    for row in _tsv_rows():
        info = cameo_info(row["cameo_code"])
        assert info is not None
        expected = None if row["plover_match"] == "dropped" else row["plover_event"]
        if row["root_code"] == "02":
            expected = "REQUEST"  # eventscribe's addition (plover_appeals.txt)
        expected = _CORRECTED.get(row["cameo_code"], expected)
        assert info.plover_event == expected, row["cameo_code"]


# eventscribe's corrections where the PLOVER manual codes otherwise than CAMEO2PLOVER
# (plover_manual.txt)
_CORRECTED = {"163": "SANCTION", "0831": "RETREAT", "016": "REJECT"}


def test_ontology_the_manual_corrects_sanctions_and_resignations() -> None:
    # the manual: international sanctions are SANCTION 'discontinue'; RETREAT covers
    # resignations of government officials (mode 'resign'); the table had COERCE and CONCEDE
    sanctions, resignation = cameo_info("163"), cameo_info("0831")
    assert sanctions is not None and (sanctions.plover_event, sanctions.plover_mode) == (
        "SANCTION",
        "discontinue",
    )
    assert resignation is not None and (resignation.plover_event, resignation.plover_mode) == (
        "RETREAT",
        "resign",
    )
    # their neighbours keep the table's reading
    reform = cameo_info("083")
    assert reform is not None and reform.plover_event == "CONCEDE"


def test_ontology_modes_and_contexts_are_plover_vocabulary() -> None:
    types = plover_event_types()
    contexts = set(ontology._plover_json()["contexts"])
    for code in ontology.cameo_codes():
        info = cameo_info(code)
        assert info is not None
        if info.plover_event is None:
            continue
        assert info.plover_event in types
        if info.plover_mode is not None:
            assert info.plover_mode in types[info.plover_event].modes, code
        if info.plover_context is not None:
            assert set(info.plover_context.split(";")) <= contexts, code


def test_ontology_first_duplicate_line_wins() -> None:
    root = cameo_info("08")
    assert root is not None and root.plover_event == "CONCEDE"
    release = cameo_info("0841")
    assert release is not None and (release.plover_event, release.plover_mode) == (
        "RETREAT",
        "release",
    )


def test_ontology_multiple_contexts_are_joined() -> None:
    info = cameo_info("091")
    assert info is not None and info.plover_context == "crime;corruption"


def test_ontology_plover_types() -> None:
    types = plover_event_types()
    assert len(types) == 16
    assert types["CONSULT"].quad == 1
    assert "visit" in types["CONSULT"].modes
    assert types["COOPERATE"].requires_recipient
    assert types["ASSAULT"].definition
    types.pop("AGREE")  # a copy: the cached table is untouched
    assert "AGREE" in plover_event_types()
    assert {t.quad for t in plover_event_types().values()} == {1, 2, 3, 4}


@pytest.mark.parametrize(
    ("event", "quad"),
    [
        ("AGREE", 1),
        ("cooperate", 2),
        ("ACCUSE", 3),
        ("SANCTION", 4),
        ("ASSAULT", 4),
        ("NOPE", None),
    ],
)
def test_ontology_quad_class_of_plover(event: str, quad: int | None) -> None:
    assert quad_class_of_plover(event) == quad


def test_ontology_sector_names() -> None:
    sectors = ontology.sector_names()
    assert "MIL" in sectors and "military" in sectors["MIL"]
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in sectors)


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (project data) is not present")
def test_ontology_shipped_files_match_shared_copies() -> None:
    for name in (
        "CAMEO.codes.goldstein.quad.tsv",
        "CAMEO2PLOVER-2021.txt",
        "plover_ontology.json",
        "icews-cameo-codes.csv",
    ):
        shipped = resources.files("eventscribe") / "data" / "ontology" / name
        assert shipped.read_bytes() == (SHARED / "ontology" / name).read_bytes(), name
