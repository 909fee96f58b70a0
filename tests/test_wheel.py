"""A wheel install serves: the wheel is built from this checkout, installed into a fresh venv
outside it, and `sovereign-guard serve` runs there on the shipped default policy and model
cards, which the wheel carries as package data (sovereign_guard/files.py:shipped_dir).

No download: the wheel is built with the build backend of this interpreter
(--no-build-isolation), and the fresh venv borrows this interpreter's site-packages for the
dependencies, as a plain path entry, so none of its .pth files run (the editable install of
the checkout is one). Deselect with `-m "not wheel"`.
"""

from __future__ import annotations

import os
import signal
import site
import socket
import subprocess
import sys
import time
import venv
from pathlib import Path

import httpx
import pytest
from conftest import REPO

pytestmark = pytest.mark.wheel

EMAIL = "jane.doe@example.org"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _clean_env(home: Path) -> dict[str, str]:
    """This environment without anything that points at the checkout or configures the
    guard: the embedded defaults must be found on their own."""
    drop = ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV", "PROMETHEUS_MULTIPROC_DIR")
    env = {k: v for k, v in os.environ.items()
           if k not in drop and not k.startswith("SOVEREIGN_GUARD_")}
    return {**env, "SOVEREIGN_GUARD_HOME": str(home), "OPENBLAS_NUM_THREADS": "1"}


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The fresh venv, with the wheel installed in it."""
    tmp = tmp_path_factory.mktemp("wheel")
    env = _clean_env(tmp / "home")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "--quiet", "--wheel-dir", str(tmp / "dist"), str(REPO)],
        cwd=tmp, env=env, capture_output=True, text=True)
    assert build.returncode == 0, build.stderr[-3000:]
    (wheel,) = (tmp / "dist").glob("sovereign_guard-*.whl")
    target = tmp / "venv"
    venv.create(target, with_pip=False)  # pip of this interpreter installs into it (--python)
    python = target / "bin" / "python"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "--quiet", str(wheel)],
        cwd=tmp, env=env, capture_output=True, text=True)
    assert install.returncode == 0, install.stderr[-3000:]
    # After the install, so pip does not see the checkout's editable install as installed.
    purelib = subprocess.check_output(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        cwd=tmp, env=env, text=True).strip()
    Path(purelib, "borrowed-dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    return target


def test_installed_package_reads_its_own_data_not_the_checkout(installed, tmp_path):
    probe = ("import importlib.util, sovereign_guard\n"
             "from sovereign_guard.files import shipped_dir\n"
             "from sovereign_guard.policy import load_policy\n"
             "print(sovereign_guard.__file__)\n"
             "print(shipped_dir('policies'))\n"
             "print(shipped_dir('models'))\n"
             "print(load_policy().source)\n"
             "print(importlib.util.find_spec('benchmarks'))\n")
    out = subprocess.run([installed / "bin" / "python", "-c", probe], cwd=tmp_path,
                         env=_clean_env(tmp_path / "home"), capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-3000:]
    package, policies, models, policy, benchmarks = out.stdout.splitlines()
    data = installed.resolve()
    assert Path(package).resolve().is_relative_to(data)
    assert Path(policies) == Path(package).parent / "_data" / "policies"
    assert Path(models) == Path(package).parent / "_data" / "models"
    assert Path(policy) == Path(policies) / "default.yaml"
    assert benchmarks == "None"  # the checkout is not on the path
    for path in (package, policies, models):
        assert not Path(path).resolve().is_relative_to(REPO)


def test_installed_sidecar_serves_on_the_embedded_default(installed, tmp_path):
    port = _free_port()
    proc = subprocess.Popen(
        [installed / "bin" / "sovereign-guard", "serve", "--port", str(port),
         "--log-level", "warning"],
        cwd=tmp_path, env=_clean_env(tmp_path / "home"),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, proc.stderr.read().decode()[-3000:]
            assert time.monotonic() < deadline, "sidecar never became ready"
            try:
                if httpx.get(url + "/readyz").status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        r = httpx.post(url + "/v1/chat/completions", timeout=30, json={
            "model": "local/echo", "messages": [{"role": "user", "content": f"I am {EMAIL}"}]})
        assert r.status_code == 200, r.text
        assert r.json()["choices"][0]["message"]["content"] == f"I am {EMAIL}"  # restored
        metrics = httpx.get(url + "/metrics").text
        assert 'type="EMAIL_ADDRESS"' in metrics  # the shipped policy redacted it on the way
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    assert list((tmp_path / "home" / "audit").glob("*/seg-*.jsonl"))  # audited, by default
