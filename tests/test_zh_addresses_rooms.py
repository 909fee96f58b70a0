"""The Chinese address recognizer keeps the flat after a unit (3单元502, 1208房) and does not
take a count or a year for one (3房2厅, 3单元2024年). Examples are ours (invented roads)."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.zh_addresses import ChineseAddressRecognizer

ZH = ChineseAddressRecognizer()


def spans(text: str) -> list[str]:
    return [text[r.start : r.end] for r in ZH.analyze(text, ["STREET_ADDRESS"])]


@pytest.mark.parametrize("text, value", [
    ("寄到重庆市渝中区枇杷路18号2单元603，谢谢", "重庆市渝中区枇杷路18号2单元603"),
    ("长沙市岳麓区桃子湖路7号5栋1单元1402房", "长沙市岳麓区桃子湖路7号5栋1单元1402房"),
    ("郑州市金水区桃源路9号院4号楼1单元1102室", "郑州市金水区桃源路9号院4号楼1单元1102室"),
])
def test_flat_after_unit_is_kept(text: str, value: str) -> None:
    assert value in spans(text)


@pytest.mark.parametrize("text, cut", [
    ("深圳市南山区松坪路8号3房2厅出租", "深圳市南山区松坪路8号"),
    ("南京市鼓楼区青云路12号3单元2024年翻新", "南京市鼓楼区青云路12号3单元"),
])
def test_counts_and_years_are_not_flats(text: str, cut: str) -> None:
    assert spans(text) == [cut]
