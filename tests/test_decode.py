"""detect.decode: views of a text with its encoded runs decoded, mapped to the original."""

from __future__ import annotations

import base64
import hashlib
import random
import uuid

import pytest

from sovereign_guard.detect.decode import decoded_views
from sovereign_guard.detect.normalize import View, normalize

SECRET = "password=hunter2 for john@acme.com"


def views_of(text: str, **kwargs: int) -> list[View]:
    return decoded_views(normalize(text), **kwargs)


def original_of(view: View, original: str, value: str) -> str:
    start = view.text.index(value)
    a, b = view.span(start, start + len(value))
    return original[a:b]


def b64(data: str | bytes) -> str:
    raw = data.encode() if isinstance(data, str) else data
    return base64.b64encode(raw).decode()


# ---- whole-run encodings: a finding inside covers the whole run ------------------------


@pytest.mark.parametrize(
    "encoded",
    [
        b64(SECRET),
        b64(SECRET).rstrip("="),  # padding is optional
        base64.urlsafe_b64encode(("ü?>" + SECRET).encode()).decode().rstrip("="),
        SECRET.encode().hex(),
        "0x" + SECRET.encode().hex().upper(),
        "=".join(["", *[f"{b:02X}" for b in SECRET.encode()]]),  # quoted-printable
    ],
)
def test_encoded_runs_decode_and_map_to_the_whole_run(encoded: str) -> None:
    text = f"config: {encoded} (prod)"
    views = views_of(text)
    assert len(views) == 1
    view = views[0]
    assert "john@acme.com" in view.text
    assert view.text.startswith("config: ") and view.text.endswith(" (prod)")
    assert original_of(view, text, "john@acme.com") == encoded
    assert original_of(view, text, "config") == "config"
    assert original_of(view, text, "(prod)") == "(prod)"


def test_multi_line_base64_block() -> None:
    body = "Dear John, your password is hunter2. Call me on 555-0100 please. " * 3
    block = base64.encodebytes(body.encode()).decode().strip()
    assert block.count("\n") >= 2
    text = f"-----BEGIN-----\n{block}\n-----END-----"
    (view,) = views_of(text)
    assert "password is hunter2" in view.text
    assert original_of(view, text, "hunter2") == block


def test_base64_strings_on_consecutive_lines_decode_one_by_one() -> None:
    first, second = b64("user alice@example.org"), b64("token is s3cr3t-value!")
    text = f"{first}\n{second}"
    (view,) = views_of(text)
    assert view.text == "user alice@example.org\ntoken is s3cr3t-value!"
    assert original_of(view, text, "alice@example.org") == first
    assert original_of(view, text, "s3cr3t") == second


def test_jwt_segments_decode_and_the_signature_is_left_alone() -> None:
    header = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    payload = base64.urlsafe_b64encode(b'{"sub":"42","email":"ann@example.org"}').decode()
    signature = base64.urlsafe_b64encode(random.Random(1).randbytes(32)).decode().rstrip("=")
    jwt = f"{header}.{payload.rstrip('=')}.{signature}"
    (view,) = views_of(f"Authorization: Bearer {jwt}")
    assert '"email":"ann@example.org"' in view.text
    assert view.text.endswith("." + signature)


# ---- escapes: one character per escape maps to its escape ------------------------------


@pytest.mark.parametrize(
    ("encoded", "escape"),
    [
        ("john%40acme.com", "%40"),
        ("john\\u0040acme.com", "\\u0040"),
        ("john\\x40acme.com", "\\x40"),
        ("john&#64;acme.com", "&#64;"),
        ("john&#x40;acme.com", "&#x40;"),
        ("john&commat;acme.com", "&commat;"),
    ],
)
def test_escapes_decode_to_their_own_characters(encoded: str, escape: str) -> None:
    text = f"to: {encoded}"
    (view,) = views_of(text)
    assert view.text == "to: john@acme.com"
    at = view.text.index("@")
    assert text[slice(*view.span(at, at + 1))] == escape
    assert original_of(view, text, "john@acme.com") == encoded


def test_runs_of_escapes_decode_text_of_any_script() -> None:
    (view,) = views_of("name=%E7%8E%8B%E5%B0%8F%E6%98%8E&x=\\u738b\\u5c0f\\u660e")
    assert view.text == "name=王小明&x=王小明"


def test_quoted_printable_soft_breaks_join_lines() -> None:
    text = "key: AKIAIOSF=\nODNN7EXAMPLE=20ok"
    (view,) = views_of(text)
    assert "AKIAIOSFODNN7EXAMPLE ok" in view.text


# ---- strings split across lines or concatenated ----------------------------------------


