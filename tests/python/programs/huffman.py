# Huffman compression: build the tree with a sorted work list (ties broken by
# insertion order, so the code is deterministic), encode, decode, and report
# the compression ratio.

TEXT = ("she sells sea shells by the sea shore; the shells she sells are surely "
        "sea shells, so if she sells shells on the sea shore, I'm sure she sells "
        "sea shore shells.")


class Leaf:
    def __init__(self, symbol, weight, order):
        self.symbol = symbol
        self.weight = weight
        self.order = order


class Branch:
    def __init__(self, left, right, order):
        self.left = left
        self.right = right
        self.weight = left.weight + right.weight
        self.order = order


def frequencies(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    return freq


def build_tree(freq):
    work = [Leaf(sym, w, i) for i, (sym, w) in enumerate(sorted(freq.items()))]
    order = len(work)
    while len(work) > 1:
        work.sort(key=lambda n: (n.weight, n.order))
        a, b = work[0], work[1]
        work = work[2:] + [Branch(a, b, order)]
        order += 1
    return work[0]


def codes(node, prefix="", table=None):
    if table is None:
        table = {}
    if isinstance(node, Leaf):
        table[node.symbol] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table


def encode(text, table):
    return "".join(table[ch] for ch in text)


def decode(bits, tree):
    out = []
    node = tree
    for bit in bits:
        node = node.left if bit == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.symbol)
            node = tree
    return "".join(out)


def pack(bits):
    padded = bits + "0" * (-len(bits) % 8)
    return bytes(int(padded[i:i + 8], 2) for i in range(0, len(padded), 8))


freq = frequencies(TEXT)
tree = build_tree(freq)
table = codes(tree)
print("symbols:", len(freq), "total weight:", tree.weight)
for sym, code in sorted(table.items(), key=lambda kv: (len(kv[1]), kv[1])):
    print(f"  {sym!r:5} freq={freq[sym]:3} code={code}")
bits = encode(TEXT, table)
packed = pack(bits)
print("bits:", len(bits), "bytes:", len(packed), "original bytes:", len(TEXT.encode()))
print("ratio: %.3f" % (len(packed) / len(TEXT.encode())))
print("first bytes:", packed[:8].hex(" "))
print("round trip:", decode(bits, tree) == TEXT)
weighted = sum(freq[s] * len(c) for s, c in table.items())
print("weighted path length:", weighted, weighted == len(bits))
prefix_free = all(not b.startswith(a) for a in table.values() for b in table.values() if a != b)
print("prefix free:", prefix_free)
single = build_tree({"x": 5})
print("single symbol:", codes(single), decode(encode("xxx", codes(single)), Branch(single, single, 0)))
