# An interpreter for a minimal tape language (the eight-command esoteric
# language), with bracket pre-matching, run on embedded programs.


def compile_brackets(code):
    stack = []
    jumps = {}
    for i, ch in enumerate(code):
        if ch == "[":
            stack.append(i)
        elif ch == "]":
            if not stack:
                raise SyntaxError(f"unmatched ']' at {i}")
            j = stack.pop()
            jumps[i] = j
            jumps[j] = i
    if stack:
        raise SyntaxError(f"unmatched '[' at {stack[-1]}")
    return jumps


def run(code, data="", limit=2_000_000):
    code = "".join(ch for ch in code if ch in "+-<>[].,")
    jumps = compile_brackets(code)
    tape = [0] * 300
    ptr = pc = steps = 0
    out = []
    inp = iter(data)
    while pc < len(code):
        steps += 1
        if steps > limit:
            raise RuntimeError("step limit exceeded")
        ch = code[pc]
        if ch == "+":
            tape[ptr] = (tape[ptr] + 1) & 255
        elif ch == "-":
            tape[ptr] = (tape[ptr] - 1) & 255
        elif ch == ">":
            ptr += 1
        elif ch == "<":
            ptr -= 1
            if ptr < 0:
                raise IndexError("tape pointer moved left of cell 0")
        elif ch == ".":
            out.append(chr(tape[ptr]))
        elif ch == ",":
            tape[ptr] = ord(next(inp, "\0"))
        elif ch == "[" and tape[ptr] == 0:
            pc = jumps[pc]
        elif ch == "]" and tape[ptr] != 0:
            pc = jumps[pc]
        pc += 1
    return "".join(out), steps


HELLO = """
++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.
"""
REVERSE = ">,[>,]<[.<]"
ADD_DIGITS = ",>,[<+>-]<------------------------------------------------."
SQUARES_LIKE = "++++++[>++++++++<-]>+.+.+.+."

out, steps = run(HELLO)
print(repr(out), steps)
print(run(REVERSE, "stressed"))
print(run(ADD_DIGITS, "34"))
print(run(SQUARES_LIKE))
for bad in ["[[]", "]", "<", "+[]"]:
    try:
        print(run(bad, limit=10000))
    except (SyntaxError, IndexError, RuntimeError) as e:
        print(repr(bad), type(e).__name__, e)
