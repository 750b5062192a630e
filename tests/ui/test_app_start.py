"""The app's start (issue 15): the demo city is made in a thread of its own from the start,
beside the window's creation; the load job then takes it instead of making it again."""

from __future__ import annotations

import threading

import pytest

from ui.app import demo_factory


def _join_early() -> None:
    """Wait for the early thread (it sets Numba up after the city)."""
    for thread in threading.enumerate():
        if thread.name == "mataram-demo-early":
            thread.join(120)
            assert not thread.is_alive()


def test_the_early_demo_is_taken_once_then_made_anew(monkeypatch):
    import mataram_gis.inputs as inputs

    made: list[int] = []
    real = inputs.demo_inputs

    def counted(*, scale: int):
        made.append(scale)
        return real(scale=scale)

    monkeypatch.setattr(inputs, "demo_inputs", counted)
    factory = demo_factory(1, early=True)  # starts making it now, in its own thread
    try:
        first = factory()
        assert made == [1]  # made by the early thread, not again by this call
        assert len(first.roads) > 1000 and len(first.households) > 1000
        second = factory()  # a later load (e.g. the demo reopened): a fresh city
        assert made == [1, 1] and second is not first
        assert len(second.roads) == len(first.roads)
    finally:
        _join_early()


def test_a_failing_early_demo_fails_the_load_job_as_before(monkeypatch):
    import mataram_gis.inputs as inputs

    def broken(*, scale: int):
        raise ValueError(f"no demo at scale {scale}")

    monkeypatch.setattr(inputs, "demo_inputs", broken)
    factory = demo_factory(3, early=True)
    try:
        with pytest.raises(ValueError, match="no demo at scale 3"):
            factory()
    finally:
        _join_early()


def test_without_early_nothing_is_made_before_the_load(monkeypatch):
    import mataram_gis.inputs as inputs

    made: list[int] = []
    monkeypatch.setattr(inputs, "demo_inputs", lambda *, scale: made.append(scale) or scale)
    factory = demo_factory(2)
    assert made == [] and not any(t.name == "mataram-demo-early" for t in threading.enumerate())
    assert factory() == 2 and made == [2]
