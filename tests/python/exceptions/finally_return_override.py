def f():
    try:
        return "try"
    finally:
        print("finally runs before the return completes")

def g():
    for i in range(3):
        try:
            if i == 1:
                return f"returned at {i}"
        finally:
            print("finally", i)

def h():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)

def k():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally return swallows the exception"

def m():
    try:
        try:
            return "inner"
        finally:
            raise KeyError("raised in finally")
    except KeyError as e:
        return "outer caught " + repr(e)

print(f())
print(g())
print(h())
print(k())
print(m())

def count_finally():
    n = 0
    while n < 5:
        try:
            n += 1
            if n % 2:
                continue
        finally:
            print("tick", n)
    return n
print(count_finally())
