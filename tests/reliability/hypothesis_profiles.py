"""Each property runs twice: a few examples in `make test`, many more in `make test-faults`."""

import os
from collections import Counter

import pytest
from hypothesis import HealthCheck, settings

EXPLORE_FACTOR = int(os.environ.get("HYPOTHESIS_EXPLORE_FACTOR", "5"))
TRIED: Counter = Counter()  # property name -> examples run, each property counts its own

_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}


def run_property(make_property, name: str | None = None, **options) -> None:
    """Run a fresh @given test from `make_property` with these settings; report how many examples ran."""
    name = name or make_property.__name__
    before = TRIED[name]
    settings(**options, **_COMMON)(make_property())()
    print(f"\nhypothesis {name}: {TRIED[name] - before} examples")
    assert TRIED[name] > before, "the property never ran"


def fast_and_long(make_property, fast: int, long: int):
    """Two tests from one property factory (a function returning a fresh @given test).

    The fast one is derandomized (same examples every run) except under the 'explore' profile
    (`make test-explore`: a new seed, EXPLORE_FACTOR times the examples); the long one is marked `faults`.
    """
    def fast_test():
        if settings.get_current_profile_name() == "explore":  # make test-explore: new seed, more examples
            run_property(make_property, max_examples=fast * EXPLORE_FACTOR, derandomize=False)
        else:
            run_property(make_property, max_examples=fast, derandomize=True)

    @pytest.mark.faults
    def long_test():
        run_property(make_property, max_examples=long)

    fast_test.__doc__ = long_test.__doc__ = make_property.__doc__
    return fast_test, long_test
