"""Errors the user can cause, each carrying a message a person can act on.

The GUI shows the message in a dialog; the CLI prints it and exits with code 2. Anything
else that escapes is a bug (exit code 1).
"""

from __future__ import annotations


class MataramError(Exception):
    """Base class of every error the user can cause and fix."""

    def __init__(
        self,
        problem: str,
        *,
        file: str | None = None,
        where: str | None = None,
        fix: str | None = None,
    ) -> None:
        self.problem = problem
        self.file = file
        self.where = where
        self.fix = fix
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The full text: file, row or column, problem, fix."""
        parts = []
        if self.file:
            parts.append(f"{self.file}")
        if self.where:
            parts.append(f"{self.where}")
        head = ": ".join(parts)
        text = f"{head}: {self.problem}" if head else self.problem
        if self.fix:
            text += f"\nFix: {self.fix}"
        return text


class InputDataError(MataramError):
    """An input file is missing, unreadable or has invalid content."""


class NetworkError(MataramError):
    """The road network cannot support the analysis (empty, disconnected centres...)."""


class ScenarioError(MataramError):
    """A scenario parameter is invalid."""


class UsageError(MataramError):
    """The command line or an option was used wrongly."""


class Cancelled(Exception):  # noqa: N818 - a control-flow signal, not a failure
    """Raised inside a job when the user cancelled it."""


class OutputError(MataramError):
    """An output cannot be written (folder missing or read-only, disk full, file in use)."""
