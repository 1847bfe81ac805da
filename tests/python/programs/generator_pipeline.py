# A log-processing pipeline of chained generators: parse, filter, enrich,
# window and aggregate, with send() used for a running statistics sink.

LOG = """\
2026-11-30T01:00:01 INFO  api     GET /users 200 12ms
2026-11-30T01:00:02 WARN  api     GET /users/7 404 3ms
2026-11-30T01:00:02 INFO  db      query users 8ms
2026-11-30T01:00:03 ERROR api     POST /orders 500 120ms
2026-11-30T01:00:04 INFO  api     GET /orders 200 45ms
this line is garbage
2026-11-30T01:00:05 INFO  cache   hit users:7 1ms
2026-11-30T01:00:06 ERROR db      timeout orders 3000ms
2026-11-30T01:00:07 INFO  api     GET /health 200 1ms
2026-11-30T01:00:08 WARN  cache   miss orders:9 2ms
2026-11-30T01:00:09 INFO  api     GET /users 200 15ms
2026-11-30T01:00:10 INFO  api     DELETE /users/3 204 30ms
"""


def read_lines(text):
    for number, line in enumerate(text.splitlines(), 1):
        yield number, line


def parse(lines):
    for number, line in lines:
        parts = line.split()
        if len(parts) < 4 or not parts[-1].endswith("ms"):
            print(f"  skipping line {number}: {line!r}")
            continue
        stamp, level, component = parts[0], parts[1], parts[2]
        yield {
            "line": number,
            "second": int(stamp[-2:]),
            "level": level,
            "component": component,
            "message": " ".join(parts[3:-1]),
            "ms": int(parts[-1][:-2]),
        }


def only(levels, records):
    for r in records:
        if r["level"] in levels:
            yield r


def enrich(records):
    for r in records:
        r = dict(r)
        r["slow"] = r["ms"] >= 100
        yield r


def windows(records, size):
    window = []
    for r in records:
        window.append(r)
        if len(window) == size:
            yield tuple(window)
            window = window[size // 2:]
    if window:
        yield tuple(window)


def stats_sink():
    count = 0
    total = 0
    worst = None
    try:
        while True:
            r = yield
            count += 1
            total += r["ms"]
            if worst is None or r["ms"] > worst["ms"]:
                worst = r
    except GeneratorExit:
        print(f"  sink closed: {count} records, mean {total / max(count, 1):.1f}ms, "
              f"worst line {worst['line'] if worst else None}")


def tee_to(sink, records):
    for r in records:
        sink.send(r)
        yield r


print("all records:")
sink = stats_sink()
next(sink)
records = list(tee_to(sink, enrich(parse(read_lines(LOG)))))
sink.close()
print("parsed", len(records))

by_component = {}
for r in records:
    by_component.setdefault(r["component"], []).append(r["ms"])
for component in sorted(by_component):
    times = by_component[component]
    print(f"  {component:<6} n={len(times)} total={sum(times)}ms max={max(times)}ms")

print("problems only:")
for r in only({"WARN", "ERROR"}, enrich(parse(read_lines(LOG)))):
    print(f"  line {r['line']:2} {r['level']:<5} {r['component']:<6} {r['message']} slow={r['slow']}")

print("windows of 4:")
for w in windows(parse(read_lines(LOG)), 4):
    print("  seconds", [r["second"] for r in w], "sum", sum(r["ms"] for r in w))

lazy = parse(read_lines(LOG))
first_two = [next(lazy)["line"], next(lazy)["line"]]
print("lazy first two:", first_two)
rest = sum(1 for _ in lazy)
print("remaining after two:", rest)
slowest = max(enrich(parse(read_lines(LOG))), key=lambda r: (r["ms"], -r["line"]))
print("slowest:", slowest["message"], slowest["ms"])
