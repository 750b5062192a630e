"""Qt widgets of the desktop application (main window, map canvas, panels, workers)."""
