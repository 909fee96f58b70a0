"""Complete answers across flavours: Anthropic message ⇄ OpenAI chat.completion, errors too."""

from __future__ import annotations

import time
from typing import Any

import orjson

# Anthropic stop_reason → OpenAI finish_reason, and back.
FINISH_TO_OPENAI = {
    "end_turn": "stop", "stop_sequence": "stop", "pause_turn": "stop",
    "max_tokens": "length", "model_context_window_exceeded": "length",
    "tool_use": "tool_calls", "refusal": "content_filter",
}
STOP_TO_ANTHROPIC = {
    "stop": "end_turn", "length": "max_tokens", "tool_calls": "tool_use",
    "function_call": "tool_use", "content_filter": "refusal",
}


def usage_to_openai(usage: dict | None) -> dict:
    usage = usage or {}
    prompt = sum(int(usage.get(k) or 0) for k in
                 ("input_tokens", "cache_read_input_tokens", "cache_creation_input_tokens"))
    completion = int(usage.get("output_tokens") or 0)
    return {"prompt_tokens": prompt, "completion_tokens": completion,
            "total_tokens": prompt + completion}


def usage_to_anthropic(usage: dict | None) -> dict:
    usage = usage or {}
    return {"input_tokens": int(usage.get("prompt_tokens") or 0),
            "output_tokens": int(usage.get("completion_tokens") or 0)}


def message_to_chat(msg: dict[str, Any], model: str) -> dict[str, Any]:
    texts, calls = [], []
    for block in msg.get("content") or ():
        if block.get("type") == "text":
            texts.append(block.get("text", ""))
        elif block.get("type") == "tool_use":
            calls.append({"id": block.get("id"), "type": "function", "function": {
                "name": block.get("name"),
                "arguments": orjson.dumps(block.get("input") or {}).decode()}})
    message: dict[str, Any] = {"role": "assistant", "content": "".join(texts) or None}
    if calls:
        message["tool_calls"] = calls
    return {"id": msg.get("id", "msg"), "object": "chat.completion", "created": int(time.time()),
            "model": msg.get("model", model),
            "choices": [{"index": 0, "message": message, "logprobs": None,
                         "finish_reason": FINISH_TO_OPENAI.get(msg.get("stop_reason"), "stop")}],
            "usage": usage_to_openai(msg.get("usage"))}


def chat_to_message(chat: dict[str, Any], model: str) -> dict[str, Any]:
    choice = (chat.get("choices") or [{}])[0]
    message = choice.get("message") or {}
    content: list[dict] = []
    if message.get("content"):
        content.append({"type": "text", "text": message["content"]})
    for call in message.get("tool_calls") or ():
        fn = call.get("function") or {}
        try:
            args = orjson.loads(fn.get("arguments") or "{}")
        except orjson.JSONDecodeError:
            args = {"arguments": fn.get("arguments")}  # a model's broken JSON, kept readable
        content.append({"type": "tool_use", "id": call.get("id"), "name": fn.get("name"),
                        "input": args})
    return {"id": chat.get("id", "msg"), "type": "message", "role": "assistant",
            "model": chat.get("model", model), "content": content,
            "stop_reason": STOP_TO_ANTHROPIC.get(choice.get("finish_reason"), "end_turn"),
            "stop_sequence": None, "usage": usage_to_anthropic(chat.get("usage"))}


def error_message(body: Any) -> str:
    """The vendor's own error message, whichever shape it came in."""
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        return str(body["error"].get("message") or "vendor error")
    return "vendor error"


def message_to_completion(msg: dict[str, Any], model: str) -> dict[str, Any]:
    """An Anthropic message as a legacy `text_completion` (its text blocks, joined)."""
    text = "".join(b.get("text", "") for b in msg.get("content") or ()
                   if isinstance(b, dict) and b.get("type") == "text")
    return {"id": msg.get("id", "cmpl"), "object": "text_completion",
            "created": int(time.time()), "model": msg.get("model", model),
            "choices": [{"index": 0, "text": text, "logprobs": None,
                         "finish_reason": FINISH_TO_OPENAI.get(msg.get("stop_reason"), "stop")}],
            "usage": usage_to_openai(msg.get("usage"))}
