# break / continue / return passing through try/finally.
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)

def f():
    for i in range(3):
        try:
            return i
        finally:
            print("leaving with", i)

print("f ->", f())

def g():
    try:
        return "try"
    finally:
        return "finally wins"

print(g())

def h():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception swallowed by break"

print(h())

def k():
    while True:
        try:
            try:
                continue
            finally:
                print("inner finally")
        finally:
            print("outer finally")
            return "done"

print(k())

def nested_loops():
    out = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    break
                out.append((i, j))
            finally:
                out.append("f")
    return out

print(nested_loops())