@pytest.mark.parametrize(
    "code",
    [
        'aws_key = "AKIA" + "IOSFODNN7EXAMPLE"',
        "aws_key = ('AKIA' \\\n    'IOSFODNN7EXAMPLE')",
        'aws_key = ("AKIAIOSF"\n    "ODNN7EXAMPLE")',
        "aws_key = 'AKIA' +\n 'IOSF' + 'ODNN7EXAMPLE'",
    ],
)
def test_split_string_literals_are_joined(code: str) -> None:
    (view,) = views_of(code)
    assert "AKIAIOSFODNN7EXAMPLE" in view.text
    start = view.text.index("AKIAIOSFODNN7EXAMPLE")
    a, b = view.span(start, start + 20)
    assert code[a - 1] in "'\"" and code[b] in "'\""  # the quotes stay outside the finding
    assert code[a:b].startswith("AKIA") and code[a:b].endswith("EXAMPLE")


# ---- composition with the normalized view and recursion --------------------------------


def test_decoded_views_compose_with_normalization() -> None:
    encoded = b64(SECRET)
    text = f"ｋｅｙ\u200b: {encoded[:10]}\u200d{encoded[10:]} done"
    (view,) = views_of(text)
    assert view.text.startswith("key: password=hunter2")
    assert original_of(view, text, "key") == "ｋｅｙ\u200b"
    assert original_of(view, text, "hunter2") == f"{encoded[:10]}\u200d{encoded[10:]}"


def test_decoded_text_is_normalized() -> None:
    text = b64("mail ｊｏｈｎ\u200b@acme.com")
    (view,) = views_of(text)
    assert view.text == "mail john@acme.com"


def test_nested_encodings_decode_level_by_level() -> None:
    text = b64(b64(b64("AKIAIOSFODNN7EXAMPLE is the key")))
    views = views_of(text)
    assert len(views) == 3
    assert views[-1].text == "AKIAIOSFODNN7EXAMPLE is the key"
    assert views[-1].span(0, 20) == (0, len(text))
    assert views_of(text, max_depth=2)[-1].text == b64("AKIAIOSFODNN7EXAMPLE is the key")


def test_base64_of_a_jwt_decodes_to_its_claims() -> None:
    claims = base64.urlsafe_b64encode(b'{"email":"ann@example.org","n":1}').decode()
    jwt = "eyJhbGciOiJIUzI1NiJ9." + claims.rstrip("=") + ".c2lnbmF0dXJlLWhlcmU"
    views = views_of(f"blob {b64(jwt)}")
    assert any('"email":"ann@example.org"' in v.text for v in views)


def test_decoded_size_is_bounded() -> None:
    text = b64("x" * 3000)
    assert views_of(text, max_chars=1000) == []
    assert views_of(text, max_chars=5000)[0].text == "x" * 3000


def test_decoded_runs_are_bounded() -> None:
    text = " ".join(["%41"] * 1500)
    (view,) = views_of(text)
    assert view.text.count("A") == 1000
    assert view.text.count("%41") == 500


# ---- near misses: nothing decodes ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The quarterly report was reviewed by the committee and shared with all offices.",
        f"sha256 {hashlib.sha256(b'report').hexdigest()}",
        f"md5 {hashlib.md5(b'report').hexdigest()} sha1 {hashlib.sha1(b'x').hexdigest()}",
        f"id {uuid.UUID(int=random.Random(3).getrandbits(128))}",
        "png " + b64(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(4).randbytes(90)),
        "blob " + b64(random.Random(5).randbytes(48)),
        "blob " + base64.urlsafe_b64encode(random.Random(6).randbytes(40)).decode(),
        "correcthorsebatterystaple internationalization supercalifragilistic",
        "path /usr/local/lib/python3/site-packages/thing and AKIAIOSFODNN7EXAMPLE",
        "card 4111111111111111 and 5500005555555559",
        "x=10; y=20; color=FF0000; 50% off & more",
        "Привет, мир! Москва, улица Тверская, дом семь.",
        "我们公司的季度报告已经审核完毕，结果已分享给所有办公室。电话：0912-345-678。",
        'He said "yes", she said "no".',
    ],
)
def test_near_misses_yield_no_view(text: str) -> None:
    assert views_of(text) == []


def test_only_decoded_text_is_decoded_again() -> None:
    digest = hashlib.sha256(b"report").hexdigest()
    inner = "mail ann@example.org"
    text = f"{digest} {b64(b64(inner))} {b64(inner)}"
    views = views_of(text)
    assert [v.text for v in views] == [
        f"{digest} {b64(inner)} {inner}",
        f"{digest} {inner} {inner}",
    ]
    assert views[1].span(0, len(digest)) == (0, len(digest))


# ---- a credential cut by a line break -----------------------------------------------------


