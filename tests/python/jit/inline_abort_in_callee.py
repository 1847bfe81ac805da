# A recording that aborts inside an inlined callee (an instruction the recorder does not know):
# tier 1 finishes the callee and the loop goes on after the call, results unchanged.

def fmt(x):
    import math  # IMPORT_NAME: an instruction the recorder does not know
    return len(str(x)) + x

def helper(x):
    y = x + 1
    return fmt(y)

def run(n):
    s = 0
    for i in range(n):
        helper(i)
        s = s + helper(i)
    return s

print(run(10))
print(run(300))
