"""The README's in-process examples run as written (against the loopback fake vendor), and the
module layout it describes holds: one settings module, no import circles, no stale references."""

from __future__ import annotations

import ast
import asyncio
import contextlib
import io
import re
from pathlib import Path

import pytest
from conftest import REPO, model_card, write_models

README = (REPO / "README.md").read_text()
PACKAGE = REPO / "sovereign_guard"
EMAIL = "jane.doe@example.org"


def _section(title: str) -> str:
    start = README.index(f"## {title}")
    end = README.find("\n## ", start + 1)
    return README[start:end]


def _python_blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


@pytest.fixture
def readme_dir(tmp_path, vendor, monkeypatch):
    """A working directory as the README assumes (`models/`, `audit/`), the cards it names
    pointing at the fake vendor."""
    (tmp_path / "models").mkdir()
    write_models(tmp_path / "models", [
        model_card("openai/gpt-5", "openai", vendor.base_url),
        model_card("anthropic/claude", "anthropic", vendor.base_url),
    ])
    monkeypatch.chdir(tmp_path)
    vendor.clear()
    return tmp_path


def test_readme_sdk_examples_run_as_written(readme_dir, vendor):
    blocks = [b for b in _python_blocks(_section("For application developers (in-process)"))
              if "GuardTransport(" in b]
    assert len(blocks) == 2  # openai (sync) and anthropic (async)
    printed = io.StringIO()
    for block in blocks:
        namespace: dict = {}
        with contextlib.redirect_stdout(printed):
            exec(compile(block, "README.md", "exec"), namespace)  # noqa: S102
        if "reply" in namespace:  # the openai example keeps its answer
            assert namespace["reply"].choices[0].message.content == f"Write to {EMAIL}"
    assert printed.getvalue().strip() == f"Write to {EMAIL}"
    assert len(vendor.requests) == 2 and EMAIL not in vendor.everything_received()
    assert {r.path for r in vendor.requests} == {"chat/completions", "messages"}


def test_readme_decorator_example_runs_with_your_llm_call(readme_dir, vendor, monkeypatch):
    monkeypatch.setenv("SOVEREIGN_GUARD_MODELS", str(readme_dir / "models"))
    monkeypatch.setenv("SOVEREIGN_GUARD_AUDIT_DIR", str(readme_dir / "audit"))
    (block,) = [b for b in _python_blocks(_section("For application developers (in-process)"))
                if "@guard(" in b]
    seen: list[str] = []

    def my_llm_call(prompt: str) -> str:
        seen.append(prompt)
        return prompt

    async def my_streaming_call(question: str):
        for i in range(0, len(question), 3):
            yield question[i:i + 3]

    namespace = {"my_llm_call": my_llm_call, "my_streaming_call": my_streaming_call}
    with contextlib.redirect_stdout(io.StringIO()) as out:
        exec(compile(block, "README.md", "exec"), namespace)  # noqa: S102
    assert "entity_blocked:SECRET" in out.getvalue()
    assert namespace["ask"](f"mail {EMAIL}") == f"mail {EMAIL}" and EMAIL not in seen[-1]

    async def collect():
        return "".join([p async for p in namespace["stream"](f"to {EMAIL}")])

    assert asyncio.run(collect()) == f"to {EMAIL}"


# -- the layout ------------------------------------------------------------------------------


