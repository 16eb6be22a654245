"""The DuckDB event store: ingest with deduplication across reports, queries (docs/store.md)."""

from __future__ import annotations

from eventscribe.store.db import DEFAULT_PATH, IngestStats, Store, default_path
from eventscribe.store.queries import EventFilters, EventPage

__all__ = ["DEFAULT_PATH", "EventFilters", "EventPage", "IngestStats", "Store", "default_path"]
