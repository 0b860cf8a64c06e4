"""Events: trigger lexicon, roles, speakers and modality -> Event records with evidence."""

from .codebook import CameoCode, codebook
from .extract import EventExtractor, implied_actors
from .lexicon import TriggerEntry, TriggerLexicon, parse_triggers

__all__ = [
    "CameoCode",
    "EventExtractor",
    "TriggerEntry",
    "TriggerLexicon",
    "codebook",
    "implied_actors",
    "parse_triggers",
]
