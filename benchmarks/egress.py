"""Red-team egress harness: does any raw sensitive value reach the vendor, whatever its place?

~110 request shapes the official OpenAI and Anthropic APIs accept (chat completions,
completions, embeddings, responses, messages), each carrying known values (a name, e-mail,
phone, SSN, card, IBAN, an AWS key, a GitHub token) in one place a value can hide: content
strings and parts, names, tool definitions, tool-call arguments, metadata keys, files, data
URLs, media metadata, token ids, structured text (CSV, vCard, XML, HTML, SQL), client headers.

Each shape goes through BOTH doors, in process and offline: the sidecar app
(`sovereign_guard.server.create_app`, driven with starlette's TestClient) and `GuardTransport`
under an httpx client. Both forward to a recording fake vendor (an httpx.MockTransport) that
keeps every byte and header it gets. A shape leaks when any carried value is readable in what
the vendor received: raw or trivially normalised (casefolded, compacted, digits only), after
decoding what any vendor can decode (JSON in strings, base64 and data: URLs, PDF text layers,
printable runs in binaries, %-encoding, byte-level token ids; see `common.readable`). A shape
is OK when nothing raw arrived: redacted, or refused (403/422...) before forwarding.

    python benchmarks/egress.py [--only SUBSTRING] [--shared-guard] [-v]

Writes benchmarks/results/egress.json. By default every shape gets a fresh Guard per door, so
a value remembered from an earlier shape cannot hide a gap in a later one (~0.2 s each).
"""

# ruff: noqa: E501  (the shape table is a table: one shape per line where it fits)
from __future__ import annotations

import argparse
import base64
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from benchmarks.common import (
    RecordingVendor,
    leaked,
    pdf_with_text,
    png_with_text,
    readable,
    table,
    token_ids,
    wav_with_text,
    write,
)

# -- the values (synthetic; the card and IBAN pass their checksums) --------------------------
NAME, FIRST, LAST = "Margaret Thornbury", "Margaret", "Thornbury"
EMAIL = "margaret.thornbury@example.org"
PHONE = "(415) 555-0132"          # digits: 4155550132
SSN = "536-22-8451"               # digits: 536228451
CARD = "4539 1488 0343 6467"      # Luhn-valid
IBAN = "DE89 3704 0044 0532 0130 00"
AWS = "AKIAQ4W5ZR7XHJ2LMN3B"
GITHUB = "ghp_R8fK2mQ9xLwT4vNc7YpZ3bHs6JdE1aUgXo5i"

VALUES = {"name": NAME, "first_name": FIRST, "last_name": LAST, "email": EMAIL, "phone": PHONE,
          "ssn": SSN, "card": CARD, "iban": IBAN, "aws_key": AWS, "github_token": GITHUB}

PII = f"{NAME} called: e-mail {EMAIL}, phone {PHONE}, SSN {SSN}, card {CARD}, IBAN {IBAN}."
SECRET = f"Deploy with AWS key {AWS} and the GitHub token {GITHUB}."
CSV = f"first_name,last_name,phone,ssn\n{FIRST},{LAST},4155550132,536228451\n"
VCARD = f"BEGIN:VCARD\nVERSION:3.0\nFN:{NAME}\nTEL;TYPE=cell:4155550132\nEMAIL:{EMAIL}\nEND:VCARD"
XML = f"<customer><name>{NAME}</name><ssn>536228451</ssn><email>{EMAIL}</email></customer>"
HTML = f'<form><input name="email" value="{EMAIL}"><input name="phone" value="4155550132"></form>'
SQL = f"INSERT INTO customers (first_name, last_name, phone, ssn) VALUES ('{FIRST}', '{LAST}', '4155550132', '536228451');"
YAML_TEXT = f"first_name: {FIRST}\nlast_name: {LAST}\nphone: 4155550132\nssn: 536228451\n"
ENV = f"CUSTOMER_SSN=536228451\nAWS_ACCESS_KEY_ID={AWS}\n"
LOG = f"2026-03-01T10:00:00Z INFO login ok user={EMAIL} phone=4155550132 card=4539148803436467"
FIELDS = {"first_name": FIRST, "last_name": LAST, "phone": "4155550132", "ssn": "536228451"}


def b64(data: str | bytes) -> str:
    return base64.b64encode(data.encode() if isinstance(data, str) else data).decode()


def data_url(mime: str, data: str | bytes) -> str:
    return f"data:{mime};base64,{b64(data)}"


