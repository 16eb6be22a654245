"""Geography below the coder: countries and their codes, place-name folding and the offline
gazetteer (GeoNames), used by the coder's place finding, the exports and the API.

``countries``: ISO2/ISO3/FIPS codes, names, capitals, short names; ``names``: how names compare;
``gazetteer``: names to places, with context. Nothing here loads spaCy or touches the network.
"""

from __future__ import annotations

from eventscribe.geo.countries import CountryCodes, country_codes, iso3_from_iso2
from eventscribe.geo.gazetteer import FEATURE_CLASSES, Gazetteer, Place
from eventscribe.geo.names import fold_name, skeleton

__all__ = [
    "FEATURE_CLASSES",
    "CountryCodes",
    "Gazetteer",
    "Place",
    "country_codes",
    "fold_name",
    "iso3_from_iso2",
    "skeleton",
]
