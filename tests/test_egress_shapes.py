"""Egress completeness: what leaves is what was scanned (DESIGN, issue 12).

A representative subset of the red-team shapes of `benchmarks/egress.py`, each sent through
the sidecar app and through `GuardTransport` to a vendor that records every byte and header;
no carried value may be readable there, raw or trivially normalised (casefolded, compacted,
digits only) after decoding what a vendor can decode (JSON in strings, base64, data: URLs, PDF
text, byte-level token ids). Refusing the request is as good as redacting it.

The shapes that leak today are marked `xfail(strict=True)`: when a fix makes one pass, the
strict mark turns it into a failure, so remove its id from LEAKS_TODAY then.
"""

from __future__ import annotations

import pytest

from benchmarks import egress  # the harness lives with the benchmarks
from benchmarks.common import leaked, readable

SUBSET = (
    # places scanned today: these guard against regressions
    "chat.user.string", "chat.user.parts", "chat.system.string", "chat.stream",
    "chat.toolcall.args.text", "chat.tool.result.string", "chat.user_param", "chat.metadata.value",
    "chat.text.env", "chat.text.aws_key", "completions.prompt.string", "embeddings.input.list",
    "responses.input.string", "responses.function_call_output", "messages.user.string",
    "messages.system.blocks", "messages.tool_result.string", "messages.document.title_context",
    "messages.mcp_servers.token",
    # places issue 12 is about
    "chat.message.name", "chat.tool.description", "chat.tool.param.enum", "chat.tool.param.default",
    "chat.toolcall.args.fields", "chat.toolcall.args.card_number", "chat.toolcall.args.pii_key",
    "chat.prediction.string", "chat.metadata.key", "chat.image_url.data_text", "chat.file.text",
    "chat.file.pdf", "chat.text.csv", "chat.text.vcard", "chat.text.base64",
    "chat.header.x_customer_email", "chat.header.user_agent", "completions.prompt.token_ids",
    "embeddings.input.token_ids", "responses.input_file.pdf", "responses.tool.mcp.headers",
    "responses.metadata", "responses.input_file.filename", "messages.document.text", "messages.document.pdf_aws_key",
    "messages.search_result", "messages.tool.description", "messages.tool_use.input",
    "messages.tool_result.document", "messages.header.x_customer_email",
)

# Shapes of SUBSET that leak on today's code (both doors); remove an id when its fix lands.
LEAKS_TODAY: frozenset[str] = frozenset()

SHAPES = {s.id: s for s in egress.SHAPES}


def _cases():
    for shape_id in SUBSET:
        marks = ([pytest.mark.xfail(strict=True, reason="issue 12")]
                 if shape_id in LEAKS_TODAY else [])
        for door in ("sidecar", "transport"):
            yield pytest.param(shape_id, door, id=f"{shape_id}-{door}", marks=marks)


@pytest.fixture(scope="module")
def doors():
    # One guard for the module and both doors (the benchmark builds a fresh one per shape).
    with egress.doors(fresh=False) as d:
        yield d


@pytest.mark.parametrize(("shape_id", "door"), list(_cases()))
def test_nothing_raw_reaches_the_vendor(doors, shape_id, door):
    outcome = doors.send(SHAPES[shape_id], door)
    assert outcome.status < 500, f"the guard failed ({outcome.status}) instead of deciding"
    assert not outcome.leaked, f"{', '.join(outcome.leaked)} reached the vendor ({door})"


def test_every_shape_carries_values_the_instrument_can_read():
    # The instrument itself: each shape, as the client sends it, must show its values to the
    # decoder, or a shape would pass for carrying nothing.
    for shape in egress.SHAPES:
        assert shape.carried(), shape.id


@pytest.mark.parametrize("shape_id", ["chat.file.pdf", "embeddings.input.token_ids",
                                      "chat.image_url.data_text", "chat.toolcall.args.card_number",
                                      "chat.header.x_customer_email"])
def test_the_decoder_reads_hidden_values(shape_id):
    shape = SHAPES[shape_id]
    raw_seen = [shape.raw().decode()] + [f"{k}: {v}" for k, v in shape.headers.items()]
    decoded = readable(shape.raw(), shape.headers)
    assert leaked(egress.VALUES, decoded)
    if shape_id in ("chat.file.pdf", "embeddings.input.token_ids", "chat.image_url.data_text"):
        assert not leaked({"ssn": egress.SSN}, raw_seen)  # visible only once decoded


def test_a_redacted_value_is_not_reported():
    assert leaked(egress.VALUES, ["Mail <EMAIL_ADDRESS_1a2b3c> about <PERSON_9f8e7d>"]) == []
    assert leaked({"phone": egress.PHONE}, ["call 415.555.0132"]) == ["phone"]
    assert leaked({"name": egress.NAME, "first_name": egress.FIRST},
                  ["to margaret.thornbury@example.org"]) == ["name", "first_name"]
    assert leaked({"email": egress.EMAIL, "name": egress.NAME},
                  ["to MARGARET.THORNBURY@EXAMPLE.ORG"]) == ["email"]