PDF = pdf_with_text(f"Customer record\n{NAME}\nSSN {SSN}\nCard {CARD}")
PDF_AWS = pdf_with_text(f"Deployment notes\nAWS access key {AWS}")
PNG = png_with_text(f"Photo of {NAME} <{EMAIL}>")
WAV = wav_with_text(f"Voicemail from {NAME} {PHONE}")


# -- request builders ------------------------------------------------------------------------
GPT, CLAUDE = "egress/gpt", "egress/claude"


def user(content) -> dict:
    return {"role": "user", "content": content}


def text(t: str) -> dict:
    return {"type": "text", "text": t}


def chat(*messages: dict, **extra) -> dict:
    return {"model": GPT, "messages": list(messages) or [user("Hello")], **extra}


def fn_tool(description="Look up a customer", params=None, name="lookup_customer") -> dict:
    params = params or {"type": "object", "properties": {"id": {"type": "string"}}}
    return {"type": "function", "function": {"name": name, "description": description, "parameters": params}}


def prop(**schema) -> dict:
    return {"type": "object", "properties": {"who": {"type": "string", **schema}}}


def tool_call(arguments: dict | str, name="lookup_customer") -> dict:
    args = arguments if isinstance(arguments, str) else json.dumps(arguments)
    return {"role": "assistant", "content": None, "tool_calls": [
        {"id": "call_1", "type": "function", "function": {"name": name, "arguments": args}}]}


def tool_turn(result) -> tuple[dict, dict, dict]:
    return (user("Look up customer 17"), tool_call({"id": "17"}),
            {"role": "tool", "tool_call_id": "call_1", "content": result})


def completion(prompt, **extra) -> dict:
    return {"model": GPT, "prompt": prompt, "max_tokens": 16, **extra}


def embedding(input_, **extra) -> dict:
    return {"model": GPT, "input": input_, **extra}


def resp(input_="Summarise the customer file.", **extra) -> dict:
    return {"model": GPT, "input": input_, **extra}


def resp_user(*parts: dict) -> list[dict]:
    return [{"role": "user", "content": list(parts)}]


def input_text(t: str) -> dict:
    return {"type": "input_text", "text": t}


def resp_tool(description="Look up a customer", params=None) -> dict:
    return {"type": "function", "name": "lookup_customer", "description": description,
            "parameters": params or {"type": "object", "properties": {}}}


def msgs(*messages: dict, **extra) -> dict:
    return {"model": CLAUDE, "max_tokens": 64, "messages": list(messages) or [user("Hello")], **extra}


def doc(source: dict, **extra) -> dict:
    return {"type": "document", "source": source, **extra}


def claude_tool(description="Look up a customer", schema=None) -> dict:
    return {"name": "lookup_customer", "description": description,
            "input_schema": schema or {"type": "object", "properties": {"id": {"type": "string"}}}}


def tool_use(input_: dict) -> dict:
    return {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "lookup_customer", "input": input_}]}


def tool_result(content) -> dict:
    return user([{"type": "tool_result", "tool_use_id": "toolu_1", "content": content}])


@dataclass(frozen=True)
class Shape:
    id: str
    route: str
    body: dict
    headers: dict[str, str] = field(default_factory=dict)
    # Image or audio bytes whose metadata carries the values: DESIGN lets media through
    # unscanned under the default policy (recorded in the audit), strict refuses it.
    media: bool = False

    def raw(self) -> bytes:
        return json.dumps(self.body).encode()

    def carried(self) -> dict[str, str]:
        """The known values this shape carries (readable in what the client sends)."""
        labels = leaked(VALUES, readable(self.raw(), self.headers))
        return {k: VALUES[k] for k in labels}


CC, CMP, EMB, RSP, MSG = "chat/completions", "completions", "embeddings", "responses", "messages"

