# ruff: noqa: RUF001  (full-width punctuation is the point)
"""Chinese detection in the genres of devset_zh3 part e (foreign-name wire copy, rosters,
stage names, director lists, notices, Hong Kong / Macau / rural addresses): each pattern its
misses showed, with true positives and the near-misses that must not match. Examples
written here, not taken from the dev set or any corpus."""

from __future__ import annotations

import pytest
from zh_support import addresses, names


@pytest.mark.parametrize("text, expected", [
    # a strong surname LAC reads as a verb before a two-character PER (戴 to wear, 游 to swim)
    ("女雙組合戴欣妤今天晉級決賽", ["戴欣妤"]),
    # a stage name of the 小X/阿X/大X shape after a show-business role
    ("主持人阿豐和藝人小芊一起上台", ["阿豐", "小芊"]),
    # a second partner whose name is also a word (江山), then 搭檔
    ("主持人大偉與江山搭檔主持", ["大偉", "江山"]),
    # a list grows name by name; the last one is a word (高升) with a title after it
    ("獲獎名單：林冠廷、許雅涵、高升同學", ["林冠廷", "許雅涵", "高升"]),
    # a title right after a jieba dictionary word makes it a name (the honorific check works
    # at any position, not only at 0)
    ("表揚名單：周子翔、江濤同學", ["周子翔", "江濤"]),
    # Cantonese surname 區 after a role
    ("香港居民區嘉雯的申請已經批准", ["區嘉雯"]),
    # a transliterated name after a role that ends in one of the table's characters
    ("聯合國特使奧莉維亞·巴頓抵達", ["奧莉維亞·巴頓"]),
    # a preposition after a role is no surname: the name starts after it
    ("外交部長由安娜·柯瓦奇接任", ["安娜·柯瓦奇"]),
    # a role after a label is no name: 董事長 stays out of the span
    ("董事：董事長梁振宏", ["梁振宏"]),
    # a brand's name with a person cue is the person
    ("聯絡人：李寧，分機 213", ["李寧"]),
])
def test_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    # brands and shops named after a person or a transliterated name
    "周大福的金飾今天打九折。",
    "我在超市買了李錦記的醬油。",
    "戴森和飛利浦的吸塵器哪個好？",
    "陳記品牌的月餅賣完了。",  # a brand word after the name
    # dishes named after a person
    "晚餐點了宮保雞丁和東坡肉。",
    # sayings with a historical person in them
    "說曹操，曹操到，他剛好打電話來。",
    "這根本是司馬昭之心。",
    "他總是當事後諸葛亮。",
    "別再張冠李戴了。",  # jieba's dictionary tags this idiom nr
    # show-business role before a word that is not a stage name
    "歌手大合唱的畫面很感人。",
])
def test_not_names(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    # a one-character "verb" LAC cuts between place words (鰂魚|涌)
    ("寄到香港鰂魚涌海光街12號海光大廈8樓", ["香港鰂魚涌海光街12號海光大廈8樓"]),
    # a building named with a number, then its block, floor and flat
    ("新居在屯門青山公路88號御海8號2座12樓C室", ["屯門青山公路88號御海8號2座12樓C室"]),
    # a block written with 第 and a Chinese numeral, a flat letter before 座
    ("澳門提督馬路30號金輝花園第三座12樓B座", ["澳門提督馬路30號金輝花園第三座12樓B座"]),
    # floor and flat after an estate and its block, no road at all
    ("住天水圍天恩苑恩澤閣20樓5室", ["天水圍天恩苑恩澤閣20樓5室"]),
    # a PRC village's group and house number; a group with no number at the clause's end
    ("寄到湖北省黄冈市麻城市龟山镇王家村4组12号", ["湖北省黄冈市麻城市龟山镇王家村4组12号"]),
])
def test_addresses(text, expected):
    assert addresses(text) == expected


@pytest.mark.parametrize("text", [
    "南京路步行街晚上很熱鬧。",  # a landmark street named without a number
    "我們去夫子廟美食街吃小吃。",
    "這棟樓有十二層。",
])
def test_not_addresses(text):
    assert addresses(text) == []
