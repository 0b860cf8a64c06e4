"""The corpus store: coded articles in DuckDB, event clusters, exports and queries."""

from .db import DEFAULT_DB, Store, content_hash
from .queries import run_query

__all__ = ["DEFAULT_DB", "Store", "content_hash", "run_query"]
