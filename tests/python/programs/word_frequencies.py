# Text processing: normalise, count words, n-grams and letter statistics,
# then print ranked tables. Ties are broken alphabetically so the output
# never depends on hashing.

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way -- in short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good
or for evil, in the superlative degree of comparison only.
"""

STOP = {"the", "of", "it", "was", "we", "to", "in", "or", "for", "so", "on", "its", "all"}


def normalise(text):
    out = []
    for ch in text.lower():
        out.append(ch if ch.isalpha() or ch == "'" else " ")
    return "".join(out).split()


def count(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def ranked(counts, n):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def table(title, rows):
    print(title)
    width = max(len(str(k)) for k, _ in rows)
    for key, value in rows:
        label = " ".join(key) if isinstance(key, tuple) else key
        print(f"  {label:<{width + 4}} {value:>3} {'#' * value}")


words = normalise(TEXT)
print("words:", len(words), "distinct:", len(set(words)))
freq = count(words)
table("top words", ranked(freq, 8))
content = {w: c for w, c in freq.items() if w not in STOP}
table("top content words", ranked(content, 6))
bigrams = count(zip(words, words[1:]))
table("top bigrams", ranked(bigrams, 5))
trigrams = count(zip(words, words[1:], words[2:]))
print("most common trigram:", ranked(trigrams, 1)[0])
letters = count(ch for ch in TEXT.lower() if ch.isalpha())
print("letters:", "".join(k for k, _ in ranked(letters, 10)))
lengths = count(len(w) for w in words)
for length in sorted(lengths):
    print(f"  length {length:2}: {lengths[length]}")
longest = sorted(set(words), key=lambda w: (-len(w), w))[:3]
print("longest:", longest)
singletons = sorted(w for w, c in freq.items() if c == 1)
print("hapax legomena:", len(singletons), singletons[:5])
by_initial = {}
for w in sorted(set(words)):
    by_initial.setdefault(w[0], []).append(w)
print("initials:", "".join(sorted(by_initial)))
print("w-words:", by_initial["w"])
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",") if s.strip()]
print("clauses:", len(sentences), "shortest:", min(sentences, key=lambda s: (len(s), s)))
capitalised = sorted({w.strip(".,-") for w in TEXT.split() if w[:1].isupper()})
print("capitalised:", capitalised)
