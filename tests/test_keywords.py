"""The shared keyword gate (`common.Keywords`): one Aho-Corasick pass per text answers every
gate, with the meaning of `any(word in text.lower() for word in words)`."""

from __future__ import annotations

import threading

from sovereign_guard.detect.common import Keywords


def plain(words: tuple[str, ...], text: str) -> bool:
    return any(w.lower() in text.lower() for w in words)


def test_a_gate_answers_as_substring_tests_would():
    gates = [Keywords("passw", "secret"), Keywords("User", "login"), Keywords("密碼", "口令"),
             Keywords("://"), Keywords()]
    texts = ["the PASSWORD is in the vault", "Usernames and logins", "請把密碼寄給我",
             "see https://example.org", "nothing to see", ""]
    for gate in gates:
        for text in texts:
            assert bool(gate.search(text)) is plain(gate.words, text), (gate.words, text)


def test_a_gate_made_after_a_text_was_scanned_is_still_answered():
    text = "the zebracorn token rotated"
    assert Keywords("token").search(text)  # scans the text with the current automaton
    late = Keywords("zebracorn")  # a new word: the automaton is rebuilt, the scan redone
    assert late.search(text) and not Keywords("unicornzebra").search(text)


def test_the_empty_word_is_in_every_text():
    assert Keywords("", "never-there").search("anything")


def test_threads_each_get_their_own_texts_answer():
    gate, errors = Keywords("needle"), []

    def work(text: str, expected: bool) -> None:
        for _ in range(2000):
            if bool(gate.search(text)) is not expected:
                errors.append(text)

    threads = [threading.Thread(target=work, args=(f"hay {i} " + ("needle" if i % 2 else "straw"),
                                                  bool(i % 2))) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_near_with_its_words_answers_as_the_pattern_alone():
    from sovereign_guard.detect.common import near, words_regex

    words = ("Ship to", "address", "送貨")
    pattern, starts = words_regex(words), tuple(w.lower() for w in words)
    texts = ["please SHIP TO 12 Elm St today", "my Address: 12 Elm St", "relationship to 12 Elm St",
             "送貨地址 12 Elm St", "nothing 12 Elm St here", "ADDRESSED 12 Elm St"]
    for text in texts:
        at = text.index("12")
        assert (near(text, at, at + 9, pattern, starts=starts)
                is near(text, at, at + 9, pattern)), text