SHAPES: list[Shape] = [
    # -- chat completions: messages ----------------------------------------------------------
    Shape("chat.user.string",              CC, chat(user(PII))),
    Shape("chat.user.parts",               CC, chat(user([text("Customer file:"), text(PII)]))),
    Shape("chat.system.string",            CC, chat({"role": "system", "content": f"The customer is {NAME}, SSN {SSN}."}, user("Greet the customer."))),
    Shape("chat.system.parts",             CC, chat({"role": "system", "content": [text(f"Customer e-mail: {EMAIL}")]}, user("Hi"))),
    Shape("chat.developer",                CC, chat({"role": "developer", "content": f"Refund to IBAN {IBAN}."}, user("Go"))),
    Shape("chat.assistant.history",        CC, chat(user("Who is it?"), {"role": "assistant", "content": f"It is {NAME}, {EMAIL}."}, user("Thanks"))),
    Shape("chat.assistant.refusal",        CC, chat(user("Card?"), {"role": "assistant", "content": None, "refusal": f"I will not repeat card {CARD}."}, user("ok"))),
    Shape("chat.message.name",             CC, chat({"role": "user", "name": f"{FIRST}_{LAST}", "content": "Hello"})),
    Shape("chat.stream",                   CC, chat(user(PII), stream=True, stream_options={"include_usage": True})),
    Shape("chat.stop",                     CC, chat(user("Write a letter."), stop=[f"Regards, {NAME}"])),
    # -- chat completions: tools and structured output ---------------------------------------
    Shape("chat.tool.description",         CC, chat(user("Hi"), tools=[fn_tool(f"Escalate to {NAME} at {EMAIL}")])),
    Shape("chat.tool.param.description",   CC, chat(user("Hi"), tools=[fn_tool(params=prop(description=f"e.g. {EMAIL} or {PHONE}"))])),
    Shape("chat.tool.param.enum",          CC, chat(user("Hi"), tools=[fn_tool(params=prop(enum=[EMAIL, "other@example.com"]))])),
    Shape("chat.tool.param.default",       CC, chat(user("Hi"), tools=[fn_tool(params=prop(default=f"SSN {SSN}"))])),
    Shape("chat.tool.param.examples",      CC, chat(user("Hi"), tools=[fn_tool(params=prop(examples=[CARD]))])),
    Shape("chat.tool.name",                CC, chat(user("Hi"), tools=[fn_tool(name=f"mail_{FIRST}_{LAST}")])),
    Shape("chat.functions.legacy",         CC, chat(user("Hi"), functions=[{"name": "notify", "description": f"Notify {EMAIL}", "parameters": {"type": "object", "properties": {}}}])),
    Shape("chat.toolcall.args.text",       CC, chat(tool_call({"to": EMAIL, "body": f"Card {CARD} was refunded."}), {"role": "tool", "tool_call_id": "call_1", "content": "sent"})),
    Shape("chat.toolcall.args.fields",     CC, chat(tool_call(FIELDS), {"role": "tool", "tool_call_id": "call_1", "content": "ok"})),
    Shape("chat.toolcall.args.card_number", CC, chat(tool_call({"card_number": 4539148803436467, "amount": 12}), {"role": "tool", "tool_call_id": "call_1", "content": "ok"})),
    Shape("chat.toolcall.args.pii_key",    CC, chat(tool_call({EMAIL: "vip", "note": "priority"}), {"role": "tool", "tool_call_id": "call_1", "content": "ok"})),
    Shape("chat.toolcall.args.nested_json", CC, chat(tool_call({"payload": json.dumps({"customer": {"ssn": "536228451", "email": EMAIL}})}), {"role": "tool", "tool_call_id": "call_1", "content": "ok"})),
    Shape("chat.function_call.legacy",     CC, chat(user("Hi"), {"role": "assistant", "content": None, "function_call": {"name": "notify", "arguments": json.dumps(FIELDS)}}, {"role": "function", "name": "notify", "content": "done"})),
    Shape("chat.tool.result.string",       CC, chat(*tool_turn(f"Found {NAME}, SSN {SSN}, phone {PHONE}."))),
    Shape("chat.tool.result.parts",        CC, chat(*tool_turn([text(f"Found {NAME} <{EMAIL}>")]))),
    Shape("chat.tool.result.json",         CC, chat(*tool_turn(json.dumps(FIELDS)))),
    Shape("chat.prediction.string",        CC, chat(user("Fix typos."), prediction={"type": "content", "content": f"Dear {NAME}, your card {CARD}"})),
    Shape("chat.prediction.parts",         CC, chat(user("Fix typos."), prediction={"type": "content", "content": [text(f"Dear {NAME}, mail {EMAIL}")]})),
    Shape("chat.response_format.schema",   CC, chat(user("Extract."), response_format={"type": "json_schema", "json_schema": {"name": "x", "schema": prop(description=f"like {EMAIL}", enum=[PHONE])}})),
    # -- chat completions: request parameters ------------------------------------------------
    Shape("chat.user_param",               CC, chat(user("Hi"), user=EMAIL)),
    Shape("chat.safety_identifier",        CC, chat(user("Hi"), safety_identifier=EMAIL)),
    Shape("chat.prompt_cache_key",         CC, chat(user("Hi"), prompt_cache_key=f"customer-{SSN}")),
    Shape("chat.metadata.value",           CC, chat(user("Hi"), store=True, metadata={"customer": EMAIL, "phone": PHONE})),
    Shape("chat.metadata.key",             CC, chat(user("Hi"), store=True, metadata={EMAIL: "vip"})),
    # -- chat completions: files and media ---------------------------------------------------
    Shape("chat.image_url.data_text",      CC, chat(user([text("Read this"), {"type": "image_url", "image_url": {"url": data_url("text/plain", PII)}}]))),
    Shape("chat.image_url.png_metadata",   CC, chat(user([text("Describe"), {"type": "image_url", "image_url": {"url": data_url("image/png", PNG)}}])), media=True),
    Shape("chat.image_url.http_query",     CC, chat(user([text("Describe"), {"type": "image_url", "image_url": {"url": f"https://cdn.example.org/p.png?email={EMAIL}"}}]))),
    Shape("chat.file.text",                CC, chat(user([text("Summarise"), {"type": "file", "file": {"filename": "notes.txt", "file_data": data_url("text/plain", PII)}}]))),
    Shape("chat.file.pdf",                 CC, chat(user([text("Summarise"), {"type": "file", "file": {"filename": "record.pdf", "file_data": data_url("application/pdf", PDF)}}]))),
    Shape("chat.file.pdf_secret",          CC, chat(user([text("Summarise"), {"type": "file", "file": {"filename": "notes.pdf", "file_data": data_url("application/pdf", PDF_AWS)}}]))),
    Shape("chat.file.filename",            CC, chat(user([text("Summarise"), {"type": "file", "file": {"filename": f"{FIRST}_{LAST}_ssn_536228451.txt", "file_data": data_url("text/plain", "hello")}}]))),
    Shape("chat.input_audio.metadata",     CC, chat(user([text("Transcribe"), {"type": "input_audio", "input_audio": {"data": b64(WAV), "format": "wav"}}])), media=True),
    # -- chat completions: structured text in content ----------------------------------------
    Shape("chat.text.csv",                 CC, chat(user(CSV))),
    Shape("chat.text.vcard",               CC, chat(user(VCARD))),
    Shape("chat.text.xml",                 CC, chat(user(XML))),
    Shape("chat.text.html_value",          CC, chat(user(HTML))),
    Shape("chat.text.sql_insert",          CC, chat(user(SQL))),
    Shape("chat.text.yaml",                CC, chat(user(YAML_TEXT))),
    Shape("chat.text.json_string",         CC, chat(user(json.dumps(FIELDS)))),
    Shape("chat.text.log_line",            CC, chat(user(LOG))),
    Shape("chat.text.env",                 CC, chat(user(ENV))),
    Shape("chat.text.base64",              CC, chat(user(f"Decode this: {b64(PII)}"))),
    Shape("chat.text.percent",             CC, chat(user(f"GET /u?email={EMAIL.replace('@', '%40')}&ssn=536%2D22%2D8451"))),
    Shape("chat.text.aws_key",             CC, chat(user(f"Use {AWS} for the deploy."))),
    Shape("chat.text.github_token",        CC, chat(user(f"export GITHUB_TOKEN={GITHUB}"))),
    Shape("chat.text.secret_in_parts",     CC, chat(user([text("Config:"), text(SECRET)]))),
    # -- chat completions: client headers ----------------------------------------------------
    Shape("chat.header.x_customer_email",  CC, chat(user("Hi")), {"x-customer-email": EMAIL}),
    Shape("chat.header.x_stainless",       CC, chat(user("Hi")), {"x-stainless-helper": EMAIL, "x-stainless-os": f"{FIRST}-{LAST}-MacBook"}),
    Shape("chat.header.user_agent",        CC, chat(user("Hi")), {"user-agent": f"acme-crm/2.3 ({NAME}; {EMAIL})"}),
    Shape("chat.header.idempotency_key",   CC, chat(user("Hi")), {"idempotency-key": f"refund-{EMAIL}"}),
    Shape("chat.header.cookie",            CC, chat(user("Hi")), {"cookie": f"session=abc; email={EMAIL}"}),
    Shape("chat.header.openai_project",    CC, chat(user("Hi")), {"openai-project": f"proj_{FIRST}{LAST}"}),
    Shape("chat.header.x_request_ssn",     CC, chat(user("Hi")), {"x-request-id": f"ssn-{SSN}"}),
    # -- completions -------------------------------------------------------------------------
    Shape("completions.prompt.string",     CMP, completion(PII)),
    Shape("completions.prompt.list",       CMP, completion(["Translate:", PII])),
    Shape("completions.prompt.token_ids",  CMP, completion(token_ids(PII))),
    Shape("completions.prompt.token_batches", CMP, completion([token_ids(f"Mail {EMAIL}"), token_ids(f"SSN {SSN}")])),
    Shape("completions.suffix",            CMP, completion("Dear ", suffix=f" -- {NAME}, {PHONE}")),
    Shape("completions.stop",              CMP, completion("Dear ", stop=[EMAIL])),
    Shape("completions.user",              CMP, completion("Hello", user=EMAIL)),
    Shape("completions.secret",            CMP, completion(SECRET)),
    # -- embeddings --------------------------------------------------------------------------
    Shape("embeddings.input.string",       EMB, embedding(PII)),
    Shape("embeddings.input.list",         EMB, embedding(["first", PII])),
    Shape("embeddings.input.token_ids",    EMB, embedding(token_ids(PII))),
    Shape("embeddings.input.token_batches", EMB, embedding([token_ids(f"Mail {EMAIL}"), token_ids(f"SSN {SSN}")])),
    Shape("embeddings.user",               EMB, embedding("hello", user=EMAIL)),
    Shape("embeddings.secret",             EMB, embedding(SECRET)),
    Shape("embeddings.csv",                EMB, embedding(CSV)),
    # -- responses ---------------------------------------------------------------------------
    Shape("responses.input.string",        RSP, resp(PII)),
    Shape("responses.instructions",        RSP, resp(instructions=f"The customer is {NAME}, {EMAIL}.")),
    Shape("responses.input.input_text",    RSP, resp(resp_user(input_text(PII)))),
    Shape("responses.input.easy_message",  RSP, resp([{"role": "user", "content": PII}])),
    Shape("responses.input.assistant_output", RSP, resp([{"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": f"Noted {EMAIL}", "annotations": []}]}, {"role": "user", "content": "Go on"}])),
    Shape("responses.input_file.text",     RSP, resp(resp_user(input_text("Summarise"), {"type": "input_file", "filename": "notes.txt", "file_data": data_url("text/plain", PII)}))),
    Shape("responses.input_file.pdf",      RSP, resp(resp_user(input_text("Summarise"), {"type": "input_file", "filename": "record.pdf", "file_data": data_url("application/pdf", PDF)}))),
    Shape("responses.input_file.filename", RSP, resp(resp_user(input_text("Summarise"), {"type": "input_file", "filename": f"{FIRST}-{LAST}-536228451.txt", "file_data": data_url("text/plain", "hi")}))),
    Shape("responses.input_image.data_text", RSP, resp(resp_user(input_text("Read"), {"type": "input_image", "image_url": data_url("text/plain", PII)}))),
    Shape("responses.input_image.png_metadata", RSP, resp(resp_user(input_text("Read"), {"type": "input_image", "image_url": data_url("image/png", PNG)})), media=True),
    Shape("responses.tool.description",    RSP, resp(tools=[resp_tool(f"Escalate to {NAME} ({EMAIL})")])),
    Shape("responses.tool.param.enum",     RSP, resp(tools=[resp_tool(params=prop(enum=[EMAIL], default=PHONE))])),
    Shape("responses.tool.mcp.headers",    RSP, resp(tools=[{"type": "mcp", "server_label": "crm", "server_url": "https://mcp.example.com/sse", "headers": {"Authorization": f"Bearer {GITHUB}"}, "require_approval": "never"}])),
    Shape("responses.tool.mcp.authorization", RSP, resp(tools=[{"type": "mcp", "server_label": "gh", "server_url": "https://mcp.example.com/sse", "authorization": GITHUB, "require_approval": "never"}])),
    Shape("responses.tool.mcp.url_token",  RSP, resp(tools=[{"type": "mcp", "server_label": "crm", "server_url": f"https://mcp.example.com/sse?key={AWS}", "require_approval": "never"}])),
    Shape("responses.function_call.args",  RSP, resp([{"type": "function_call", "call_id": "c1", "name": "lookup_customer", "arguments": json.dumps(FIELDS)}, {"type": "function_call_output", "call_id": "c1", "output": "ok"}])),
    Shape("responses.function_call_output", RSP, resp([{"type": "function_call", "call_id": "c1", "name": "lookup_customer", "arguments": "{}"}, {"type": "function_call_output", "call_id": "c1", "output": f"{NAME}, SSN {SSN}"}])),
    Shape("responses.metadata",            RSP, resp(metadata={"customer": EMAIL, EMAIL: "key"})),
    Shape("responses.user",                RSP, resp(user=EMAIL, safety_identifier=EMAIL)),
    Shape("responses.text.format.schema",  RSP, resp(text={"format": {"type": "json_schema", "name": "x", "schema": prop(enum=[EMAIL, PHONE])}})),
    Shape("responses.prompt.variables",    RSP, resp(prompt={"id": "pmpt_123", "variables": {"customer_email": EMAIL, "customer_ssn": SSN}})),
    Shape("responses.secret",              RSP, resp(SECRET)),
    # -- anthropic messages ------------------------------------------------------------------
    Shape("messages.user.string",          MSG, msgs(user(PII))),
    Shape("messages.user.text_block",      MSG, msgs(user([text(PII)]))),
    Shape("messages.system.string",        MSG, msgs(system=f"The customer is {NAME}, SSN {SSN}.")),
    Shape("messages.system.blocks",        MSG, msgs(system=[text(f"Customer e-mail {EMAIL}, card {CARD}")])),
    Shape("messages.assistant.history",    MSG, msgs(user("Who?"), {"role": "assistant", "content": [text(f"That is {NAME} ({PHONE}).")]}, user("ok"))),
    Shape("messages.assistant.thinking",   MSG, msgs(user("Who?"), {"role": "assistant", "content": [{"type": "thinking", "thinking": f"The user is {NAME}, {EMAIL}.", "signature": "c2ln"}, text("ok")]}, user("go"))),
    Shape("messages.document.text",        MSG, msgs(user([doc({"type": "text", "media_type": "text/plain", "data": PII}), text("Summarise")]))),
    Shape("messages.document.content",     MSG, msgs(user([doc({"type": "content", "content": [text(PII)]}), text("Summarise")]))),
    Shape("messages.document.pdf",         MSG, msgs(user([doc({"type": "base64", "media_type": "application/pdf", "data": b64(PDF)}), text("Summarise")]))),
    Shape("messages.document.pdf_aws_key", MSG, msgs(user([doc({"type": "base64", "media_type": "application/pdf", "data": b64(PDF_AWS)}), text("Summarise")]))),
    Shape("messages.document.title_context", MSG, msgs(user([doc({"type": "text", "media_type": "text/plain", "data": "Quarterly notes."}, title=f"Notes on {NAME}", context=f"Owner: {EMAIL}"), text("Summarise")]))),
    Shape("messages.document.url",         MSG, msgs(user([doc({"type": "url", "url": f"https://files.example.org/{SSN}.pdf?owner={EMAIL}"}), text("Summarise")]))),
    Shape("messages.image.png_metadata",   MSG, msgs(user([{"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": b64(PNG)}}, text("Describe")])), media=True),
    Shape("messages.image.url_query",      MSG, msgs(user([{"type": "image", "source": {"type": "url", "url": f"https://cdn.example.org/p.png?email={EMAIL}"}}, text("Describe")]))),
    Shape("messages.search_result",        MSG, msgs(user([{"type": "search_result", "source": f"https://crm.example.org/c/{EMAIL}", "title": f"Profile of {NAME}", "content": [text(f"Phone {PHONE}, SSN {SSN}")]}, text("Answer")]))),
    Shape("messages.tool.description",     MSG, msgs(user("Hi"), tools=[claude_tool(f"Escalate to {NAME} at {EMAIL}")])),
    Shape("messages.tool.schema",          MSG, msgs(user("Hi"), tools=[claude_tool(schema=prop(description=f"like {PHONE}", enum=[EMAIL], default=SSN))])),
    Shape("messages.tool_use.input",       MSG, msgs(user("Look up 17"), tool_use(FIELDS), tool_result("ok"))),
    Shape("messages.tool_use.card_number", MSG, msgs(user("Charge"), tool_use({"card_number": 4539148803436467}), tool_result("ok"))),
    Shape("messages.tool_result.string",   MSG, msgs(user("Look up 17"), tool_use({"id": "17"}), tool_result(f"{NAME}, SSN {SSN}, {EMAIL}"))),
    Shape("messages.tool_result.blocks",   MSG, msgs(user("Look up 17"), tool_use({"id": "17"}), tool_result([text(f"{NAME} {PHONE}")]))),
    Shape("messages.tool_result.document", MSG, msgs(user("Look up 17"), tool_use({"id": "17"}), tool_result([doc({"type": "text", "media_type": "text/plain", "data": CSV})]))),
    Shape("messages.metadata.user_id",     MSG, msgs(user("Hi"), metadata={"user_id": EMAIL})),
    Shape("messages.stop_sequences",       MSG, msgs(user("Hi"), stop_sequences=[NAME])),
    Shape("messages.mcp_servers.token",    MSG, msgs(user("Hi"), mcp_servers=[{"type": "url", "url": "https://mcp.example.com/sse", "name": "gh", "authorization_token": GITHUB}])),
    Shape("messages.stream",               MSG, msgs(user(PII), stream=True)),
    Shape("messages.text.vcard",           MSG, msgs(user(VCARD))),
    Shape("messages.text.secret",          MSG, msgs(user(SECRET))),
    Shape("messages.header.x_customer_email", MSG, msgs(user("Hi")), {"x-customer-email": EMAIL}),
    Shape("messages.header.user_agent",    MSG, msgs(user("Hi")), {"user-agent": f"crm-bot/1.0 ({NAME})"}),
]


