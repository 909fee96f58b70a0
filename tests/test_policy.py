from __future__ import annotations

import pytest
import yaml
from conftest import REPO

from sovereign_guard.errors import PolicyError
from sovereign_guard.policy import Action, DataClass, load_policy, parse_policy


@pytest.mark.parametrize("name", ["default", "strict"])
def test_shipped_policies_load(name):
    policy = load_policy(name)
    assert policy.name == name
    assert len(policy.sha256) == 64
    assert policy.rule("SECRET").action is Action.BLOCK
    assert policy.rule("PERSON").action is Action.PSEUDONYMIZE


def test_default_policy_contract():
    """DESIGN.md: identifiers pseudonymized, secrets block, quasi-identifiers pass, no fallback."""
    policy = load_policy("default")
    for entity in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "STREET_ADDRESS"):
        assert policy.rule(entity).action is Action.PSEUDONYMIZE
    for entity in ("DATE_TIME", "ORGANIZATION", "LOCATION", "NRP"):
        assert policy.rule(entity).action is Action.ALLOW
    assert policy.vendors.fallbacks == []
    assert not policy.vendors.require_signatures
    assert load_policy("strict").vendors.require_signatures


def test_data_class_order():
    assert DataClass.PUBLIC < DataClass.INTERNAL < DataClass.CONFIDENTIAL < DataClass.RESTRICTED
    assert max(DataClass.PUBLIC, DataClass.INTERNAL) is DataClass.INTERNAL
    assert DataClass.highest([DataClass.CONFIDENTIAL, DataClass.PUBLIC]) is DataClass.CONFIDENTIAL
    assert DataClass.highest([]) is DataClass.PUBLIC


def _write(tmp_path, text: str | bytes):
    path = tmp_path / "p.yaml"
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


@pytest.mark.parametrize(
    "body, field, problem",
    [
        ("name: x\nversion: '1'\nentites: {}\n", "entites", "unknown key"),
        ("name: x\nversion: '1'\nentities: {PERSON: {action: erase}}\n", "entities.PERSON.action", "Input should be"),
        ("name: x\nversion: '1'\ndetection: {score_threshold: 1.5}\n", "detection.score_threshold", "less than or equal"),
        ("name: x\nversion: '1'\ndetection: {patterns: [{name: a, entity: B, regex: '(['}]}\n", "detection.patterns.0.regex", "invalid regular expression"),
        ("version: '1'\n", "name", "Field required"),
        ("name: x\nversion: '1'\nvendors: {requirements: {secret: {}}}\n", "vendors.requirements.secret (key)", "Input should be"),
    ],
)
def test_invalid_policy_names_file_field_and_problem(tmp_path, body, field, problem):
    path = _write(tmp_path, body)
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    message = str(info.value)
    assert message.startswith(str(path))
    assert f"field '{field}'" in message
    assert problem in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "body, problem",
    [
        ("name: [unclosed\n", "YAML syntax error at line"),
        (b"name: \xff\xfe\n", "not UTF-8"),
        ("- a\n- b\n", "mapping at the top level"),
    ],
)
def test_unparseable_policy(tmp_path, body, problem):
    with pytest.raises(PolicyError, match=problem):
        load_policy(_write(tmp_path, body))


def test_missing_policy_file(tmp_path):
    with pytest.raises(PolicyError, match="policy file not found"):
        load_policy(tmp_path / "nope.yaml")
    with pytest.raises(PolicyError, match="policy file not found"):
        load_policy("no-such-policy")


def test_loader_fields_cannot_be_set_from_the_file():
    with pytest.raises(PolicyError, match="sha256"):
        parse_policy({"name": "x", "version": "1", "sha256": "0" * 64})


def test_hash_changes_with_content(tmp_path):
    a = load_policy(_write(tmp_path, "name: x\nversion: '1'\n"))
    b = load_policy(_write(tmp_path, "name: x\nversion: '2'\n"))
    assert a.sha256 != b.sha256
    assert a.id == "x@1"


@pytest.mark.parametrize(("path", "right", "typo", "expected"), [
    (("detection",), "score_threshold", "scor_threshold",
     "field 'detection.scor_threshold': unknown key (did you mean 'score_threshold'?)"),
    (("entities", "PERSON"), "action", "acton",
     "field 'entities.PERSON.acton': unknown key (did you mean 'action'?)"),
    ((), "entities", "entites", "field 'entites': unknown key (did you mean 'entities'?)"),
    (("vendors",), None, "zzz_unrelated", "field 'vendors.zzz_unrelated': unknown key"),
])
def test_a_misspelt_key_is_named_with_the_nearest_known_one(path, right, typo, expected):
    data = yaml.safe_load((REPO / "policies" / "default.yaml").read_text())
    at = data
    for step in path:
        at = at[step]
    at[typo] = at.pop(right) if right else 1
    with pytest.raises(PolicyError) as info:
        parse_policy(data)
    assert str(info.value) == f"<inline>: {expected}"
