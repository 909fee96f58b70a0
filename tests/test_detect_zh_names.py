"""Chinese-text person names: LAC, surname + title, transliterated and Latin-script names."""

from __future__ import annotations

import pytest

from sovereign_guard.detect.names_zh import ChineseNameRecognizer

ZH = ChineseNameRecognizer()


def names(text: str) -> list[str]:
    return [text[r.start : r.end] for r in ZH.analyze(text, ["PERSON"]) if r.score >= 0.6]


@pytest.mark.parametrize("text, expected", [
    ("請把報價單寄給林冠宇，謝謝", ["林冠宇"]),
    ("请把报价单寄给林冠宇，谢谢", ["林冠宇"]),
    ("會議紀錄：周婷負責測試", ["周婷"]),  # two characters
    ("美玲說明天要交報告", ["美玲"]),  # a given name alone
    ("张先生和王经理都到了", ["张先生", "王经理"]),  # surname + title
    ("麻煩通知歐陽醫師下午的手術改期", ["歐陽醫師"]),
    ("約翰·史密斯明天來台北", ["約翰·史密斯"]),
    ("安娜‧卡列尼娜是小說主角的名字", ["安娜‧卡列尼娜"]),  # U+2027 as Taiwan writes it
    ("请转告大卫•米勒，合同已经寄出", ["大卫•米勒"]),
    ("請聯絡John Smith處理這件事", ["John Smith"]),
    ("Kevin Liu的病歷顯示他對盤尼西林過敏", ["Kevin Liu"]),  # romanised surname, no cue
    ("這份文件請Grace小姐簽名", ["Grace"]),  # a title after
])
def test_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "這個王國的歷史很長",  # 王 in 王國
    "各位先生女士大家好",  # 位 is a surname, 各位 is not a person
    "公司經理說下個月要調整組織",  # 司 ends 公司
    "請把路由器重新開機",
    "請使用Visual Studio開啟專案",  # capitalised product names
    "我們用Google Cloud部署服務",
    "蘋果·香蕉·橘子都在打折",  # an interpunct list of fruit
    "Please forward this to John Smith today.",  # English prose: the English recognizers' job
    "他在台積電擔任工程師十年了",  # 任 ends 擔任 (jieba knows 担任: looked up Simplified)
])
def test_near_misses(text):
    assert names(text) == []


@pytest.mark.parametrize("text", [
    "請把合約寄給Contoso Health，謝謝",  # an organisation after a cue
    "地址是新疆乌鲁木齐县长寿街5号",  # 齐 ends a place name before 县长
])
def test_organisations_and_places_are_not_names(text):
    assert names(text) == []
