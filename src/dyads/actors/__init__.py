"""Actors: lexicon loading and validation; parsed text -> resolved actors."""

from .lexicon import ActorLexicon, Entry, parse_entries
from .resolve import ActorResolver

__all__ = ["ActorLexicon", "ActorResolver", "Entry", "parse_entries"]
