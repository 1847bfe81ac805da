# A recording that reaches the trace-length cap in the middle of an instruction whose recording
# had already changed the frame (BUILD_TUPLE pops its items before it emits its NEW_TUPLE), in
# the loop's own frame or in an inlined call: the abort must leave tier 1 the frame as it was
# before that instruction, not a stack the recording had half consumed. Found as tomllib's
# parse_array returning another local's value as its position. The loop bodies are long runs of
# one-op statements or of equal calls, so that the cap falls on such an instruction for some of
# the prefixes.


def build(prefix, runs, call):
    lines = ["def loop(n, mk):", "    out = []", "    for i in range(n):"]
    for k in range(prefix):
        lines.append("        p%d = (i, %d)" % (k, k))
    for k in range(runs):
        if call:
            lines.append("        t%d = mk(i, %d)" % (k, k))
        else:
            lines.append("        t%d = (i, %d)" % (k, k))
    lines.append("        out.append((%s))" % ", ".join("t%d" % k for k in range(runs)))
    lines.append("    return out")
    scope = {}
    exec("\n".join(lines), scope)
    return scope["loop"]


def mk(i, k):
    # a local after the arguments: a BUILD_TUPLE run on a stack it had already popped would
    # build (k, -1) from the locals below it
    unused = -1
    return i, k


def run(kind, prefix, runs, call):
    try:
        out = build(prefix, runs, call)(30, mk)
    except Exception as e:
        print(kind, prefix, "raised", type(e).__name__)
        return
    wrong = [(i, k, t) for i, row in enumerate(out) for k, t in enumerate(row) if t != (i, k)]
    print(kind, prefix, len(out), len(wrong), wrong[:2])


def nested(src, pos):
    # tomllib's parse_array shape: a recursive inlined call returning (position, value)
    pos += 1
    items = []
    while True:
        if src[pos] == "[":
            pos, v = nested(src, pos)
        else:
            v = int(src[pos])
            pos += 1
        items.append(v)
        if src[pos] == "]":
            return pos + 1, items
        pos += 1


for prefix in (0, 1, 2, 3):
    run("tuples", prefix, 620, False)

for prefix in range(12):
    run("calls", prefix, 160, True)

total = 0
for i in range(400):
    src = "[[1,2],[3,[4,5]],%d,[[%d]]]" % (i % 10, (i * 7) % 10)
    end, value = nested(src, 0)
    total += end + len(value) + value[2]
print("nested", total)
