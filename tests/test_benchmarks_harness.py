"""The sidecar benchmark's harness (benchmarks/harness) on hand-made inputs: the Prometheus
parser and its bucket quantiles, added latency over rounds, and the load generator's HTTP/1.1
client against a tiny loopback server (content-length and chunked SSE answers)."""

from __future__ import annotations

import asyncio

import orjson
import pytest

from benchmarks.harness import loadgen
from benchmarks.harness.prometheus import histogram_delta, histograms
from benchmarks.harness.stats import block_stats, summarise

PAGE = """\
# HELP sovereign_guard_detection_ms Detection time
# TYPE sovereign_guard_detection_ms histogram
sovereign_guard_detection_ms_bucket{le="5.0",route="chat/completions"} 10.0
sovereign_guard_detection_ms_bucket{le="10.0",route="chat/completions"} 30.0
sovereign_guard_detection_ms_bucket{le="+Inf",route="chat/completions"} 40.0
sovereign_guard_detection_ms_sum{route="chat/completions"} 400.0
sovereign_guard_detection_ms_count{route="chat/completions"} 40.0
sovereign_guard_detection_ms_bucket{le="5.0",route="messages"} 7.0
sovereign_guard_detection_ms_count{route="messages"} 7.0
sovereign_guard_upstream_ms_count{route="chat/completions"} 3.0
sovereign_guard_requests_total{route="chat/completions"} 40.0
"""


def test_histograms_of_one_route_only():
    h = histograms(PAGE)
    assert set(h) == {"detection", "upstream"}
    assert h["detection"] == {"buckets": {5.0: 10.0, 10.0: 30.0, float("inf"): 40.0},
                              "sum": 400.0, "count": 40.0}
    assert histograms(PAGE, route="messages")["detection"]["count"] == 7.0


def test_histogram_delta_between_scrapes():
    after = histograms(PAGE)
    assert histogram_delta(after, after, "detection") is None  # nothing new
    # 40 observations: the median (rank 20) lies halfway into the 5-10 ms bucket; the p95
    # falls in +Inf, reported as that bucket's lower bound.
    assert histogram_delta({}, after, "detection") == {
        "count": 40, "mean_ms": 10.0, "p50_ms_est": 7.5, "p95_ms_est": 10.0}
    before = {"detection": {"buckets": {5.0: 10.0, 10.0: 10.0, float("inf"): 10.0},
                            "sum": 50.0, "count": 10.0}}
    # Only the 30 new ones count: none below 5 ms, 20 in 5-10 ms, 10 above.
    assert histogram_delta(before, after, "detection") == {
        "count": 30, "mean_ms": 11.667, "p50_ms_est": 8.75, "p95_ms_est": 10.0}


def test_added_latency_is_the_median_of_per_round_differences():
    def row(p50):
        return {"p50_ms": p50, "p95_ms": p50 * 2, "p99_ms": p50 * 3, "mean_ms": p50}

    rounds = {"c1": {"direct": [row(10), row(12), row(11)],
                     "sidecar": [row(20), row(30), row(22)]}}
    s = summarise(rounds, ["direct", "sidecar"])["c1"]
    assert s["direct"]["p50_ms"] == 11 and "added_p50_ms" not in s["direct"]
    assert s["sidecar"]["added_p50_ms"] == 11  # differences 10, 18, 11
    assert s["sidecar"]["rounds"] == 3


def test_block_stats_counts_failures_apart():
    block = loadgen.Block(latencies=[1.0, 2.0, 3.0], wall=0.5)
    block.statuses.update({200: 3, 503: 1})
    block.errors["TimeoutError"] += 2
    s = block_stats(block, server_cpu=0.03, client_cpu=0.003, stream=False)
    assert (s["n"], s["errors"], s["statuses"], s["p50_ms"]) == (3, 2, {"200": 3, "503": 1}, 2.0)
    assert (s["rps"], s["server_cpu_ms_per_req"]) == (6.0, 10.0)


def _sse(*contents: str) -> bytes:
    events = [b"data: " + orjson.dumps({"choices": [{"delta": {"content": c}}]}) + b"\n\n"
              for c in contents]
    return b"".join(events) + b"data: [DONE]\n\n"


def test_streamed_and_answered_text():
    assert loadgen.streamed_text(_sse("", "Hel", "lo")) == "Hello"
    plain = orjson.dumps({"choices": [{"message": {"content": "Hello"}}]})
    assert loadgen.answered_text(plain, stream=False) == "Hello"
    assert loadgen.answered_text(b"not json", stream=False) is None


async def _serve_once(answers: list[bytes]) -> tuple[asyncio.AbstractServer, int]:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        for answer in answers:  # one keep-alive connection, one answer per request
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
            await reader.readexactly(length)
            writer.write(answer)
            await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]


@pytest.mark.parametrize("stream", [False, True])
def test_connection_reads_length_and_chunked_answers(stream):
    body = _sse("Hi", " there") if stream else b'{"choices": []}'
    if stream:
        chunks = [body[:20], body[20:]]
        answer = (b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n"
                  b"x-sovereign-guard-decision: redact\r\n\r\n"
                  + b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in chunks) + b"0\r\n\r\n")
    else:
        answer = b"HTTP/1.1 200 OK\r\ncontent-length: %d\r\n\r\n%s" % (len(body), body)

    async def go():
        server, port = await _serve_once([answer, answer])
        conn = await loadgen.Conn(port).open()
        try:
            first = await conn.exchange(loadgen.request_bytes(port, b"{}"), stream)
            second = await conn.exchange(loadgen.request_bytes(port, b"{}"), stream)  # same socket
        finally:
            conn.close()
            server.close()
        return first, second

    first, second = asyncio.run(go())
    for ans in (first, second):
        assert ans.status == 200 and ans.body == body
        assert (ans.first_content is not None) is stream
    if stream:
        assert first.headers["x-sovereign-guard-decision"] == "redact"
