# A `while` loop whose body is too long for one trace, with nothing on the value stack at its
# header and a last local that is a new float every iteration: the JIT splits it at once (it
# once took that local for a for loop's iterator, saw a new "entry" at every back jump and never
# split it). The results must be the interpreter's, through a branch that flips mid-body.


def f(m, flip):
    i = 0
    a, b, c = 1, 2, 3
    last = 0.0
    while i < m:
        a = (a * 3 + b) & 0xFFFF
        b = (b ^ a) + 1
        c = (c * 5 + a - b) & 0xFFFF
        a = (a * 7 + c) & 0xFFFF
        b = (b ^ c) + 2
        c = (c * 3 + b) & 0xFFFF
        a = (a * 2 + b) & 0xFFFF
        b = (b ^ a) + 3
        c = (c * 11 + a) & 0xFFFF
        a = (a * 13 + c) & 0xFFFF
        b = (b ^ c) + 4
        c = (c * 7 + b) & 0xFFFF
        a = (a * 5 + b) & 0xFFFF
        b = (b ^ a) + 5
        c = (c * 3 + a - b) & 0xFFFF
        a = (a * 17 + c) & 0xFFFF
        b = (b ^ c) + 6
        c = (c * 19 + b) & 0xFFFF
        a = (a * 3 + b) & 0xFFFF
        b = (b ^ a) + 2
        c = (c * 5 + a - b) & 0xFFFF
        a = (a * 7 + c) & 0xFFFF
        b = (b ^ c) + 2
        c = (c * 3 + b) & 0xFFFF
        a = (a * 2 + b) & 0xFFFF
        b = (b ^ a) + 3
        c = (c * 11 + a) & 0xFFFF
        a = (a * 13 + c) & 0xFFFF
        b = (b ^ c) + 4
        c = (c * 7 + b) & 0xFFFF
        a = (a * 5 + b) & 0xFFFF
        b = (b ^ a) + 5
        c = (c * 3 + a - b) & 0xFFFF
        a = (a * 17 + c) & 0xFFFF
        b = (b ^ c) + 6
        c = (c * 19 + b) & 0xFFFF
        a = (a * 3 + b) & 0xFFFF
        b = (b ^ a) + 3
        c = (c * 5 + a - b) & 0xFFFF
        a = (a * 7 + c) & 0xFFFF
        b = (b ^ c) + 2
        c = (c * 3 + b) & 0xFFFF
        a = (a * 2 + b) & 0xFFFF
        b = (b ^ a) + 3
        if i == flip:
            a, b = b, a
        c = (c * 11 + a) & 0xFFFF
        a = (a * 13 + c) & 0xFFFF
        b = (b ^ c) + 4
        c = (c * 7 + b) & 0xFFFF
        a = (a * 5 + b) & 0xFFFF
        b = (b ^ a) + 5
        c = (c * 3 + a - b) & 0xFFFF
        a = (a * 17 + c) & 0xFFFF
        b = (b ^ c) + 6
        c = (c * 19 + b) & 0xFFFF
        a = (a * 3 + b) & 0xFFFF
        b = (b ^ a) + 4
        c = (c * 5 + a - b) & 0xFFFF
        a = (a * 7 + c) & 0xFFFF
        b = (b ^ c) + 2
        c = (c * 3 + b) & 0xFFFF
        a = (a * 2 + b) & 0xFFFF
        b = (b ^ a) + 3
        c = (c * 11 + a) & 0xFFFF
        a = (a * 13 + c) & 0xFFFF
        b = (b ^ c) + 4
        c = (c * 7 + b) & 0xFFFF
        a = (a * 5 + b) & 0xFFFF
        b = (b ^ a) + 5
        c = (c * 3 + a - b) & 0xFFFF
        a = (a * 17 + c) & 0xFFFF
        b = (b ^ c) + 6
        c = (c * 19 + b) & 0xFFFF
        i += 1
        last = i * 0.5
    return a, b, c, last


print(f(3000, -1))
print(f(3000, 2000))
print(f(3, 1))
print(f(0, 0))
