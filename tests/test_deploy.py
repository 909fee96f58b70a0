"""The Kubernetes kustomize base (deploy/kubernetes/): every manifest loads, the sidecar
component has what a fleet needs (Secrets, probes, sizing from the benchmark, a locked-down
container), names agree across files and with the code; rendered with `kubectl kustomize`
when kubectl is installed."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
import yaml
from conftest import REPO

BASE = REPO / "deploy" / "kubernetes"


def _docs(path) -> list[dict]:
    return [d for d in yaml.safe_load_all(path.read_text()) if d is not None]


@pytest.fixture(scope="module")
def manifests() -> dict[str, list[dict]]:
    return {str(p.relative_to(BASE)): _docs(p) for p in sorted(BASE.rglob("*.yaml"))}


def _sidecar_patch() -> dict:
    [patch] = _docs(BASE / "sidecar" / "sidecar.yaml")
    return patch


def _guard(patch: dict) -> dict:
    [guard] = [c for c in patch["spec"]["template"]["spec"]["containers"]
               if c["name"] == "sovereign-guard"]
    return guard


def test_every_manifest_loads_and_says_what_it_is(manifests):
    assert {"kustomization.yaml", "sidecar/kustomization.yaml", "sidecar/sidecar.yaml",
            "app.yaml", "pdb.yaml", "audit-volume.yaml", "secrets.example.yaml"} <= set(manifests)
    for name, docs in manifests.items():
        assert docs, name
        for doc in docs:
            assert doc.get("apiVersion") and doc.get("kind"), name


def test_the_base_lists_files_that_exist_and_applies_no_secret():
    [k] = _docs(BASE / "kustomization.yaml")
    assert k["kind"] == "Kustomization"
    for entry in k["resources"] + k["components"]:
        assert (BASE / entry).exists(), entry
    assert "secrets.example.yaml" not in k["resources"]
    [component] = _docs(BASE / "sidecar" / "kustomization.yaml")
    assert component["kind"] == "Component"
    [patch] = component["patches"]
    assert (BASE / "sidecar" / patch["path"]).exists()
    key, value = patch["target"]["labelSelector"].split("=")
    [app] = _docs(BASE / "app.yaml")
    assert app["metadata"]["labels"][key] == value  # the example app gets the sidecar


def test_the_guard_container_is_locked_down_and_probed_on_readyz():
    guard = _guard(_sidecar_patch())
    assert guard["args"][:3] == ["serve", "--host", "127.0.0.1"]  # loopback: pod-local only
    sc = guard["securityContext"]
    assert sc["readOnlyRootFilesystem"] is True and sc["runAsNonRoot"] is True
    assert sc["allowPrivilegeEscalation"] is False and sc["capabilities"]["drop"] == ["ALL"]
    user = re.search(r"^USER (\d+)", (REPO / "Dockerfile").read_text(), re.M).group(1)
    assert sc["runAsUser"] == int(user)
    assert "/readyz" in " ".join(guard["readinessProbe"]["exec"]["command"])
    assert "/readyz" in " ".join(guard["startupProbe"]["exec"]["command"])
    assert "/healthz" in " ".join(guard["livenessProbe"]["exec"]["command"])


def _mebibytes(quantity: str) -> float:
    number, unit = re.fullmatch(r"(\d+)(Mi|Gi)", quantity).groups()
    return int(number) * (1024 if unit == "Gi" else 1) * 1.048576  # in MB


def test_memory_is_sized_from_the_benchmarks_rss():
    results = json.loads((REPO / "benchmarks" / "results" / "proxy.json").read_text())
    rss = [w["peak_rss_mb"] for run in _find(results, "sidecar") for w in run["workers"]]
    assert rss
    resources = _guard(_sidecar_patch())["resources"]
    request = _mebibytes(resources["requests"]["memory"])
    limit = _mebibytes(resources["limits"]["memory"])
    assert max(rss) <= request < limit <= 2 * request
    assert "cpu" not in resources["limits"]  # throttling adds latency to every request


def _find(node, key):
    """Every value under `key` anywhere in a JSON document that holds `workers`."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key and isinstance(v, dict) and "workers" in v:
                yield v
            else:
                yield from _find(v, key)
    elif isinstance(node, list):
        for v in node:
            yield from _find(v, key)


