"""The NLP layer: the only place spaCy objects live. It hands out ParsedDoc records."""

from .pipeline import Parser, load_pipeline

__all__ = ["Parser", "load_pipeline"]
