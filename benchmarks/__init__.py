"""The benchmark and quality scripts (each runs as `python benchmarks/NAME.py`), importable as a
package for the tests: `from benchmarks import egress`, `from benchmarks.harness import ...`.

`common` holds what the scripts share (prompts, timing, JSON output, egress measurement);
`harness` the load-testing parts of `proxy.py` (process manager, load generator, Prometheus
parser, statistics).
"""
