"""detect.normalize: what recognizers see, and the map back to the original."""

from __future__ import annotations

import random

import pytest

from sovereign_guard.detect.normalize import View, normalize

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\ufeff", "\u202e", "\u2066"]


def original_of(view: View, original: str, value: str) -> str:
    start = view.text.index(value)
    a, b = view.span(start, start + len(value))
    return original[a:b]


# ---- identity: nothing to change -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The report was reviewed on Tuesday (see page 4) and shared with john@acme.com.",
        "我们公司的季度报告已经审核完毕，结果已分享给所有办公室。电话：0912-345-678（分机）；好！",
        "Привет, мир! Москва 2024, улица Тверская.",
        "Η Αθήνα είναι πρωτεύουσα.",
        "東京都の佐藤さん、서울의 김철수 씨",
        "an anecdote about dotted lines, at noon",
        "",
    ],
)
def test_unchanged_text_gets_an_identity_view(text: str) -> None:
    view = normalize(text)
    assert view.identity and view.starts is None
    assert view.text == text
    assert view.span(1, 3) == (1, 3)


def test_chinese_punctuation_is_kept_while_full_width_identifiers_fold() -> None:
    text = "聯絡人：王小明，信箱ｗａｎｇ＠ａｃｍｅ．ｃｏｍ。電話（０９１２）"
    view = normalize(text)
    assert view.text == "聯絡人：王小明，信箱wang@acme.com。電話（0912）"
    assert original_of(view, text, "wang@acme.com") == "ｗａｎｇ＠ａｃｍｅ．ｃｏｍ"


# ---- (a) invisible characters ----------------------------------------------------------


@pytest.mark.parametrize(
    "mark",
    INVISIBLE + ["\u200e", "\u202a", "\u2069", "\ufe0f", "\U000e0041", "\U000e007f", "\u180e"],
)
def test_invisible_characters_are_removed_and_covered(mark: str) -> None:
    text = f"mail jo{mark}hn@ac{mark}me.com{mark} now"
    view = normalize(text)
    assert view.text == "mail john@acme.com now"
    assert original_of(view, text, "john@acme.com") == f"jo{mark}hn@ac{mark}me.com{mark}"


def test_invisible_characters_before_a_token_belong_to_it() -> None:
    text = "\u200bAKIA\u200dIOSFODNN7EXAMPLE and \u2060\u00adsecret"
    view = normalize(text)
    assert view.text == "AKIAIOSFODNN7EXAMPLE and secret"
    assert original_of(view, text, "AKIAIOSFODNN7EXAMPLE") == "\u200bAKIA\u200dIOSFODNN7EXAMPLE"
    assert original_of(view, text, "secret") == "\u2060\u00adsecret"
    assert original_of(view, text, "and") == "and"


def test_text_of_invisible_characters_only() -> None:
    view = normalize("\u200b\u200d")
    assert view.text == ""
    assert view.span(0, 0) == (0, 0)


def test_property_random_invisibles_map_back_exactly() -> None:
    rng = random.Random(7)
    words = ["alpha", "beta", "gamma", "delta", "report", "meeting", "office"]
    for _ in range(300):
        value = rng.choice(["john.smith@acme.com", "4111111111111111", "AKIAIOSFODNN7EXAMPLE"])
        tokens = [rng.choice(words) for _ in range(rng.randint(0, 6))]
        tokens.insert(rng.randint(0, len(tokens)), value)
        clean = " ".join(tokens)
        pieces: list[str] = []
        value_bounds = (0, 0)
        for i, token in enumerate(tokens):
            if i:
                pieces.append(" ")
            start = sum(map(len, pieces))
            chars = []
            for ch in token:
                chars.append(ch)
                while rng.random() < 0.15:
                    chars.append(rng.choice(INVISIBLE))
            if rng.random() < 0.3:
                chars.insert(0, rng.choice(INVISIBLE))
            pieces.append("".join(chars))
            if token is value:
                value_bounds = (start, start + len(pieces[-1]))
        original = "".join(pieces)
        view = normalize(original)
        assert view.text == clean
        at = clean.index(value)
        assert view.span(at, at + len(value)) == value_bounds
        # every view character comes from the same character of the original
        if view.starts is None or view.ends is None:
            assert original == clean
            continue
        for i, ch in enumerate(view.text):
            assert ch in original[view.starts[i] : view.ends[i]]


