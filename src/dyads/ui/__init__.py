"""The dashboard: static files (static/) served by the HTTP API at /, with no build step."""
