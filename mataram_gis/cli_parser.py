"""The command line's argument parser in the user's language (Indonesian unless told).

The help strings are written in English in mataram_gis/commands/*.py and translated in one
place, when the parser is built (:func:`translate_parser`), from the catalogue
(:mod:`mataram_gis.catalogue.cli_help`). argparse's own words ("usage:", "options") and its
usage errors go through :class:`Parser` and its formatter; the argparse module itself is left
as it is (tests call ``cli.main`` in-process, in both languages).

A usage error keeps argparse's exit code 2 and ends with how to see the help::

    python main.py rank: kesalahan: argumen berikut wajib diberikan: --out
    Perbaikan: python main.py rank --help
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any, NoReturn

from mataram_gis.catalogue.cli_help import ARGPARSE_ERRORS_ID, ARGPARSE_TYPES_ID, METAVARS_ID
from mataram_gis.messages import cli_text, error_message, language


def _escape(text: str) -> str:
    """A help string as a catalogue key (literal braces doubled, as in every CLI template)."""
    return text.replace("{", "{{").replace("}", "}}")


def help_text(text: str, *, lang: str | None = None) -> str:
    """One help string, description or group title in ``lang`` (as it is when unknown)."""
    return cli_text(_escape(text), lang=lang)


class Formatter(argparse.HelpFormatter):
    """argparse's help layout with "usage: " in the command line's language."""

    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        """The usage line, prefixed with the translated ``usage: ``."""
        if prefix is None:  # argparse passes "" when it makes a sub-command's prog
            prefix = cli_text("usage: ")
        super().add_usage(usage, actions, groups, prefix)


@cache
def _error_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """argparse's error templates as patterns, the most literal text first."""
    order = sorted(ARGPARSE_ERRORS_ID, key=lambda t: -len(t.replace("{}", "")))
    return tuple(
        (re.compile(re.escape(t).replace(r"\{\}", "(.+?)"), re.DOTALL), ARGPARSE_ERRORS_ID[t])
        for t in order
    )


def usage_message(message: str, *, lang: str | None = None) -> str:
    """One of argparse's error messages in ``lang``.

    ``argument --top: invalid int value: 'x'`` is translated piece by piece; a message of our
    own (an argparse ``type=`` function's, e.g. ``--budget``) goes through the error catalogue.
    """
    lang = lang or language()
    if lang == "en":
        return message
    for rx, target in _error_patterns():
        m = rx.fullmatch(message)
        if m is None:
            continue
        values = list(m.groups())
        if target.startswith("argumen {}: "):  # "argument X: <argparse's or our message>"
            values[1] = usage_message(values[1], lang=lang)
        elif target.startswith("nilai {} tidak sah"):
            values[0] = ARGPARSE_TYPES_ID.get(values[0], values[0])
        return target.format(*values)
    return error_message(message, lang=lang)


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose usage prefix and errors speak the command line's language.

    Sub-parsers made by ``add_subparsers`` are of the same class (argparse's default).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)

    def parse_args(self, args: Sequence[str] | None = None, namespace: Any = None) -> Any:
        """As argparse, but an unknown option is reported by the sub-command that got it."""
        ns, extras = self.parse_known_args(args, namespace)
        if extras:
            target = _command_parser(self, ns) or self
            target.error("unrecognized arguments: " + " ".join(extras))
        return ns

    def error(self, message: str) -> NoReturn:
        """Print the problem and how to see the help, then exit with code 2."""
        text = usage_message(message)
        line = cli_text("{}: error: {}", self.prog, text)
        if "\n" not in text:  # a message of our own already ends with its fix
            line += "\n" + cli_text("Fix: {}", f"{self.prog} --help")
        self.exit(2, line + "\n")


def _command_parser(parser: argparse.ArgumentParser, ns: Any) -> Parser | None:
    """The sub-command's parser chosen in ``ns`` (None: no sub-command)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            chosen = action.choices.get(getattr(ns, action.dest or "", None) or "")
            return chosen if isinstance(chosen, Parser) else None
    return None


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """``parser`` and every sub-parser under it."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from parsers(sub)


def help_strings(parser: argparse.ArgumentParser) -> Iterator[tuple[Any, str]]:
    """(owner, attribute) of every text of ``parser``'s help: descriptions, titles, helps."""
    yield parser, "description"
    yield parser, "epilog"
    for group in parser._action_groups:
        yield group, "title"
        yield group, "description"
    for action in parser._actions:
        yield action, "help"
        if isinstance(action, argparse._SubParsersAction):
            yield from ((choice, "help") for choice in action._choices_actions)


def _texts(parser: argparse.ArgumentParser) -> Iterator[tuple[Any, str, str]]:
    for each in parsers(parser):
        for owner, attr in help_strings(each):
            text = getattr(owner, attr, None)
            if isinstance(text, str) and text and text != argparse.SUPPRESS:
                yield owner, attr, text


def _metavar(action: argparse.Action) -> str | tuple[str, ...] | None:
    """The placeholder argparse shows for ``action``'s value (None: it shows none or choices)."""
    if isinstance(action, argparse._SubParsersAction):
        return action.metavar
    if action.nargs == 0 or action.choices is not None or action.help == argparse.SUPPRESS:
        return None
    return action.metavar or (action.dest.upper() if action.option_strings else action.dest)


def _metavars(parser: argparse.ArgumentParser) -> Iterator[tuple[argparse.Action, Any]]:
    for each in parsers(parser):
        for action in each._actions:
            name = _metavar(action)
            if name:
                yield action, name


def translate_parser(parser: argparse.ArgumentParser, *, lang: str | None = None) -> None:
    """Translate every help text of ``parser`` and its sub-parsers in place.

    A sub-command without a description gets its one-line help as one, so that
    ``python main.py rank --help`` says what ``rank`` does. In Indonesian the placeholders of
    the values are translated too (``--out OUT`` -> ``--out KELUARAN``).
    """
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                sub = action.choices[choice.dest]
                if not sub.description and choice.help:
                    sub.description = choice.help
    for owner, attr, text in list(_texts(parser)):
        setattr(owner, attr, help_text(text, lang=lang))
    if (lang or language()) == "en":
        return
    for action, name in list(_metavars(parser)):  # --out OUT -> --out KELUARAN
        names = name if isinstance(name, tuple) else (name,)
        local = tuple(METAVARS_ID.get(n, n) for n in names)
        action.metavar = local if isinstance(name, tuple) else local[0]


def untranslated(parser: argparse.ArgumentParser) -> list[str]:
    """The English help texts and metavars of ``parser`` (not yet translated) it lacks.

    A metavar kept as it is (``CSV``, ``EPSG``) is in the catalogue as itself.
    """
    texts = {text for _o, _a, text in _texts(parser) if help_text(text, lang="id") == text}
    for _action, name in _metavars(parser):
        texts |= {n for n in (name if isinstance(name, tuple) else (name,))
                  if n not in METAVARS_ID}  # fmt: skip
    return sorted(texts)
