"""A griffe extension: the reStructuredText habits of our docstrings, as Markdown.

The docstrings are written to read well in ``help()`` and to run as doctests, so they use
two reST habits that Markdown does not share. This extension rewrites them, on the docs
site only, when mkdocstrings loads the package:

- Doctest blocks (``>>>`` lines and their output) become fenced ``pycon`` code; Markdown
  would otherwise read ``>>>`` as nested quotes.
- Roles such as ``:class:`Extractor``` or ``:meth:`~policymeasures.rules.RuleSet.from_file```
  become cross-references to the object's entry when the object is documented (public),
  and plain code when it is not, so no link can dangle.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

ROLE = re.compile(r":(?:class|meth|func|attr|mod|data|exc|obj):`(~?)([\w.]+)`")
PROMPT = re.compile(r"^(\s*)>>> ")
FENCE = re.compile(r"^\s*(```|~~~)")


def fence_doctests(text: str) -> str:
    """Wrap every doctest block (prompts, continuations, output up to a blank line) in a fence.

    Blocks already inside a fenced code block are left alone.
    """
    lines = text.splitlines()
    out: list[str] = []
    index = 0
    fenced = False
    while index < len(lines):
        if FENCE.match(lines[index]):
            fenced = not fenced
        prompt = None if fenced else PROMPT.match(lines[index])
        if prompt is None:
            out.append(lines[index])
            index += 1
            continue
        indent = prompt.group(1)
        out.append(f"{indent}```pycon")
        while index < len(lines) and lines[index].strip():
            out.append(lines[index])
            index += 1
        out.append(f"{indent}```")
    return "\n".join(out)


def _lookup(scope: griffe.Object, dotted: str) -> griffe.Object | griffe.Alias | None:
    """The object a role names, looked up from the innermost scope out to the package."""
    current: griffe.Object | None = scope
    while current is not None:
        try:
            return current[dotted]
        except (KeyError, ValueError, griffe.AliasResolutionError):
            pass
        current = current.parent
    try:
        return scope.package[dotted.removeprefix(scope.package.name + ".")]
    except (KeyError, ValueError, griffe.AliasResolutionError):
        return None


def _documented(obj: griffe.Object | griffe.Alias) -> bool:
    """Whether mkdocstrings renders the object (so a link to it resolves)."""
    node: griffe.Object | griffe.Alias | None = obj
    while node is not None:
        if not node.is_public and not node.is_module:
            return False
        if node.is_module and node.name.startswith("_"):
            return False
        node = node.parent
    return True


def link_roles(text: str, scope: griffe.Object) -> str:
    """Replace each role by a cross-reference when its target is documented, else by code."""

    def replace(match: re.Match[str]) -> str:
        short, dotted = match.group(1) == "~", match.group(2)
        shown = dotted.rsplit(".", 1)[-1] if short else dotted
        target = _lookup(scope, dotted)
        if target is None or not _documented(target):
            return f"`{shown}`"
        path = target.final_target.path if isinstance(target, griffe.Alias) else target.path
        return f"[`{shown}`][{path}]"

    return ROLE.sub(replace, text)


def _walk(obj: griffe.Object) -> list[griffe.Object]:
    """The object and every object defined under it (aliases are left to their targets)."""
    found = [obj]
    for member in obj.members.values():
        if not isinstance(member, griffe.Alias):
            found.extend(_walk(member))
    return found


class RstToMarkdown(griffe.Extension):
    """Rewrites every docstring of a package once the whole package is loaded."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Names can only be resolved once every module is loaded, hence the package event."""
        for obj in _walk(pkg):
            if obj.docstring is not None:
                text = link_roles(obj.docstring.value, obj)
                obj.docstring.value = fence_doctests(text)
