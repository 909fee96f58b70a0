"""Request bodies across flavours: OpenAI chat completions ⇄ Anthropic Messages.

Each top-level field of the caller's body is in exactly one table below: mapped (a function
of the value), dropped (harmless without a counterpart) or refused (no counterpart, and
dropping it would change the answer the caller asked for). A field in no table is refused
too: nothing is passed through, or lost, silently.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson

# Anthropic requires max_tokens; OpenAI does not. Used when an OpenAI caller gives none.
DEFAULT_MAX_TOKENS = 4096


class Untranslatable(ValueError):
    """A request field with no counterpart in the vendor's API; `field` names it."""

    def __init__(self, field: str, why: str = "has no counterpart in the vendor's API"):
        super().__init__(f"'{field}' {why}")
        self.field = field


# -- OpenAI chat → Anthropic Messages ---------------------------------------------------------

OPENAI_DROPPED = frozenset({
    "store", "metadata", "service_tier", "seed", "frequency_penalty", "presence_penalty",
    "stream_options", "reasoning_effort", "prompt_cache_key", "safety_identifier", "verbosity",
})
OPENAI_REFUSED = frozenset({
    "logprobs", "top_logprobs", "logit_bias", "audio", "modalities", "prediction",
    "web_search_options", "functions", "function_call",
})


def openai_to_anthropic(body: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"model": body["model"]}
    for key, value in body.items():
        if key in ("model", "messages") or value is None:
            continue
        if key in OPENAI_DROPPED:
            continue
        if key in OPENAI_REFUSED and value not in (False, [], {}):
            raise Untranslatable(key)
        if key == "response_format":
            if isinstance(value, dict) and value.get("type") == "text":
                continue
            raise Untranslatable(key)
        if key == "n":
            if value != 1:
                raise Untranslatable("n", "above 1 has no counterpart in the vendor's API")
            continue
        mapper = _TO_ANTHROPIC.get(key)
        if mapper is None:
            raise Untranslatable(key)
        mapper(value, out)
    system, messages = _messages_to_anthropic(body.get("messages"))
    if system:
        out["system"] = system
    out["messages"] = messages
    out.setdefault("max_tokens", DEFAULT_MAX_TOKENS)
    if body.get("parallel_tool_calls") is False:
        out.setdefault("tool_choice", {"type": "auto"})["disable_parallel_tool_use"] = True
    return out


def _set(name: str) -> Callable[[Any, dict], None]:
    def put(value: Any, out: dict) -> None:
        out[name] = value
    return put


def _stop(value: Any, out: dict) -> None:
    out["stop_sequences"] = [value] if isinstance(value, str) else list(value)


def _tools_to_anthropic(value: Any, out: dict) -> None:
    tools = []
    for i, tool in enumerate(value or ()):
        if not isinstance(tool, dict) or tool.get("type", "function") != "function":
            raise Untranslatable(f"tools[{i}].type")
        fn = tool.get("function") or {}
        item = {"name": fn.get("name"),
                "input_schema": fn.get("parameters") or {"type": "object", "properties": {}}}
        if fn.get("description"):
            item["description"] = fn["description"]
        tools.append(item)
    out["tools"] = tools


def _tool_choice_to_anthropic(value: Any, out: dict) -> None:
    if isinstance(value, dict):
        name = (value.get("function") or {}).get("name")
        if value.get("type") != "function" or not name:
            raise Untranslatable("tool_choice")
        choice = {"type": "tool", "name": name}
    elif value in _CHOICE_TO_ANTHROPIC:
        choice = {"type": _CHOICE_TO_ANTHROPIC[value]}
    else:
        raise Untranslatable("tool_choice")
    out["tool_choice"] = {**out.get("tool_choice", {}), **choice}


def _user(value: Any, out: dict) -> None:
    out["metadata"] = {"user_id": value}


_CHOICE_TO_ANTHROPIC = {"auto": "auto", "required": "any", "none": "none"}