@pytest.mark.parametrize("text, joined", [
    ("Paste:\nAKIAO6C\nJDKTICXTQ6VPS\nthen restart", "AKIAO6CJDKTICXTQ6VPS"),
    ("it is sk_live_FbO\n  Lpj3JdrBkujWuqjZEgFj5 now", "sk_live_FbOLpj3JdrBkujWuqjZEgFj5"),
    ("token xoxb-81836515616-5172-c\r\n80tdXYrYUxvsnPkx7F6EQRn", "xoxb-81836515616-5172-c80tdXYrYUxvsnPkx7F6EQRn"),
    ("groq gsk_Qm4TzVb2LcXe9RwNk4Hs\nYd6JpA7cWf1Rt3Hn8Zq2Lm5Vb9Xc4Kd7Gj", "gsk_Qm4TzVb2LcXe9RwNk4HsYd6JpA7cWf1Rt3Hn8Zq2Lm5Vb9Xc4Kd7Gj"),
    ("vault hvs.CAESIJx8Kd2Lm\n5Vb9Xc4Kd7Gj0Pw6Qm4T", "hvs.CAESIJx8Kd2Lm5Vb9Xc4Kd7Gj0Pw6Qm4T"),
])
def test_a_credential_split_across_lines_is_joined(text, joined):
    (view,) = views_of(text)
    assert joined in view.text
    a, b = view.span(view.text.index(joined), view.text.index(joined) + len(joined))
    assert text[a:b].replace("\n", "").replace("\r", "").replace(" ", "") == joined


@pytest.mark.parametrize("text", [
    "x = compute_value\nresult = other_value",
    "import os\nimport sys\n",
    "skip\nthis line",
    "the task-list\nitems follow",
])
def test_code_and_prose_lines_are_not_joined(text):
    assert views_of(text) == []


def test_base64_padding_at_a_line_end_is_not_a_soft_line_break():
    text = "Paste this:\n" + b64("sk_live_VuQZclkF1cY9JzGnRcax8R4r") + "\nthen restart."
    (view,) = views_of(text)
    assert "sk_live_VuQZclkF1cY9JzGnRcax8R4r" in view.text
    assert view.text.endswith("\nthen restart.")


def test_a_soft_line_break_without_padding_is_still_joined():
    (view,) = views_of("mail jane.d=\noe=40example.org today")
    assert "jane.doe@example.org" in view.text


@pytest.mark.parametrize("text, reading", [
    ("mail_Margaret_Thornbury", "mail Margaret Thornbury"),
    ("Jane_Doe_ssn_536228451.txt", "Jane Doe ssn 536228451.txt"),
])
def test_underscored_names_are_read_again_with_spaces(text, reading):
    (view,) = views_of(text)
    assert view.text == reading
    assert view.span(0, len(reading)) == (0, len(text))


@pytest.mark.parametrize("text", ["user_name = get_user_name(max_len_2)", "MAX_RETRIES = 3",
                                  "__init__", "snake_case_id_42", "sk_live_FbOLpj3JdrBkujWuqjZ"])
def test_snake_case_code_and_tokens_are_not_read_as_words(text):
    assert all("_" in v.text for v in views_of(text)) or views_of(text) == []


def test_hyphen_joined_names_need_two_names_or_a_name_and_a_number():
    assert [v.text for v in views_of("Jane-Doe-536228451.txt")] == ["Jane Doe 536228451.txt"]
    assert views_of("an X-Ray scan, e-mail me, Q3-Report-2024.pdf") == []


def test_camel_case_names_inside_identifiers_are_read_as_words():
    (view,) = views_of("proj_MargaretThornbury")
    assert view.text == "proj Margaret Thornbury"
    assert view.span(5, len(view.text)) == (5, 22)


# ---- windows around decoded runs ----------------------------------------------------------

FILLER = "The quarterly report is attached and the figures were checked twice. " * 20


def test_context_cuts_each_level_to_windows_around_its_runs() -> None:
    text = f"{FILLER}Files: Jane_Doe_ssn_536228451.txt\n{FILLER}token {b64(SECRET)} end\n{FILLER}"
    full = views_of(text)
    windows = views_of(text, context=100)
    assert len(full) == 1 and len(windows) == 2  # two runs far apart: two windows
    assert all(len(w.text) < 400 for w in windows)
    assert "Jane Doe ssn 536228451" in windows[0].text and "hunter2" in windows[1].text
    assert original_of(windows[0], text, "Jane Doe") == "Jane_Doe"
    assert original_of(windows[1], text, "hunter2") == b64(SECRET)
    for w in windows:  # a window starts and ends at whitespace, never inside a word
        assert text[w.span(0, 1)[0] - 1].isspace() and text[w.span(len(w.text) - 1, len(w.text))[1]].isspace()


def test_windows_that_would_cover_most_of_the_text_stay_one_view() -> None:
    text = f"see Jane_Doe_536228451.txt and {b64(SECRET)}"
    assert [v.text for v in views_of(text, context=100)] == [v.text for v in views_of(text)]


def test_a_run_deep_in_a_long_prompt_is_still_found_through_its_window(guard) -> None:
    encoded = b64("card 4111 1111 1111 1111 for the refund")
    text = f"{FILLER}\nplease read {encoded} and reply\n{FILLER}"
    found = [text[f.start:f.end] for f in guard.protect(text).findings if f.type == "CREDIT_CARD"]
    assert found == [encoded]
