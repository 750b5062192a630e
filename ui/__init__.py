# ruff: noqa: N802, N815 - Qt API names (camelCase overrides and signals)
"""Qt widgets of the desktop application (main window, map canvas, panels, workers)."""