# -- the two doors, both ending at one recording vendor --------------------------------------
VENDOR_KEY_ENV = "SG_EGRESS_VENDOR_KEY"
CLIENT_HEADERS = {
    CC: {"authorization": "Bearer client-key"}, CMP: {"authorization": "Bearer client-key"},
    EMB: {"authorization": "Bearer client-key"}, RSP: {"authorization": "Bearer client-key"},
    MSG: {"x-api-key": "client-key", "anthropic-version": "2023-06-01"},
}


def card(card_id: str, api: str) -> dict:
    controls = ({"body": {"store": False}, "body_routes": ["chat/completions", "responses"], "headers": {}}
                if api == "openai" else {"body": {}, "headers": {}})
    return {"id": card_id, "aliases": [], "vendor": "Egress " + api, "api": api,
            "base_url": "https://vendor.invalid/v1", "api_key_env": VENDOR_KEY_ENV,
            "contract": {"trains_on_customer_data": False, "uses_data_for_ads": False,
                         "retention_days": 0, "regions": ["US"], "dpa_signed": True,
                         "contract_expires": "2099-01-01", "max_classification": "confidential"},
            "controls": controls}


def bench_policy(name: str):
    """The named policy as shipped, except what ties it to cards we do not have here: our
    two test cards are unsigned and the strict policy's on-prem fallback is not among them."""
    from sovereign_guard.policy import load_policy, parse_policy, resolve_policy_path

    policy = load_policy(name)
    if policy.vendors.require_signatures or policy.vendors.fallbacks:
        data = yaml.safe_load(resolve_policy_path(name).read_text())
        data["vendors"].update(require_signatures=False, fallbacks=[])
        data["vendors"].pop("default_model", None)
        policy = parse_policy(data, source=f"{policy.source} (egress bench: unsigned test cards)")
    return policy


