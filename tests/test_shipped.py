"""Where the shipped policies and model cards are found (files.shipped_dir): the checkout's
folders when running from one, else the package's own copy (tests/test_wheel.py installs a
real wheel and serves from it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO

import sovereign_guard
from sovereign_guard import files
from sovereign_guard.vendors import MODELS_DIR


@pytest.fixture
def fresh():
    files.shipped_dir.cache_clear()
    yield files
    files.shipped_dir.cache_clear()


def test_a_checkout_reads_its_own_folders(fresh):
    assert fresh.shipped_dir("policies") == REPO / "policies"
    assert fresh.shipped_dir("models") == REPO / "models"
    assert MODELS_DIR == REPO / "models"


def test_without_a_checkout_the_package_data_is_used(fresh, monkeypatch, tmp_path):
    (tmp_path / "policies").mkdir()  # a folder of that name alone is no checkout
    monkeypatch.setattr(fresh, "_CHECKOUT", tmp_path)
    package = Path(sovereign_guard.__file__).parent
    assert fresh.shipped_dir("policies") == package / "_data" / "policies"
    assert fresh.shipped_dir("models") == package / "_data" / "models"
