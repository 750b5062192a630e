"""Find every user-facing message template in the source: raise sites and progress calls.

A template is the English text with ``{}`` for each value filled in at run time, e.g.
``f"column {col} has {n} empty rows"`` -> ``"column {} has {} empty rows"`` (literal braces
doubled). Used by tests/test_messages.py to check that the catalogue
(:mod:`mataram_gis.catalogue`) translates every one.

Resolved: string literals, f-strings, ``+`` concatenations (a call or variable inside one is a
``{}``), ``a if c else b`` (both), names assigned in the same function or module (``x += s``
gives ``"{}" + s``: the text it extends is translated on its own), and module-level dicts
subscripted (every value). Skipped: re-raised parts of another error (``exc.problem``) and
values that are wholly a call (e.g. ``rows_text(...)``: its own words are in the catalogue).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Our exceptions whose messages reach the user (mataram_gis/errors.py).
ERRORS = {"InputDataError", "NetworkError", "ScenarioError", "UsageError", "OutputError",
          "MataramError"}  # fmt: skip
#: Keyword arguments of an error that the user reads (``file`` is a path).
TEXT_ARGS = ("problem", "where", "fix")
#: Folders whose code raises errors or reports progress to the user.
FOLDERS = ("mataram_gis", "layers", "ui")


@dataclass(frozen=True)
class Site:
    """One message template and where it was found."""

    template: str
    path: str
    line: int
    kind: str  # "error" or "progress"


def _lit(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


class _Resolver:
    def __init__(self, tree: ast.Module) -> None:
        self.module: dict[str, list[ast.expr]] = {}
        self.parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
        for node in tree.body:
            self._collect(node, self.module)

    @staticmethod
    def _collect(node: ast.AST, into: dict[str, list[ast.expr]]) -> None:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    into.setdefault(target.id, []).append(node.value)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            into.setdefault(node.target.id, []).append(node.value)
        elif (
            isinstance(node, ast.AugAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(node.op, ast.Add)
        ):
            into.setdefault(node.target.id, []).append(
                ast.BinOp(ast.Constant("\0"), ast.Add(), node.value)
            )

    def scope(self, node: ast.AST) -> dict[str, list[ast.expr]]:
        while node in self.parents and not isinstance(
            node, (ast.FunctionDef, ast.AsyncFunctionDef)
        ):
            node = self.parents[node]
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return self.module
        local: dict[str, list[ast.expr]] = {}
        for inner in ast.walk(node):
            self._collect(inner, local)
        return local

    def templates(
        self, node: ast.expr, at: ast.AST, depth: int = 0, seen: frozenset[str] = frozenset()
    ) -> set[str] | None:
        """Templates of an expression (None: not text we can read; skipped)."""
        if depth > 8:
            return {"{}"}
        if isinstance(node, ast.Constant):
            if node.value == "\0":
                return {"{}"}
            return {_lit(node.value)} if isinstance(node.value, str) else {"{}"}
        if isinstance(node, ast.JoinedStr):
            return {"".join(_lit(v.value) if isinstance(v, ast.Constant) else "{}"
                            for v in node.values)}  # fmt: skip
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left = self.templates(node.left, at, depth + 1, seen) or {"{}"}
            right = self.templates(node.right, at, depth + 1, seen) or {"{}"}
            return {a + b for a in left for b in right}
        if isinstance(node, ast.IfExp):
            a = self.templates(node.body, at, depth + 1, seen) or set()
            b = self.templates(node.orelse, at, depth + 1, seen) or set()
            return (a | b) or None
        if isinstance(node, ast.Name):
            if node.id in seen:  # "fix = '...' + fix": the earlier text is a value
                return {"{}"}
            values = self.scope(at).get(node.id) or self.module.get(node.id)
            if not values:
                return None
            out: set[str] = set()
            for value in values:
                out |= self.templates(value, at, depth + 1, seen | {node.id}) or set()
            return out or None
        if isinstance(node, ast.Subscript):
            tables = [node.value] if isinstance(node.value, ast.Dict) else []
            if isinstance(node.value, ast.Name):
                tables = self.module.get(node.value.id, [])
            out = set()
            for table in tables:
                if isinstance(table, ast.Dict):
                    for v in table.values:
                        out |= self.templates(v, at, depth + 1, seen) or set()
            return out or None
        return None


def _text_args(call: ast.Call) -> Iterator[ast.expr]:
    yield from call.args[:1]
    for keyword in call.keywords:
        if keyword.arg in TEXT_ARGS:
            yield keyword.value


def _is_progress(call: ast.Call) -> bool:
    f = call.func
    name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
    return len(call.args) == 2 and "progress" in name


def scan(root: Path = ROOT, folders: tuple[str, ...] = FOLDERS) -> list[Site]:
    """Every error and progress template under ``folders`` of ``root``."""
    sites = []
    for folder in folders:
        for path in sorted((root / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            resolver = _Resolver(tree)
            rel = str(path.relative_to(root))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                name = node.func.id if isinstance(node.func, ast.Name) else ""
                if name in ERRORS:
                    args, kind = list(_text_args(node)), "error"
                elif _is_progress(node) and not isinstance(node.args[1], ast.Name):
                    args, kind = [node.args[1]], "progress"
                else:
                    continue
                for arg in args:
                    for template in resolver.templates(arg, node) or ():
                        sites.append(Site(template, rel, node.lineno, kind))
    return sites


def needs_words(template: str) -> bool:
    """True when a template holds words to translate (not just values and punctuation)."""
    text = template.replace("{}", "")
    return sum(ch.isalpha() for ch in text) >= 2
