"""The HTTP API (v1) and the dashboard: ``create_app(store, settings)``; `eventscribe serve`.

docs/api.md documents the endpoints, the errors, the security rules and the two-process rule.
"""

from __future__ import annotations

from eventscribe.api.app import Settings, create_app

__all__ = ["Settings", "create_app"]