def test_secrets_referenced_are_the_documented_ones_and_hold_no_value():
    secrets = {d["metadata"]["name"]: d for d in _docs(BASE / "secrets.example.yaml")}
    guard = _guard(_sidecar_patch())
    refs = [e["secretRef"]["name"] for e in guard["envFrom"]]
    assert set(refs) == set(secrets)
    keys = {k for s in secrets.values() for k in s["stringData"]}
    assert {"SOVEREIGN_GUARD_TENANT_KEY", "SOVEREIGN_GUARD_AUDIT_KEY",
            "SOVEREIGN_GUARD_AUDIT_SHIP_URL", "PGPASSWORD"} <= keys
    for s in secrets.values():
        for name, value in s["stringData"].items():
            assert value == "replace-me" or (name.endswith("_URL") and ":" not in
                                             value.split("@")[0].removeprefix("postgresql://"))


def test_every_setting_named_is_one_the_code_reads():
    from sovereign_guard.settings import Settings

    source = "\n".join(p.read_text() for p in (REPO / "sovereign_guard").rglob("*.py"))
    fields = {f"SOVEREIGN_GUARD_{name.upper()}" for name in Settings.__dataclass_fields__}
    text = "\n".join(p.read_text() for p in BASE.rglob("*.yaml"))
    names = set(re.findall(r"\bSOVEREIGN_GUARD_[A-Z_]+\b", text))
    assert "SOVEREIGN_GUARD_AUDIT_PRUNE_SECONDS" in names
    for name in names:
        assert name in fields or f'"{name}"' in source, f"{name} is read nowhere"


def test_volumes_mounts_and_the_claim_agree():
    spec = _sidecar_patch()["spec"]["template"]["spec"]
    volumes = {v["name"]: v for v in spec["volumes"]}
    for mount in _guard(_sidecar_patch())["volumeMounts"]:
        assert mount["name"] in volumes
    [claim] = _docs(BASE / "audit-volume.yaml")
    claims = [v["persistentVolumeClaim"]["claimName"] for v in volumes.values()
              if "persistentVolumeClaim" in v]
    assert claims == [claim["metadata"]["name"]]
    assert spec["terminationGracePeriodSeconds"] >= 10  # time to seal and ship once more


def test_the_disruption_budget_covers_the_app():
    [pdb] = _docs(BASE / "pdb.yaml")
    [app] = _docs(BASE / "app.yaml")
    assert pdb["kind"] == "PodDisruptionBudget"
    labels = app["spec"]["template"]["metadata"]["labels"]
    assert pdb["spec"]["selector"]["matchLabels"].items() <= labels.items()
    assert pdb["spec"].get("maxUnavailable") == 1 or pdb["spec"].get("minAvailable")


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl not installed")
def test_kustomize_renders_the_app_with_its_sidecar():
    out = subprocess.run(["kubectl", "kustomize", str(BASE)], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    docs = [d for d in yaml.safe_load_all(out) if d]
    [deploy] = [d for d in docs if d["kind"] == "Deployment"]
    containers = {c["name"]: c for c in deploy["spec"]["template"]["spec"]["containers"]}
    assert set(containers) == {"app", "sovereign-guard"}
    assert containers["sovereign-guard"]["image"].endswith("sovereign-guard:0.1.0")
    assert "127.0.0.1:8787" in json.dumps(containers["app"]["env"])
    assert {d["kind"] for d in docs} == {"Deployment", "PodDisruptionBudget",
                                         "PersistentVolumeClaim"}
