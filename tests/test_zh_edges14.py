"""Chinese street names alone and Japanese names in Chinese text (session 14): a bare street
name is an address only where something is or happens (在長安街, 沿著南京東路, 中山路上) or
with its city before it; a famous street as the subject of a sentence is a place's name
(王府井大街人潮涌动). A Japanese family name of two place-name elements (上川, 清宮) before a
typical Japanese given name is a name after a role word or in text about Japan.

Every example is ours; public figures' names are as news prints them or made-up variants."""

from __future__ import annotations

import pytest

from tests.zh_support import addresses, names


@pytest.mark.parametrize("text, expected", [
    ("他在王府井大街开了一家店", "王府井大街"),
    ("遊行隊伍沿著南京東路上前進", "南京東路"),
    ("抗議民眾聚集在凱達格蘭大道上，要求政府撤回法案。", "凱達格蘭大道"),
    ("中山路上有很多老店。", "中山路"),
    ("新店開在光復路旁邊", "光復路"),
    ("台北市忠孝東路的店面", "台北市忠孝東路"),
    ("王府井大街88号的商场今天开业", "王府井大街88号"),
])
def test_street_addresses(text, expected):
    assert addresses(text) == [expected]


@pytest.mark.parametrize("text", [
    "王府井大街人潮涌动，节日气氛浓厚。",
    "南京東路的百貨公司週年慶開始了。",
    "總統府前的凱達格蘭大道擠滿了人潮。",
    "台灣大道的車流量很大。",
    "王府井大街是北京最繁华的商业街之一。",
])
def test_bare_street_near_misses(text):
    assert addresses(text) == []


@pytest.mark.parametrize("text, expected", [
    ("日本外相上川陽介抵達台北。", ["上川陽介"]),
    ("日職火腿鬥士的清宮幸太擊出再見安打。", ["清宮幸太"]),
    ("教练中村一郎说。", ["中村一郎"]),
    ("日本首相石破茂今天訪美。", ["石破茂"]),
])
def test_japanese_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "日本的中山公园很美，大川小学今天开学。",  # place-name elements, no given name
    "日本企业松下电器今天发布财报。",  # a company
    "日本东京的上野公园樱花开了。",
])
def test_japanese_near_misses(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    # A bare flat after 单元 at a sentence's end or before English words (addresses_zh.BARE_FLAT).
    ("Please send the parcel to 广州市天河区木棉路122号6单元708.", "广州市天河区木棉路122号6单元708"),
    ("Ship to 广州市天河区木棉路122号6单元708 by Friday", "广州市天河区木棉路122号6单元708"),
])
def test_bare_flat_after_unit(text, expected):
    assert addresses(text) == [expected]


def test_decimal_after_block_is_no_flat():
    assert addresses("面积是3栋100.5平方米") == []
