# Random mixes of read(n), readline(limit), tell() and seek() on text files, over encodings
# and newline modes (a fixed linear congruential sequence, so the run is deterministic).
import sys
import posix

p = "%s.%d%s.tmp" % (__file__, posix.getpid(), "".join(sorted(k + v for k, v in sys._xoptions.items())))
state = [12345]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n
pieces = ["a", "bc", "é", "\U0001F600", "\r", "\n", "\r\n", "xyz", "\u4e2d"]
try:
    for trial in range(30):
        text = "".join(pieces[rnd(len(pieces))] for _ in range(rnd(3000) + 1))
        enc = ["utf-8", "utf-16", "latin-1", "utf-8-sig"][rnd(4)]
        if enc == "latin-1":
            text = text.encode("ascii", "ignore").decode() or "q"
        nl = [None, "", "\n", "\r", "\r\n"][rnd(5)]
        with open(p, "w", encoding=enc, newline="") as f:
            f.write(text)
        out = []
        with open(p, encoding=enc, newline=nl) as f:
            cookies = []
            for step in range(30):
                op = rnd(4)
                if op == 0:
                    out.append(repr(f.read(rnd(50))))
                elif op == 1:
                    out.append(repr(f.readline(rnd(30) - 5)))
                elif op == 2:
                    c = f.tell()
                    cookies.append(c)
                    out.append(str(c))
                elif cookies:
                    c = cookies[rnd(len(cookies))]
                    f.seek(c)
                    out.append("seek")
            out.append(repr(f.newlines))
        print(trial, enc, repr(nl), len(text))
        print("|".join(out))
finally:
    posix.remove(p)
