# An exception raised inside an __init__ inlined into a traced loop: caught by the loop at some
# iterations, and finally uncaught (the traceback names the loop line and __init__'s line, as
# tier 1's).
class Fussy:
    def __init__(self, x, bad):
        self.x = x
        if x % bad == bad - 1:
            raise ValueError("bad " + str(x))
        self.y = x + 1

def caught(n):
    s = 0
    failed = 0
    for i in range(n):
        try:
            s = s + Fussy(i, 1000).y
        except ValueError as e:
            failed = failed + 1
    return s, failed

def uncaught(n):
    s = 0
    for i in range(n):
        s = s + Fussy(i, 2500).y
    return s

print(caught(8000))
uncaught(3000)
