"""The parts of the sidecar benchmark (`benchmarks/proxy.py`) that are not about the sidecar:

- `processes`: servers started as child processes, their readiness, CPU and memory (/proc);
- `loadgen`: a minimal HTTP/1.1 keep-alive client and the closed-loop load generator;
- `prometheus`: histograms read from a /metrics page, and their difference between scrapes;
- `stats`: the figures of one measured block, and medians over rounds.
"""
