"""The HTTP API (v1) and the dashboard: ``api.app.create_app``; run by `eventscribe serve`.

Nothing heavy is imported here: the main CLI imports ``api.cli`` for every command, and FastAPI
loads only when ``serve`` runs. docs/api.md documents the endpoints, errors and security rules.
"""

from __future__ import annotations

from eventscribe.server_note import TOKEN_ENV

__all__ = ["DEFAULT_MAX_BODY", "TOKEN_ENV"]

DEFAULT_MAX_BODY = 1_048_576  # bytes of request body: 1 MiB
