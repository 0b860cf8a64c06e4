"""The Coder: coding an already parsed article, and coders with rules switched off."""

from __future__ import annotations

import pytest

from dyads.errors import ConfigError
from dyads.ingest import article_from_text

TEXT = "Japan condemned North Korea on Tuesday.\n\nChile sent troops to the border on Friday."


def test_a_parsed_article_is_coded_again_with_a_rule_off(coder):
    article = article_from_text(TEXT, id="t")
    doc = coder.parser.parse(TEXT)
    full = coder.code_parsed(article, doc)
    assert full.events == coder.code(article).events
    trigger = next(r for r in full.events[0].rules if r.startswith("trigger."))
    ablated = coder.with_rules_off([trigger]).code_parsed(article, doc)
    assert _acts(ablated.events) == _acts(e for e in full.events if trigger not in e.rules)
    # the coder it came from keeps its rules
    assert coder.code_parsed(article, doc).events == full.events


@pytest.mark.parametrize("rule_id", ["trigger.no-such-entry", "roles.nothing.v9"])
def test_an_unknown_rule_id_is_a_config_error(coder, rule_id):
    with pytest.raises(ConfigError, match=rule_id):
        coder.with_rules_off([rule_id])


def _acts(events):
    return [(e.cameo, e.source.code, e.target.code if e.target else None) for e in events]