_TO_ANTHROPIC: dict[str, Callable[[Any, dict], None]] = {
    "max_tokens": _set("max_tokens"),
    "max_completion_tokens": _set("max_tokens"),
    "temperature": _set("temperature"),
    "top_p": _set("top_p"),
    "stream": _set("stream"),
    "stop": _stop,
    "tools": _tools_to_anthropic,
    "tool_choice": _tool_choice_to_anthropic,
    "user": _user,
    "parallel_tool_calls": lambda value, out: None,  # with tool_choice, after the loop
}


def _messages_to_anthropic(messages: Any) -> tuple[list[dict], list[dict]]:
    if not isinstance(messages, list):
        raise Untranslatable("messages", "must be a list")
    system: list[dict] = []
    out: list[dict] = []
    for i, m in enumerate(messages):
        if not isinstance(m, dict):
            raise Untranslatable(f"messages[{i}]", "must be an object")
        role = m.get("role")
        if role in ("system", "developer"):
            system.extend(_text_blocks(m.get("content"), f"messages[{i}].content"))
            continue
        if role == "user":
            blocks = _user_blocks(m.get("content"), f"messages[{i}].content")
        elif role == "assistant":
            blocks = _assistant_blocks(m, i)
        elif role == "tool":
            blocks = [{"type": "tool_result", "tool_use_id": m.get("tool_call_id"),
                       "content": _text_blocks(m.get("content"), f"messages[{i}].content")}]
            role = "user"
        else:
            raise Untranslatable(f"messages[{i}].role")
        if out and out[-1]["role"] == role:  # Anthropic alternates roles: consecutive merge
            out[-1]["content"].extend(blocks)
        else:
            out.append({"role": role, "content": blocks})
    return system, out


def _text_blocks(content: Any, where: str) -> list[dict]:
    if content is None:
        return []
    if isinstance(content, str):
        return [{"type": "text", "text": content}] if content else []
    blocks = []
    for j, part in enumerate(content if isinstance(content, list) else ()):
        if not isinstance(part, dict) or part.get("type") != "text":
            raise Untranslatable(f"{where}[{j}]", "must be text here")
        blocks.append({"type": "text", "text": part.get("text", "")})
    return blocks


def _user_blocks(content: Any, where: str) -> list[dict]:
    if not isinstance(content, list):
        return _text_blocks(content, where)
    blocks = []
    for j, part in enumerate(content):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind == "text":
            blocks.append({"type": "text", "text": part.get("text", "")})
        elif kind == "image_url":
            blocks.append(_image_to_anthropic(part.get("image_url"), f"{where}[{j}]"))
        else:
            raise Untranslatable(f"{where}[{j}].type")
    return blocks


def _image_to_anthropic(image: Any, where: str) -> dict:
    url = image.get("url") if isinstance(image, dict) else image
    if not isinstance(url, str):
        raise Untranslatable(where)
    if url.startswith("data:"):
        head, _, data = url.partition(",")
        media_type = head[5:].split(";")[0]
        if ";base64" not in head:
            raise Untranslatable(where, "is a data URL that is not base64")
        return {"type": "image", "source": {"type": "base64", "media_type": media_type,
                                            "data": data}}
    return {"type": "image", "source": {"type": "url", "url": url}}


def _assistant_blocks(m: dict, i: int) -> list[dict]:
    blocks = _text_blocks(m.get("content"), f"messages[{i}].content")
    for j, call in enumerate(m.get("tool_calls") or ()):
        fn = call.get("function") or {}
        try:
            args = orjson.loads(fn.get("arguments") or "{}")
        except orjson.JSONDecodeError:
            raise Untranslatable(f"messages[{i}].tool_calls[{j}].function.arguments",
                                 "is not JSON") from None
        blocks.append({"type": "tool_use", "id": call.get("id"), "name": fn.get("name"),
                       "input": args})
    return blocks


# -- Anthropic Messages → OpenAI chat ---------------------------------------------------------

