# A two-pass assembler and a stack virtual machine: labels, jumps, calls with a
# return stack, and a disassembly listing. Runs a few assembled programs.

SOURCE_FACTORIAL = """
        push 1
        store acc
        push 10
        store n
loop:   load n
        jz done
        load acc
        load n
        mul
        store acc
        load n
        push 1
        sub
        store n
        jmp loop
done:   load acc
        print
        halt
"""

SOURCE_CALLS = """
        push 7
        call square
        print
        push 12
        call square
        call square
        print
        halt
square: dup
        mul
        ret
"""

SOURCE_PRIMES = """
        push 2
        store cand
next:   load cand
        push 40
        lt
        jz end
        push 2
        store div
check:  load div
        load div
        mul
        load cand
        gt
        jnz prime
        load cand
        load div
        mod
        jz notprime
        load div
        push 1
        add
        store div
        jmp check
prime:  load cand
        print
notprime: load cand
        push 1
        add
        store cand
        jmp next
end:    halt
"""

OPCODES = ["push", "load", "store", "add", "sub", "mul", "mod", "lt", "gt", "dup", "jmp", "jz",
           "jnz", "call", "ret", "print", "halt"]
WITH_ARG = {"push", "load", "store", "jmp", "jz", "jnz", "call"}


class AsmError(Exception):
    pass


def assemble(source):
    labels = {}
    instructions = []
    for lineno, raw in enumerate(source.strip("\n").split("\n"), 1):
        line = raw.strip()
        if ":" in line:
            label, line = line.split(":", 1)
            labels[label.strip()] = len(instructions)
            line = line.strip()
        if not line:
            continue
        parts = line.split()
        op = parts[0]
        if op not in OPCODES:
            raise AsmError(f"line {lineno}: unknown opcode {op!r}")
        if (op in WITH_ARG) != (len(parts) == 2):
            raise AsmError(f"line {lineno}: wrong operand count for {op}")
        instructions.append((op, parts[1] if len(parts) == 2 else None, lineno))
    code = []
    for op, arg, lineno in instructions:
        if op in ("jmp", "jz", "jnz", "call"):
            if arg not in labels:
                raise AsmError(f"line {lineno}: undefined label {arg!r}")
            arg = labels[arg]
        elif op == "push":
            arg = int(arg)
        code.append((op, arg))
    return code, labels


def disassemble(code, labels):
    names = {v: k for k, v in labels.items()}
    lines = []
    for pc, (op, arg) in enumerate(code):
        label = names.get(pc, "")
        text = f"{op} {arg}" if arg is not None else op
        lines.append(f"{pc:3} {label:>9} {text}")
    return lines


def run(code, max_steps=100000):
    stack = []
    calls = []
    memory = {}
    output = []
    pc = 0
    steps = 0
    while True:
        steps += 1
        if steps > max_steps:
            raise RuntimeError("too many steps")
        op, arg = code[pc]
        pc += 1
        if op == "push":
            stack.append(arg)
        elif op == "load":
            stack.append(memory[arg])
        elif op == "store":
            memory[arg] = stack.pop()
        elif op in ("add", "sub", "mul", "mod", "lt", "gt"):
            b = stack.pop()
            a = stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "mod": a % b,
                          "lt": int(a < b), "gt": int(a > b)}[op])
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "jmp":
            pc = arg
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "jnz":
            if stack.pop() != 0:
                pc = arg
        elif op == "call":
            calls.append(pc)
            pc = arg
        elif op == "ret":
            pc = calls.pop()
        elif op == "print":
            output.append(stack.pop())
        elif op == "halt":
            return output, steps, memory


for name, source in [("factorial", SOURCE_FACTORIAL), ("calls", SOURCE_CALLS), ("primes", SOURCE_PRIMES)]:
    code, labels = assemble(source)
    output, steps, memory = run(code)
    print(f"{name}: {len(code)} instructions, labels {sorted(labels.items(), key=lambda kv: kv[1])}")
    print(f"  output {output} in {steps} steps, memory {sorted(memory.items())}")
code, labels = assemble(SOURCE_CALLS)
print("\n".join(disassemble(code, labels)))
for bad in ["frob 1", "push", "jmp nowhere", "add 3"]:
    try:
        assemble(bad)
    except AsmError as e:
        print(type(e).__name__, e)
try:
    run(assemble("top: jmp top")[0], max_steps=50)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    run(assemble("add\nhalt")[0])
except IndexError as e:
    print(type(e).__name__, e)
