"""CAMEO actor codes taken apart as GDELT's codebook does (issue 12)."""

from __future__ import annotations

import pytest

from eventscribe.actor_codes import (
    ActorCode,
    country_name,
    is_country,
    known_group_name,
    parse_actor_code,
)

pytestmark = pytest.mark.issue(12)


@pytest.mark.parametrize(
    ("code", "parts"),
    [
        ("CHNGOV", ActorCode("CHNGOV", country="CHN", types=("GOV",))),
        ("USA", ActorCode("USA", country="USA")),
        # NATO: no country; the known group in its own field, IGO a type, WST a region
        ("IGOWSTNAT", ActorCode("IGOWSTNAT", known_group="NAT", types=("IGO",), region="WST")),
        # UNHCR: the most specific known group
        (
            "IGOUNOREFHCR",
            ActorCode("IGOUNOREFHCR", known_group="HCR", types=("IGO", "REF")),
        ),
        # Phoenix's MUS is GDELT's MOS; ISI is in no GDELT table (it stays in the code only)
        ("IMGMUSISI", ActorCode("IMGMUSISI", religion1="MOS", types=("IMG",))),
        ("MED", ActorCode("MED", types=("MED",))),
        ("MEAREB", ActorCode("MEAREB", types=("REB",), region="MEA")),
        ("PSEREBHMS", ActorCode("PSEREBHMS", country="PSE", known_group="HMS", types=("REB",))),
        ("NGOHLHIRC", ActorCode("NGOHLHIRC", known_group="IRC", types=("NGO", "HLH"))),
        ("KSVGOV", ActorCode("KSVGOV", country="KSV", types=("GOV",))),
        ("---GOV", ActorCode("---GOV", types=("GOV",))),
        ("", ActorCode("")),
    ],
)
def test_actor_codes_blocks_go_to_their_codebook_fields(code: str, parts: ActorCode) -> None:
    assert parse_actor_code(code) == parts


def test_actor_codes_only_countries_are_countries() -> None:
    for block in ("IGO", "NGO", "IMG", "MED", "MEA", "WST", "MNC", "---", "", "usa"):
        assert not is_country(block), block
    for block in ("USA", "CHN", "PSE", "KSV", "TMP", "DDR"):
        assert is_country(block), block
    assert country_name("KSV") == "Kosovo"
    assert country_name("IGO") == ""
    assert known_group_name("NAT") == "North Atlantic Treaty Organization (NATO)"
    assert known_group_name("KID") == "United Nations Children's Fund (UNICEF)"  # GDELT's '?'