ANTHROPIC_DROPPED = frozenset({"top_k", "service_tier", "inference_geo", "container"})
ANTHROPIC_REFUSED = frozenset({"mcp_servers", "context_management"})


def anthropic_to_openai(body: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"model": body["model"]}
    messages: list[dict] = []
    for key, value in body.items():
        if key in ("model", "messages", "system") or value is None:
            continue
        if key in ANTHROPIC_DROPPED:
            continue
        if key == "thinking":
            if isinstance(value, dict) and value.get("type") == "disabled":
                continue
            raise Untranslatable("thinking")
        if key in ANTHROPIC_REFUSED:
            raise Untranslatable(key)
        mapper = _TO_OPENAI.get(key)
        if mapper is None:
            raise Untranslatable(key)
        mapper(value, out)
    system = body.get("system")
    if system:
        text = system if isinstance(system, str) else "\n\n".join(
            b.get("text", "") for b in _only_text(system, "system"))
        messages.append({"role": "system", "content": text})
    messages.extend(_messages_to_openai(body.get("messages")))
    out["messages"] = messages
    if out.get("stream"):
        out["stream_options"] = {"include_usage": True}  # Anthropic streams report usage
    return out


def _only_text(blocks: Any, where: str) -> list[dict]:
    if not isinstance(blocks, list):
        raise Untranslatable(where)
    for j, b in enumerate(blocks):
        if not isinstance(b, dict) or b.get("type") != "text":
            raise Untranslatable(f"{where}[{j}]", "must be text here")
    return blocks


def _stop_sequences(value: Any, out: dict) -> None:
    out["stop"] = list(value)


def _tools_to_openai(value: Any, out: dict) -> None:
    tools = []
    for i, tool in enumerate(value or ()):
        if not isinstance(tool, dict) or tool.get("type", "custom") != "custom":
            raise Untranslatable(f"tools[{i}].type")  # server tools (web search...) stay there
        fn = {"name": tool.get("name"),
              "parameters": tool.get("input_schema") or {"type": "object", "properties": {}}}
        if tool.get("description"):
            fn["description"] = tool["description"]
        tools.append({"type": "function", "function": fn})
    out["tools"] = tools


def _tool_choice_to_openai(value: Any, out: dict) -> None:
    kind = value.get("type") if isinstance(value, dict) else None
    if kind == "tool":
        out["tool_choice"] = {"type": "function", "function": {"name": value.get("name")}}
    elif kind in _CHOICE_TO_OPENAI:
        out["tool_choice"] = _CHOICE_TO_OPENAI[kind]
    else:
        raise Untranslatable("tool_choice")
    if value.get("disable_parallel_tool_use") and kind != "none":
        out["parallel_tool_calls"] = False


def _metadata(value: Any, out: dict) -> None:
    if isinstance(value, dict) and value.get("user_id"):
        out["user"] = value["user_id"]


_CHOICE_TO_OPENAI = {"auto": "auto", "any": "required", "none": "none"}

_TO_OPENAI: dict[str, Callable[[Any, dict], None]] = {
    "max_tokens": _set("max_tokens"),
    "temperature": _set("temperature"),
    "top_p": _set("top_p"),
    "stream": _set("stream"),
    "stop_sequences": _stop_sequences,
    "tools": _tools_to_openai,
    "tool_choice": _tool_choice_to_openai,
    "metadata": _metadata,
}


def _messages_to_openai(messages: Any) -> list[dict]:
    if not isinstance(messages, list):
        raise Untranslatable("messages", "must be a list")
    out: list[dict] = []
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or m.get("role") not in ("user", "assistant"):
            raise Untranslatable(f"messages[{i}].role")
        content = m.get("content")
        if isinstance(content, str):
            out.append({"role": m["role"], "content": content})
        elif m["role"] == "user":
            out.extend(_user_to_openai(content, f"messages[{i}].content"))
        else:
            out.append(_assistant_to_openai(content, f"messages[{i}].content"))
    return out


