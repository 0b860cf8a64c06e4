"""The numerical backend: NumPy's matrix products give the pipeline's exact annotations, and the
probe chooses between the backends by time only when they agree."""

from __future__ import annotations

import json
import threading

import pytest

from dyads.config import Settings
from dyads.errors import ConfigError
from dyads.nlp import backend
from dyads.nlp.backend import BLIS, MATMUL, backend_of, choose_backend, probe, use_backend
from dyads.serialize import article_dict


def test_numpy_matmul_codes_exactly_what_blis_does(coder, sample_articles, restored_backend):
    coded = {}
    for name in (BLIS, MATMUL):
        choose_backend(restored_backend, name)
        assert backend_of(restored_backend) == name
        coded[name] = [json.dumps(article_dict(coder.code_parsed(a, coder.parser.parse(a.text))))
                          for a in sample_articles]  # fmt: skip
    assert coded[MATMUL] == coded[BLIS]
    assert any(json.loads(c)["events"] for c in coded[BLIS])


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_probe_keeps_numpy_only_when_faster_and_the_same(coder, restored_backend, jobs):
    use_backend(restored_backend, BLIS)
    found = probe(restored_backend, ["Japan condemned North Korea's missile launch."], jobs, 1)
    assert found.same
    assert set(found.seconds) == {BLIS, MATMUL}
    faster = found.seconds[MATMUL] < found.seconds[BLIS] * 0.97
    assert found.chosen == (MATMUL if faster else BLIS)
    assert backend_of(restored_backend) == BLIS  # the probe leaves the backend it found


def test_an_unknown_backend_is_a_config_error(restored_backend):
    with pytest.raises(ConfigError, match="numeric_backend='fast' is unknown"):
        Settings(numeric_backend="fast")
    with pytest.raises(ConfigError, match="numeric_backend='fast' is unknown"):
        choose_backend(restored_backend, "fast")


def test_a_process_with_other_threads_keeps_blis_without_probing(
    coder, restored_backend, tmp_path, monkeypatch
):
    monkeypatch.setenv("DYADS_CACHE_DIR", str(tmp_path))  # no stored answer
    backend._probed_once.cache_clear()
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert choose_backend(restored_backend, "auto") == BLIS
    finally:
        release.set()
        other.join()
        backend._probed_once.cache_clear()
    assert not list(tmp_path.iterdir())  # nothing probed, nothing stored