# ---- (b) compatibility forms, (c) digits, (d) spaces -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ａ＠ｂ．ｃｏｍ", "a@b.com"),
        ("call ０９１２ ３４５ ６７８", "call 0912 345 678"),
        ("𝟎𝟗𝟏𝟐-𝟑𝟒𝟓", "0912-345"),
        ("𝐉𝐨𝐡𝐧 𝑆𝑚𝑖𝑡ℎ", "John Smith"),
        ("the ﬁle and ﬀ", "the file and ff"),
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("۰۹۱۲", "0912"),
        ("०९१२ ३४५", "0912 345"),
        ("a\u00a0b\u202fc\u2009d\u3000e\u2002f\u2003g\u205fh", "a b c d e f g h"),
    ],
)
def test_compatibility_forms_digits_and_spaces_fold(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_one_character_that_folds_to_several_maps_them_all_to_it() -> None:
    text = "x ﬁ y"
    view = normalize(text)
    assert view.text == "x fi y"
    assert view.span(2, 3) == (2, 3)
    assert view.span(3, 4) == (2, 3)
    assert view.span(2, 4) == (2, 3)


def test_digits_of_other_scripts_map_to_their_characters() -> None:
    text = "رقم ٠٩١٢٣٤٥٦٧٨"
    view = normalize(text)
    assert view.text == "رقم 0912345678"
    assert original_of(view, text, "0912345678") == "٠٩١٢٣٤٥٦٧٨"


# ---- (e) look-alike letters ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail jоhn@аcme.cоm", "mail john@acme.com"),  # Cyrillic о, а
        ("key ΑΚΙΑIOSFODNN7EXAMPLE", "key AKIAIOSFODNN7EXAMPLE"),  # Greek capitals
        ("раураl.com/lоgin", "paypal.com/login"),
        ("https://раураl.com/вход?q=привет", "https://paypal.com/вход?q=привет"),
        ("Ꭺdmin", "Admin"),  # Cherokee
    ],
)
def test_look_alikes_fold_inside_latin_tokens(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_look_alike_spans_are_the_letters_they_replace() -> None:
    text = "to jоhn@аcme.cоm."
    view = normalize(text)
    assert original_of(view, text, "john@acme.com") == "jоhn@аcme.cоm"


@pytest.mark.parametrize(
    "text",
    [
        "Москва2024 и Сочи",  # a Cyrillic word next to digits is still Cyrillic
        "ул. Тверская 7, кв 12",
        "Αθήνα 2024",
        "価格は100円、カード1234",  # CJK and kana are never folded
        "서울 2024년",
    ],
)
def test_genuine_words_of_other_scripts_are_untouched(text: str) -> None:
    assert normalize(text).text == text


# ---- (f) written-out and defanged forms ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("john dot smith at acme dot com", "john.smith@acme.com"),
        ("write to Bob AT example DOT org today", "write to Bob@example.org today"),
        ("ann at mail dot example dot co dot uk", "ann@mail.example.co.uk"),
        ("john[at]acme[.]com", "john@acme.com"),
        ("john (at) acme (dot) com", "john@acme.com"),
        ("john{at}acme{dot}com", "john@acme.com"),
        ("john@acme [dot] com", "john@acme.com"),
        ("hxxp://evil[.]example/x and hxxps://a[.]b", "http://evil.example/x and https://a.b"),
        ("c2 at 10[.]0[.]0[.]1 or 1.2.3[.]4", "c2 at 10.0.0.1 or 1.2.3.4"),
        ("http[:]//host[.]example", "http://host.example"),
    ],
)
def test_written_out_and_defanged_forms_are_written_back(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_written_out_email_maps_to_the_whole_phrase() -> None:
    text = "Reach me: john dot smith at acme dot com, thanks"
    view = normalize(text)
    assert original_of(view, text, "john.smith@acme.com") == "john dot smith at acme dot com"


@pytest.mark.parametrize(
    "text",
    [
        "look at google.com for it",  # a plain `at` with real dots: not written out
        "we met at the office dot matrix printer",
        "the DOT rules at noon",
        "meet at 5 dot",
    ],
)
def test_words_at_and_dot_in_prose_stay(text: str) -> None:
    assert normalize(text).text == text


def test_defanged_forms_in_chinese_text() -> None:
    text = "請寄到john[at]acme[.]com，謝謝。"
    view = normalize(text)
    assert view.text == "請寄到john@acme.com，謝謝。"
    assert original_of(view, text, "john@acme.com") == "john[at]acme[.]com"


def test_kinds_combine_and_map_back() -> None:
    text = "ｊｏｈｎ\u200b dot smith [at] аcme dot com"
    view = normalize(text)
    assert view.text == "john.smith@acme.com"
    assert view.span(0, len(view.text)) == (0, len(text))


@pytest.mark.parametrize("text, expected", [
    ("card 5111/8222/7272/5328 ok", "card 5111-8222-7272-5328 ok"),
    ("card 5120_6826_1511_4682 ok", "card 5120-6826-1511-4682 ok"),
    ("SSN 211_31_5945 (verified)", "SSN 211-31-5945 (verified)"),
    ("call 202\u2013512\u20131991 today", "call 202-512-1991 today"),
    ("or (866) 512\u20131800", "or (866) 512-1800"),
])
def test_digit_group_separators_read_as_hyphens(text, expected):
    view = normalize(text)
    assert view.text == expected
    assert view.span(0, len(view.text)) == (0, len(text))


@pytest.mark.parametrize("text", [
    "on 12/05/2024 and 2024/05/12", "path /usr/lib/1234/5678/abc", "ref_2024_01_05",
    "see 1/2/3", "build_123_456",
])
def test_dates_paths_and_identifiers_keep_their_separators(text):
    assert normalize(text).text == text
