# The loop body acts on the generator it iterates: close() at the 2500th item (the next FOR_ITER
# finds it finished and the loop ends), throw() into it (the generator handles it and yields on),
# send() a value (the item after it comes from the sent value), and a finally in the generator.

def counter(n):
    i = 0
    try:
        while i < n:
            try:
                got = yield i
            except KeyError:
                i += 100
                continue
            if got is not None:
                i = got
            else:
                i += 1
    finally:
        print("finally at", i)

def closing(n):
    g = counter(n)
    s = 0
    for x in g:
        s += x
        if x == 2500:
            g.close()
    return s

def throwing(n):
    g = counter(n)
    s = 0
    out = []
    for x in g:
        s += x
        if x % 1000 == 999 and x < 4000:
            out.append(g.throw(KeyError("k")))
    return s, out

def sending(n):
    g = counter(n)
    s = 0
    out = []
    for x in g:
        s += x
        if x == 1234:
            out.append(g.send(4000))
    return s, out

print(closing(5000))
print(throwing(5000))
print(sending(6000))