def _user_to_openai(blocks: Any, where: str) -> list[dict]:
    """Tool results become `tool` messages (first, as OpenAI wants them right after the
    assistant's calls); the rest one user message."""
    tools: list[dict] = []
    parts: list[dict] = []
    for j, b in enumerate(blocks if isinstance(blocks, list) else ()):
        kind = b.get("type") if isinstance(b, dict) else None
        if kind == "text":
            parts.append({"type": "text", "text": b.get("text", "")})
        elif kind == "image":
            parts.append({"type": "image_url",
                          "image_url": {"url": _image_url(b.get("source"), f"{where}[{j}]")}})
        elif kind == "tool_result":
            result = b.get("content")
            text = result if isinstance(result, str) else "".join(
                x.get("text", "") for x in _only_text(result or [], f"{where}[{j}].content"))
            tools.append({"role": "tool", "tool_call_id": b.get("tool_use_id"),
                          "content": text})
        else:
            raise Untranslatable(f"{where}[{j}].type")
    if parts:
        tools.append({"role": "user", "content": parts})
    return tools


def _image_url(source: Any, where: str) -> str:
    kind = source.get("type") if isinstance(source, dict) else None
    if kind == "url":
        return source["url"]
    if kind == "base64":
        return f"data:{source.get('media_type')};base64,{source.get('data')}"
    raise Untranslatable(f"{where}.source.type")


def _assistant_to_openai(blocks: Any, where: str) -> dict:
    texts: list[str] = []
    calls: list[dict] = []
    for j, b in enumerate(blocks if isinstance(blocks, list) else ()):
        kind = b.get("type") if isinstance(b, dict) else None
        if kind == "text":
            texts.append(b.get("text", ""))
        elif kind == "tool_use":
            calls.append({"id": b.get("id"), "type": "function", "function": {
                "name": b.get("name"), "arguments": orjson.dumps(b.get("input") or {}).decode()}})
        elif kind in ("thinking", "redacted_thinking"):
            continue  # the vendor cannot read another vendor's reasoning: harmless to drop
        else:
            raise Untranslatable(f"{where}[{j}].type")
    message: dict[str, Any] = {"role": "assistant", "content": "".join(texts) or None}
    if calls:
        message["tool_calls"] = calls
    return message


# -- OpenAI legacy completions → Anthropic Messages -------------------------------------------

# OpenAI's own default for /v1/completions (chat has none): kept, so the answer is as long.
COMPLETIONS_MAX_TOKENS = 16
COMPLETIONS_DROPPED = frozenset({"seed", "frequency_penalty", "presence_penalty",
                                 "stream_options"})
_COMPLETIONS_MAPPED = frozenset({"max_tokens", "temperature", "top_p", "stream", "stop",
                                 "user"})


def completions_to_anthropic(body: dict[str, Any]) -> dict[str, Any]:
    """A legacy completion's `prompt` as one user turn; the rest as for chat, or refused."""
    out: dict[str, Any] = {"model": body["model"]}
    for key, value in body.items():
        if key in ("model", "prompt") or value is None or key in COMPLETIONS_DROPPED:
            continue
        if key in ("n", "best_of"):
            if value != 1:
                raise Untranslatable(key, "above 1 has no counterpart in the vendor's API")
            continue
        if key in ("echo", "logprobs", "suffix", "logit_bias"):
            if value in (False, 0, "", {}):
                continue
            raise Untranslatable(key)
        if key not in _COMPLETIONS_MAPPED:
            raise Untranslatable(key)
        _TO_ANTHROPIC[key](value, out)
    prompt = body.get("prompt")
    if isinstance(prompt, list) and len(prompt) == 1 and isinstance(prompt[0], str):
        prompt = prompt[0]
    if not isinstance(prompt, str):  # token arrays, several prompts: no counterpart
        raise Untranslatable("prompt", "must be one string for the vendor's API")
    out["messages"] = [{"role": "user", "content": [{"type": "text", "text": prompt}]}]
    out.setdefault("max_tokens", COMPLETIONS_MAX_TOKENS)
    return out
