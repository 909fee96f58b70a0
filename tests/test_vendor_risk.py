"""Vendor risk on the card (`risk`: last review, financial outlook, incidents, notes) and
`vendors check` flagging reviews and evidence older than `vendors.review_max_days`."""

from __future__ import annotations

from datetime import date

import pytest
import yaml
from test_vendors import card_data, write_card

from sovereign_guard.cli.vendors import check_report
from sovereign_guard.errors import VendorError
from sovereign_guard.vendors import load_card

RISK = {"last_review": date(2026, 6, 1), "financial_outlook": "watch",
        "incidents": [{"date": date(2026, 3, 2), "link": "https://status.acme.example/i/1",
                       "summary": "EU region outage, 6 hours"}],
        "notes": "Depends on one cloud provider."}
EVIDENCE = [{"claim": "No training on API data.", "url": "https://acme.example/terms",
             "retrieved": date(2026, 5, 1)}]


@pytest.fixture
def models(tmp_path):
    directory = tmp_path / "models"
    directory.mkdir()
    reviewed = {**card_data("acme/reviewed"), "risk": RISK, "evidence": EVIDENCE}
    write_card(directory, reviewed)
    write_card(directory, card_data("acme/plain"))
    return directory


def _problems(models, today, policy="default", tmp=None):
    report = check_report(models, policy, today)
    return {r["id"]: r["problems"] for r in report["cards"]}, report


def test_a_card_carries_its_risk_section(models):
    card = load_card(models / "acme-reviewed.yaml")
    assert card.risk.financial_outlook == "watch"
    assert card.risk.incidents[0].link.startswith("https://")


def test_fresh_review_and_evidence_pass(models):
    problems, report = _problems(models, date(2026, 12, 1))
    assert problems["acme/reviewed"] == [] and problems["acme/plain"] == []
    row = next(r for r in report["cards"] if r["id"] == "acme/reviewed")
    assert (row["last_review"], row["financial_outlook"], row["incidents"],
            row["oldest_evidence"]) == ("2026-06-01", "watch", 1, "2026-05-01")


def test_old_review_and_old_evidence_are_flagged(models):
    problems, report = _problems(models, date(2027, 5, 15))  # review 348 d, evidence 379 d
    assert problems["acme/reviewed"] == ["evidence_stale"]
    problems, report = _problems(models, date(2027, 6, 2))
    assert problems["acme/reviewed"] == ["review_overdue", "evidence_stale"]
    assert problems["acme/plain"] == [] and report["ok"] is False


def test_review_max_days_comes_from_the_policy(models, tmp_path):
    from test_vendors import BASE_POLICY

    data = {**BASE_POLICY, "vendors": {**BASE_POLICY["vendors"], "review_max_days": 30}}
    (tmp_path / "p.yaml").write_text(yaml.safe_dump(data))
    problems, _ = _problems(models, date(2026, 7, 15), str(tmp_path / "p.yaml"))
    assert problems["acme/reviewed"] == ["review_overdue", "evidence_stale"]


def test_the_risk_section_is_checked(tmp_path):
    bad = {**card_data("acme/bad"), "risk": {**RISK, "financial_outlook": "great"}}
    path = write_card(tmp_path, bad)
    with pytest.raises(VendorError, match="financial_outlook"):
        load_card(path)
    http = {**card_data("acme/bad"), "risk": {"incidents": [
        {"date": "2026-01-01", "link": "http://x.example", "summary": "s"}]}}
    with pytest.raises(VendorError, match="link"):
        load_card(write_card(tmp_path, http))


def test_the_readme_risk_example_is_a_valid_card_section(tmp_path):
    from conftest import REPO

    readme = (REPO / "README.md").read_text()
    start = readme.index("```yaml\nrisk:") + 8
    risk = yaml.safe_load(readme[start: readme.index("```", start)])["risk"]
    card = load_card(write_card(tmp_path, {**card_data("acme/r"), "risk": risk}))
    assert card.risk.last_review == date(2026, 11, 29)