@dataclass
class Outcome:
    status: int
    forwarded: int           # requests the vendor received
    leaked: list[str]        # labels of carried values readable at the vendor


class Doors:
    """The sidecar and the transport door over one recording vendor (offline, in process)."""

    def __init__(self, root: Path, *, policy: str = "default", fresh: bool = True):
        import httpx
        from starlette.testclient import TestClient

        from sovereign_guard import GuardTransport
        from sovereign_guard.core import Guard
        from sovereign_guard.exchange import AsyncUpstream, Exchange
        from sovereign_guard.pipeline import Pipeline
        from sovereign_guard.server import create_app
        from sovereign_guard.vendors import load_registry

        os.environ.setdefault(VENDOR_KEY_ENV, "vendor-credential")
        models = root / "models"
        models.mkdir(parents=True, exist_ok=True)
        for c in (card(GPT, "openai"), card(CLAUDE, "anthropic")):
            (models / (c["id"].replace("/", "-") + ".yaml")).write_text(yaml.safe_dump(c))
        self._Guard, self._Pipeline, self._Transport = Guard, Pipeline, GuardTransport
        self._Exchange, self._AsyncUpstream = Exchange, AsyncUpstream
        self._httpx, self.fresh = httpx, fresh
        self.policy = bench_policy(policy)
        self.registry = load_registry(models, self.policy)
        self.vendor = RecordingVendor()
        self._shared = self._guard()  # serves both doors when not fresh
        self.app = create_app(lambda: self._pipeline(self._shared), load_in_background=False)
        self.sidecar = TestClient(self.app, raise_server_exceptions=False)

    def _guard(self):
        return self._Guard(self.policy, tenant_key=b"\x11" * 32)

    def _pipeline(self, guard):
        return self._Pipeline(guard, self.registry)

    def __enter__(self) -> Doors:
        self.sidecar.__enter__()
        mock = self._httpx.MockTransport(self.vendor.handler)
        self.app.state.guard.upstream = self._AsyncUpstream(self._httpx, mock)
        return self

    def __exit__(self, *exc) -> None:
        self.sidecar.__exit__(*exc)

    def send(self, shape: Shape, door: str) -> Outcome:
        guard = self._guard() if self.fresh else self._shared
        headers = {**CLIENT_HEADERS[shape.route], **shape.headers, "content-type": "application/json"}
        self.vendor.requests.clear()
        if door == "sidecar":
            self.app.state.guard.pipeline = pipeline = self._pipeline(guard)
            self.app.state.guard.exchange = self._Exchange(pipeline)
            status = self.sidecar.post("/v1/" + shape.route, content=shape.raw(), headers=headers).status_code
        else:
            transport = self._Transport(self._httpx.MockTransport(self.vendor.handler),
                                        pipeline=self._pipeline(guard))
            with self._httpx.Client(transport=transport) as client:
                status = client.post("https://app.invalid/v1/" + shape.route, content=shape.raw(),
                                     headers=headers).status_code
        carried = shape.carried()
        return Outcome(status, len(self.vendor.requests), leaked(carried, self.vendor.texts()))


