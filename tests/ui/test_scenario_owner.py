"""The controller is the scenario's single owner; the panels follow its signal (issue 10)."""

from __future__ import annotations


def test_panels_follow_the_controller(qtbot, window):
    c = window.controller
    seen = []
    c.scenarioChanged.connect(lambda s, source: seen.append((s.name, source)))
    walk = c.scenario.replace(name="Jalan kaki", mode="walk", trips_per_year=123)
    c.set_scenario(walk, source="test")
    assert seen[-1] == ("Jalan kaki", "test")
    shown = window.parameters.scenario()
    assert shown.mode == "walk" and shown.trips_per_year == 123


def test_switching_in_the_scenarios_dock_goes_through_the_controller(qtbot, window):
    dock = window.scenarios
    c = window.controller
    dock.save_current("Dasar")
    car = c.scenario.replace(name="Mobil", mode="car")
    dock.scenario_set["Mobil"] = car
    seen = []
    c.scenarioChanged.connect(lambda s, source: seen.append((s.name, source)))
    dock.switch("Mobil")
    assert seen == [("Mobil", "scenarios")]
    assert c.scenario == car and window.parameters.scenario().mode == "car"
    c.set_scenario(dock.scenario_set["Dasar"], source="test")  # changed elsewhere
    assert dock.scenario_set.active == "Dasar"
    qtbot.waitUntil(lambda: not window.runner.active, timeout=60_000)
