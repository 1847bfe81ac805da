"""Text-processing benchmark: word and bigram counting over generated prose.

Builds a document of N sentences from a syllable generator (deterministic), then tokenises
it with str methods (split, strip, lower, replace, join, startswith), counts words and bigrams
in dicts, sorts by frequency and builds a short report. Exercises str creation and hashing,
dict get/set and sorting with key functions.

Usage: python3 bench/wordcount.py [N]    N = number of sentences
"""
# bench-size: default=80000 quick=500
import sys

SYLLABLES = ["ka", "lo", "mi", "ren", "tu", "sha", "vo", "ni", "qua", "der", "el", "ix",
             "or", "bel", "un", "sta", "pe", "gri", "zo", "am"]
PUNCTUATION = [",", ";", ":", "", "", "", ""]
ENDINGS = [".", "!", "?", "."]


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def make_vocabulary(rng, size):
    words = []
    seen = set()
    while len(words) < size:
        word = "".join(SYLLABLES[rng.below(len(SYLLABLES))] for _ in range(1 + rng.below(3)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def make_text(sentences, seed):
    rng = Rng(seed)
    vocabulary = make_vocabulary(rng, 600)
    lines = []
    for _ in range(sentences):
        length = 4 + rng.below(9)
        parts = []
        for i in range(length):
            # A Zipf-like skew: low indices are much more frequent.
            index = rng.below(len(vocabulary))
            index = index * rng.below(len(vocabulary)) // len(vocabulary)
            word = vocabulary[index]
            if i == 0:
                word = word.capitalize()
            parts.append(word + PUNCTUATION[rng.below(len(PUNCTUATION))])
        lines.append(" ".join(parts) + ENDINGS[rng.below(len(ENDINGS))])
    return "\n".join(lines)


def tokenize(text):
    words = []
    for line in text.splitlines():
        for raw in line.replace(";", " ").split():
            word = raw.strip(",.:!?").lower()
            if word:
                words.append(word)
    return words


def count(words):
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    bigrams = {}
    previous = None
    for w in words:
        if previous is not None:
            key = previous + " " + w
            if key in bigrams:
                bigrams[key] += 1
            else:
                bigrams[key] = 1
        previous = w
    return freq, bigrams


def report(freq, bigrams):
    top = sorted(freq.items(), key=lambda item: (-item[1], item[0]))[:10]
    top_pairs = sorted(bigrams, key=lambda k: (-bigrams[k], k))[:5]
    longest = max(freq, key=lambda w: (len(w), w))
    vowels = sum(n for w, n in freq.items() if w.startswith(("a", "e", "i", "o", "u")))
    lines = ["%s=%d" % (w, n) for w, n in top]
    lines.append("|".join(top_pairs))
    lines.append("%s %d %d" % (longest, vowels, len(bigrams)))
    return "\n".join(lines)


def main(sentences):
    text = make_text(sentences, 7)
    words = tokenize(text)
    freq, bigrams = count(words)
    summary = report(freq, bigrams)
    fold = 0
    for ch in summary:
        fold = (fold * 131 + ord(ch)) % 1000000007
    print("checksum wordcount", sentences, len(text), len(words), len(freq), fold)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 80000)