@contextmanager
def doors(**kwargs) -> Iterator[Doors]:
    with tempfile.TemporaryDirectory(prefix="sg-egress-") as tmp, Doors(Path(tmp), **kwargs) as d:
        yield d


def run(shapes: list[Shape], *, policy: str = "default", fresh: bool = True,
        verbose: bool = False) -> dict:
    rows, results = [], []
    with doors(policy=policy, fresh=fresh) as d:
        for shape in shapes:
            carried = shape.carried()
            assert carried, f"shape {shape.id} carries none of the known values"
            side, trans = d.send(shape, "sidecar"), d.send(shape, "transport")
            ok = not side.leaked and not trans.leaked
            results.append({"shape": shape.id, "route": shape.route, "ok": ok, "media": shape.media,
                            "carried": sorted(carried),
                            "sidecar": side.__dict__, "transport": trans.__dict__})
            verdict = "ok" if ok else "LEAK (media)" if shape.media else "LEAK"
            rows.append([shape.id, side.status, trans.status, verdict,
                         ",".join(side.leaked) or "-", ",".join(trans.leaked) or "-"])
            if verbose:
                print(rows[-1], flush=True)
    leaking = [r["shape"] for r in results if not r["ok"]]
    print(table(rows, ["shape", "sidecar", "transport", "verdict", "leaked (sidecar)", "leaked (transport)"]))
    by_route: dict[str, list[int]] = {}
    for r in results:
        by_route.setdefault(r["route"], [0, 0])
        by_route[r["route"]][0] += 1
        by_route[r["route"]][1] += not r["ok"]
    print()
    print(table([[k, n, bad] for k, (n, bad) in by_route.items()], ["route", "shapes", "leaking"]))
    media = [r["shape"] for r in results if not r["ok"] and r["media"]]
    print(f"\nleaking shapes: {len(leaking)} of {len(results)} (policy {policy}); of them "
          f"{len(media)} carry values in image/audio metadata (DESIGN: the default policy lets "
          f"media through unscanned, strict refuses it): {len(leaking) - len(media)} without them")
    return {"policy": policy, "shapes": len(results), "leaking": len(leaking),
            "leaking_without_media": len(leaking) - len(media), "leaking_shapes": leaking,
            "by_route": {k: {"shapes": n, "leaking": bad} for k, (n, bad) in by_route.items()},
            "fresh_guard_per_shape": fresh, "results": results}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", help="run the shapes whose id contains this")
    ap.add_argument("--policy", default="default", help="policy name or file (default: default)")
    ap.add_argument("--shared-guard", action="store_true",
                    help="one Guard for all shapes and both doors (faster; shapes may see each other)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    shapes = [s for s in SHAPES if not args.only or args.only in s.id]
    data = run(shapes, policy=args.policy, fresh=not args.shared_guard, verbose=args.verbose)
    if not args.only:
        name = "egress" if args.policy == "default" else f"egress-{Path(args.policy).stem}"
        print("wrote", write(name, data))


if __name__ == "__main__":
    main()
