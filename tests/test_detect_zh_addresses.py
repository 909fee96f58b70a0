"""Chinese street addresses and romanised Taiwanese ones."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.zh_addresses import ChineseAddressRecognizer

ADDR = ChineseAddressRecognizer()


def addresses(text: str) -> list[str]:
    return [text[r.start : r.end] for r in ADDR.analyze(text, ["STREET_ADDRESS"])
            if r.score >= 0.5]


@pytest.mark.parametrize("text, expected", [
    ("我住在台北市信義區松仁路五段7號10樓，請寄到這裡", "台北市信義區松仁路五段7號10樓"),
    ("地址：106 台北市 大安區 忠孝東路一段 100 號 5 樓", "106 台北市 大安區 忠孝東路一段 100 號 5 樓"),
    ("請寄到新北市板橋區文化路二段182巷3弄12號之1", "新北市板橋區文化路二段182巷3弄12號之1"),
    ("请寄到北京市朝阳区建国路88号现代城2号楼1单元1203室，谢谢", "北京市朝阳区建国路88号现代城2号楼1单元1203室"),
    ("收件地址 上海市浦东新区张江镇科苑路399号", "上海市浦东新区张江镇科苑路399号"),
    ("公司在广东省深圳市南山区深南大道9988号", "广东省深圳市南山区深南大道9988号"),
    ("老家是宜蘭縣礁溪鄉玉田村5鄰12號", "宜蘭縣礁溪鄉玉田村5鄰12號"),
    ("新辦公室在台中市西屯區台灣大道三段", "台中市西屯區台灣大道三段"),  # no number: a section
    ("Ship to 5F, No. 100, Sec. 1, Zhongxiao E. Rd., Da'an Dist., Taipei City 106, thanks",
     "5F, No. 100, Sec. 1, Zhongxiao E. Rd., Da'an Dist., Taipei City 106"),
    ("寄到No. 7, Ln. 25, Minsheng Rd., Banqiao Dist., New Taipei City 220",
     "No. 7, Ln. 25, Minsheng Rd., Banqiao Dist., New Taipei City 220"),
])
def test_addresses(text, expected):
    assert addresses(text) == [expected]


@pytest.mark.parametrize("text", [
    "請把路由器重新開機，網路一路上都很慢",  # 路 in 路由器, 網路, 一路上
    "捷運板南線3號出口旁邊有便利商店",  # a metro exit
    "第5號會議室已經被預約了",
    "請撥打1號分機",
    "這條街很熱鬧，道路施工請改道",
    "台北市和高雄市的天氣都很好",  # cities, no street
    "He finished No. 3 in the race on Main Street.",
])
def test_near_misses(text):
    assert addresses(text) == []


def test_bare_flat_number_after_a_block():
    # a flat as a bare number after its block (富力中心B座1802), no 室
    text = "他住在广州市天河区华夏路10号富力中心B座1802。"
    assert addresses(text) == ["广州市天河区华夏路10号富力中心B座1802"]
    assert addresses("送到杭州市西湖区文三路90号东部软件园3栋1201") == [
        "杭州市西湖区文三路90号东部软件园3栋1201"]


def test_number_after_a_block_that_is_no_flat():
    # a year, a count or an area after the block is not its flat
    for tail in ("2023年落成", "500平方米", "100人"):
        found = addresses(f"广州市天河区华夏路10号富力中心B座{tail}")
        assert found == ["广州市天河区华夏路10号富力中心B座"], found