def _imports(path: Path) -> set[str]:
    """Every sovereign_guard module `path` imports, wherever the import sits (top level,
    function body, TYPE_CHECKING block)."""
    module = ".".join(path.relative_to(REPO).with_suffix("").parts)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    if path.name == "__init__.py":
        module = package.removesuffix(".__init__")
        package = module
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rsplit(".", 1)[0]
            target = (f"{base}.{node.module}" if node.module else base) if node.level else \
                node.module or ""
            if target.startswith("sovereign_guard"):
                found.add(target)
                found.update(f"{target}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("sovereign_guard"))
    return found


def _graph() -> dict[str, set[str]]:
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        modules[name] = path
    return {name: {m for m in _imports(path) if m in modules and m != name}
            for name, path in modules.items()}


def _reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    """Whether `start` imports `goal`, directly or through others. The package itself is a
    facade (its exports load lazily), so importing `__version__` from it leads nowhere."""
    todo, seen = [start], {"sovereign_guard"}
    while todo:
        node = todo.pop()
        if node == goal:
            return True
        if node not in seen:
            seen.add(node)
            todo.extend(graph.get(node, ()))
    return False


def test_header_rules_are_a_leaf_and_policy_vendors_signals_have_no_circle():
    graph = _graph()
    assert graph["sovereign_guard.headers"] <= {"sovereign_guard"}
    for low, high in (("sovereign_guard.policy", "sovereign_guard.signals"),
                      ("sovereign_guard.policy", "sovereign_guard.vendors"),
                      ("sovereign_guard.vendors", "sovereign_guard.signals"),
                      ("sovereign_guard.pipeline", "sovereign_guard.exchange"),
                      ("sovereign_guard.core", "sovereign_guard.pipeline")):
        assert not _reaches(graph, low, high), f"{low} imports (up to) {high}"


def test_the_doors_and_the_exchange_sit_above_the_pipeline_without_circles():
    graph = _graph()
    for door in ("sovereign_guard.server.app", "sovereign_guard.inprocess"):
        assert "sovereign_guard.exchange" in graph[door]
        assert not _reaches(graph, "sovereign_guard.exchange", door)


def test_references_to_documents_name_files_that_exist():
    for path in PACKAGE.rglob("*.py"):
        for name in re.findall(r"\b([A-Z][A-Z_]+\.md)\b", path.read_text()):
            assert (REPO / name).exists(), f"{path.name} cites {name}, which is not in the repo"


def test_readme_layout_names_modules_that_exist():
    layout = _section("Layout")
    for name in re.findall(r"^  (\S+\.py|\S+/)\s", layout, flags=re.M):
        assert (PACKAGE / name).exists(), f"README layout names {name}"


# -- settings, resolved once -----------------------------------------------------------------


def test_settings_take_arguments_over_environment_over_defaults(monkeypatch, tmp_path):
    from sovereign_guard.settings import Settings

    monkeypatch.setenv("SOVEREIGN_GUARD_POLICY", "strict")
    monkeypatch.setenv("SOVEREIGN_GUARD_PORT", "9000")
    monkeypatch.delenv("SOVEREIGN_GUARD_AUDIT_DIR", raising=False)
    s = Settings.resolve(policy=None, port=None, models=tmp_path)
    assert (s.policy, s.port, s.models, s.host) == ("strict", 9000, tmp_path, "127.0.0.1")
    assert Settings.resolve(policy="default").policy == "default"
    assert s.audit_dir is not None and s.audit_dir.name == "audit"
    assert Settings.resolve(env=s.as_env()) == s  # what serve hands its workers


def test_policy_dir_is_read_when_a_policy_is_loaded_not_at_import(monkeypatch, tmp_path):
    from sovereign_guard.errors import PolicyError
    from sovereign_guard.policy import load_policy

    monkeypatch.setenv("SOVEREIGN_GUARD_POLICY_DIR", str(tmp_path))
    with pytest.raises(PolicyError, match=str(tmp_path)):
        load_policy("default")


def test_guard_only_detects_the_pipeline_owns_registry_and_audit():
    import typing

    from sovereign_guard.audit import AuditLog
    from sovereign_guard.core import Guard
    from sovereign_guard.pipeline import Pipeline
    from sovereign_guard.vendors import Registry

    assert not hasattr(Guard, "from_files")
    assert "registry" not in Guard.__init__.__code__.co_varnames
    hints = typing.get_type_hints(Pipeline.__init__)
    assert hints["registry"] is Registry and hints["audit"] == AuditLog | None


def test_decorator_uses_the_structured_entry_point(guarded, monkeypatch):
    from sovereign_guard import guard
    from sovereign_guard.pipeline import Pipeline

    def no_raw(*args, **kwargs):
        raise AssertionError("the decorator serialised a payload to parse it back")

    monkeypatch.setattr(Pipeline, "prepare", no_raw)

    @guard(model="mock/claude", using=guarded)
    def ask(prompt: str) -> str:
        return prompt

    assert ask(f"mail {EMAIL}") == f"mail {EMAIL}"
