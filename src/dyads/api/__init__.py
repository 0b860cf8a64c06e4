"""The HTTP API and dashboard over a corpus store: `dyads serve`, or `create_app(service)`."""

from __future__ import annotations

from ..config import Settings
from .app import create_app
from .service import Service

__all__ = ["Service", "create_app", "serve"]


def serve(db: str, settings: Settings, host: str, port: int, token: str | None) -> None:
    """Serve the corpus file `db` on host:port until interrupted. Writes are on only with a
    `token`. Raises StoreError when the file cannot be opened."""
    import uvicorn

    service = Service.open(db, settings, token=token)
    try:
        uvicorn.run(create_app(service), host=host, port=port, log_level="info")
    finally:
        service.close()
