"""The corpus store: coded articles in DuckDB, event clusters, exports and queries."""

from .db import DEFAULT_DB, Store, content_hash

__all__ = ["DEFAULT_DB", "Store", "content_hash"]
