# ruff: noqa: RUF001  (full-width punctuation is the point)
"""Chinese person names in the news-wire shapes devset_zh3 part m showed missing: each
mechanism with true positives and the near-misses that must not match. Examples written
here, not taken from the dev set or any corpus."""

from __future__ import annotations

import pytest
from zh_support import names

from sovereign_guard.detect import zh_lac


@pytest.mark.parametrize("text, expected", [
    # a word ending in a counter character (群眾, 民众, 观众, 尤其) is done: the surname and
    # title after it are a person
    ("群眾張大爺告訴記者，菜價漲了", ["張大爺"]),
    ("民眾林先生表示很滿意", ["林先生"]),
    ("观众王女士说节目很好看", ["王女士"]),
    ("尤其李經理最辛苦", ["李經理"]),
])
def test_title_after_a_word_ending_in_a_counter(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "每張總結報告都要簽名",   # 每 a counter: 張總 is no title here
    "眾王爭霸的年代",         # 眾 alone before the "surname"
    "群众反映强烈",
])
def test_counter_before_surname_near_misses(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    # jieba cuts the surname off a given name that is a word (鄭|平安, 黃|明亮): the clause
    # goes to LAC, which reads the name whole
    ("「我們會繼續努力，」鄭平安說。", ["鄭平安"]),
    ("「明天見，」黃明亮說。", ["黃明亮"]),
    ("他说，王安然已经回来了。", ["王安然"]),
])
def test_surname_cut_off_a_word(text, expected):
    assert names(text) == expected


def test_lone_surname_clause_goes_to_lac():
    m = zh_lac.model()
    text = "蔡明亮說"
    assert m.worth_tagging(text, [(0, len(text))]) == [(0, len(text))]


@pytest.mark.parametrize("text", [
    "我向老师请教问题",   # 向 a preposition to jieba: no clause for LAC on its account
    "会议于明天举行",     # 于 a preposition
])
def test_everyday_clauses_still_skip_lac(text):
    m = zh_lac.model()
    assert m.worth_tagging(text, zh_lac.pieces(text)) == []
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    # the speaker right after the closing quote, the verb of saying later in the clause
    ("“坚持就是胜利，”高明对记者说。", ["高明"]),
    ("「謝謝大家，」文彬向觀眾說。", ["文彬"]),
])
def test_speaker_after_closing_quote(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "“不要放弃，”大家都说。",           # an everyday pronoun-like word
    "“下雨了，”明亮的灯光下一片安静。",  # no verb of saying after it
    "「好吃，」豆腐的味道讓他說不出話。",
])
def test_closing_quote_near_misses(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    # a Japanese given name's last character may make a word with a particle (美的)
    ("作家村上真美的書", ["村上真美"]),
    # Japanese cabinet posts are roles
    ("日本外相茂木敏充抵達台北", ["茂木敏充"]),
    # the opponent of a sports result
    ("女單決賽她擊敗伊藤美誠", ["伊藤美誠"]),
])
def test_japanese_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "外相會談將在東京舉行",   # a role with no name after it
    "中國隊擊敗日本隊",       # a team after a sports verb
    "她力克日本隊晉級",
    "首相官邸發表聲明",
])
def test_japanese_name_near_misses(text):
    assert names(text) == []


def test_fan_noun_is_no_person():
    assert names("柯南迷期待新一季動畫") == []


def test_name_before_verb_starting_with_fan_character():
    assert names("李明迷上了网络游戏") == ["李明"]


@pytest.mark.parametrize("text, expected", [
    ("小陳明天會去拜訪客戶", ["小陳"]),    # LAC's PER runs into the time word jieba cut
    ("老周今天不在办公室", ["老周"]),
])
def test_lac_name_stops_before_a_time_word(text, expected):
    assert names(text) == expected
