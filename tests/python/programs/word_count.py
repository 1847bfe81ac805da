# wc-style counting over embedded documents: lines, words, characters and
# bytes, longest line, and a merged vocabulary in sorted order.

DOCS = {
    "readme.txt": "Taipan runs Python.\nIt aims to be fast.\n\nVery fast, we hope.\n",
    "poem.txt": "Tyger Tyger, burning bright,\nIn the forests of the night;\n"
                "What immortal hand or eye,\nCould frame thy fearful symmetry?\n",
    "unicode.txt": "naïve café — déjà vu\n日本語のテキスト\nemoji: \U0001F40D\U0001F680\n",
    "empty.txt": "",
    "no_newline.txt": "last line without newline",
}


def wc(text):
    lines = text.count("\n")
    words = len(text.split())
    chars = len(text)
    size = len(text.encode("utf-8"))
    longest = max((len(line) for line in text.split("\n")), default=0)
    return lines, words, chars, size, longest


totals = [0, 0, 0, 0, 0]
print(f"{'lines':>6}{'words':>7}{'chars':>7}{'bytes':>7}{'max':>5}  file")
for name in sorted(DOCS):
    counts = wc(DOCS[name])
    for i, c in enumerate(counts):
        totals[i] = max(totals[i], c) if i == 4 else totals[i] + c
    print("".join(f"{c:>{w}}" for c, w in zip(counts, (6, 7, 7, 7, 5))) + "  " + name)
print("".join(f"{c:>{w}}" for c, w in zip(totals, (6, 7, 7, 7, 5))) + "  total")

vocabulary = {}
for name, text in DOCS.items():
    for raw in text.split():
        word = raw.strip(".,;:?!—").lower()
        if word:
            vocabulary.setdefault(word, set()).add(name)
print("vocabulary size:", len(vocabulary))
shared = sorted(w for w, files in vocabulary.items() if len(files) > 1)
print("in several files:", shared)
print("first ten:", sorted(vocabulary)[:10])
print("last three:", sorted(vocabulary)[-3:])
non_ascii = sorted(w for w in vocabulary if not w.isascii())
print("non-ascii words:", non_ascii)
print("by length:", sorted(vocabulary, key=lambda w: (-len(w), w))[:4])
