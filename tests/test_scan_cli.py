"""`sovereign-guard scan`: what it prints, and an exit status a CI job can gate on."""

from __future__ import annotations

import orjson
import pytest

from sovereign_guard.cli import main

AWS = "AKIAQ4W5ZR7XHJ2LMN3B"
GITHUB = "ghp_R8fK2mQ9xLwT4vNc7YpZ3bHs6JdE1aUgXo5i"


def _scan(tmp_path, capsys, text: str | bytes, *args: str) -> tuple[int, str, str]:
    path = tmp_path / "input"
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    code = main(["scan", *args, str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_redactions_alone_exit_0(tmp_path, capsys):
    code, out, err = _scan(tmp_path, capsys, "Please call Jane Doe at jane.doe@example.org\n")
    assert code == 0 and err == ""
    assert "jane.doe@example.org" not in out and "<EMAIL_ADDRESS_" in out


def test_what_the_sidecar_would_block_exits_3_and_says_where_never_what(tmp_path, capsys):
    code, out, err = _scan(tmp_path, capsys, f"notes\ndeploy with {AWS} now\n")
    assert code == 3
    assert "blocked: SECRET (aws-access-key) at line 2, column 13" in err
    assert AWS not in out + err


def test_json_lists_the_block_reasons(tmp_path, capsys):
    code, out, _ = _scan(tmp_path, capsys, f"token {GITHUB}", "--format", "json")
    record = orjson.loads(out)
    assert code == 3 and record["blocked"] and record["block_reasons"] == ["entity_blocked:SECRET"]


def test_jsonl_exits_3_when_any_line_would_be_blocked_and_names_the_line(tmp_path, capsys):
    lines = [{"id": 1, "text": "hi Jane Doe"}, {"id": "b", "text": f"token {GITHUB}"}]
    body = "\n".join(orjson.dumps(x).decode() for x in lines) + "\n"
    code, out, err = _scan(tmp_path, capsys, body, "--format", "jsonl")
    assert code == 3
    assert [orjson.loads(x)["blocked"] for x in out.splitlines()] == [False, True]
    assert 'id "b": SECRET' in err and GITHUB not in err


def test_jsonl_with_an_unreadable_line_and_nothing_blocked_exits_1(tmp_path, capsys):
    code, out, _ = _scan(tmp_path, capsys, '{"id": 1, "text": "ok"}\nnot json\n', "--format", "jsonl")
    assert code == 1 and '"error":"line 2: not valid JSON"' in out


@pytest.mark.parametrize(("content", "problem"), [(b"\xff\xfe bad", "not valid UTF-8")])
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, content, problem):
    code, out, err = _scan(tmp_path, capsys, content)
    assert code == 2 and out == "" and problem in err and len(err.splitlines()) == 1
