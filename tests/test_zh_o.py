# ruff: noqa: RUF001  (full-width punctuation is the point)
"""Chinese person names in the wire-copy shapes devset_zh3 part o showed missing (minority
names, a transliteration before an idiom, weather-warning words read as names, 迅 as a given
name): true positives and the near-misses that must not match. Examples written here, not
taken from the dev set."""

from __future__ import annotations

import pytest
from zh_support import names

from sovereign_guard.detect.names_zh import _segmenter
from sovereign_guard.detect.zh_minority import minority_names


def _minority(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in minority_names(text, _segmenter()[0].FREQ)]


@pytest.mark.parametrize("text, expected", [
    # Uyghur and Kazakh names with an interpunct: every part, not cut at an everyday character
    ("代表买买提江·吐尔洪在小组讨论时发言", "买买提江·吐尔洪"),
    ("热合曼·阿不都拉今年当选村支书", "热合曼·阿不都拉"),
    ("努尔兰·别克在会上介绍了经验", "努尔兰·别克"),
])
def test_dotted_minority_names_whole(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("text, expected", [
    # Tibetan names: two name words in a row, Simplified and Traditional, cue or none
    ("扎西顿珠在拉萨开了一家茶馆", ["扎西顿珠"]),
    ("医生白玛央金连夜出诊", ["白玛央金"]),
    ("索朗達娃說，今年青稞豐收", ["索朗達娃"]),
    # Mongolian: two name words, or one long name word jieba does not know
    ("歌手乌兰托娅登台演唱", ["乌兰托娅"]),
    ("那顺和妻子格日勒放牧归来", ["格日勒"]),
])
def test_tibetan_and_mongolian_names(text, expected):
    assert _minority(text) == expected


@pytest.mark.parametrize("text", [
    "呼和浩特到乌兰察布的高铁开通了",   # cities made of Mongolian words
    "乌兰巴托今天气温零下二十度",
    "洛桑是国际奥委会总部所在地",       # one Tibetan word alone (also a Swiss city)
    "格桑花开满了山坡",
    "白音查干是一个小镇",               # place words are not in the table
    "达瓦说他明天来",                   # one name word alone: left to the other rules
])
def test_minority_near_misses(text):
    assert _minority(text) == []


@pytest.mark.parametrize("text, expected", [
    # a transliterated name after a role word stops before a four-character idiom
    ("葡萄牙前锋莫拉塔梅开二度", "莫拉塔"),
    ("后卫卡瓦略安然无恙", "卡瓦略"),
    # 迅 as a given name's last character
    ("演员周迅出席了首映礼", "周迅"),
    ("墙上挂着李迅的照片", "李迅"),
])
def test_name_ends(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("text", [
    "中央氣象署昨晚針對中南部發布豪雨特報",   # weather warnings: a noun and the next word's start
    "中央氣象署發布大雨特報，山區慎防坍方",
    "气象台发布暴雨特报",
    "他迅速赶到了现场",
])
def test_name_near_misses(text):
    assert names(text) == []


def test_two_dotted_names_joined_by_a_conjunction_stay_two():
    # 桑 joined the dotted table (Tibetan 格桑): 和 between two names must still part them
    text = "技师萨利赫·桑和伊莲娜·卡尔松一起到场"
    found = names(text)
    assert "萨利赫·桑和伊莲娜·卡尔松" not in found
    assert "伊莲娜·卡尔松" in found
