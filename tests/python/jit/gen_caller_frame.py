# A generator consumed by a traced loop looks at its consumer: sys._getframe(1) is the loop's frame
# (its function name and line: the `for` statement, also when the trace resumed the generator), the
# loop's running total as it is at that item (f_locals), and gi_running False between items.
import sys

def watcher(n, seen):
    for i in range(n):
        if i % 1000 == 0:
            caller = sys._getframe(1)
            seen.append((caller.f_code.co_name, caller.f_lineno, caller.f_locals.get("s")))
        yield i

def consume(n):
    s = 0
    seen = []
    g = watcher(n, seen)
    for x in g:
        s += x
    return s, seen, g.gi_running

def consume_two_lines(n):
    seen = []
    s = 0
    for x in watcher(
            n, seen):
        s += x
    return s, seen

print(consume(4000))
print(consume_two_lines(3000))
