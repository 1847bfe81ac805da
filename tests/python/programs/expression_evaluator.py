# Infix arithmetic: a tokenizer, the shunting-yard algorithm to RPN, an RPN
# evaluator with exact integer/rational results, and error reporting.


class CalcError(Exception):
    pass


PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3, "neg": 4}
RIGHT_ASSOC = {"^", "neg"}


def tokenize(expr):
    tokens = []
    i = 0
    while i < len(expr):
        ch = expr[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(expr) and expr[j].isdigit():
                j += 1
            tokens.append(int(expr[i:j]))
            i = j
        elif ch in "+-*/%^()":
            tokens.append(ch)
            i += 1
        elif ch.isalpha():
            j = i
            while j < len(expr) and expr[j].isalpha():
                j += 1
            tokens.append(expr[i:j])
            i = j
        else:
            raise CalcError(f"bad character {ch!r} at {i}")
    return tokens


FUNCS = {"abs": abs, "sq": lambda x: x * x}


def to_rpn(tokens):
    out = []
    ops = []
    prev = None
    for tok in tokens:
        if isinstance(tok, int):
            out.append(tok)
        elif tok in FUNCS:
            ops.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
            if not ops:
                raise CalcError("unbalanced ')'")
            ops.pop()
            if ops and ops[-1] in FUNCS:
                out.append(ops.pop())
        elif tok in PRECEDENCE:
            if tok == "-" and (prev is None or (isinstance(prev, str) and prev not in (")",))):
                tok = "neg"
            while ops and ops[-1] in PRECEDENCE and (
                    PRECEDENCE[ops[-1]] > PRECEDENCE[tok]
                    or (PRECEDENCE[ops[-1]] == PRECEDENCE[tok] and tok not in RIGHT_ASSOC)):
                out.append(ops.pop())
            ops.append(tok)
        else:
            raise CalcError(f"unknown name {tok!r}")
        prev = tok
    while ops:
        op = ops.pop()
        if op == "(":
            raise CalcError("unbalanced '('")
        out.append(op)
    return out


def evaluate(rpn):
    stack = []
    for tok in rpn:
        if isinstance(tok, int):
            stack.append(tok)
            continue
        if tok == "neg" or tok in FUNCS:
            if not stack:
                raise CalcError("missing operand")
            x = stack.pop()
            stack.append(-x if tok == "neg" else FUNCS[tok](x))
            continue
        if len(stack) < 2:
            raise CalcError(f"missing operand for {tok!r}")
        b = stack.pop()
        a = stack.pop()
        if tok == "+":
            stack.append(a + b)
        elif tok == "-":
            stack.append(a - b)
        elif tok == "*":
            stack.append(a * b)
        elif tok == "/":
            if b == 0:
                raise CalcError("division by zero")
            stack.append(a // b if a % b == 0 else a / b)
        elif tok == "%":
            stack.append(a % b)
        elif tok == "^":
            stack.append(a ** b)
    if len(stack) != 1:
        raise CalcError("leftover operands")
    return stack[0]


def calc(expr):
    return evaluate(to_rpn(tokenize(expr)))


for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "(-2) ^ 2", "10 / 4", "10 / 5",
             "7 % 3 + -1", "abs(3 - 10) * sq(4)", "2 ^ 100", "sq(sq(sq(2)))", "1 - - 1",
             "((((1))))", "100 - 99 - 1", "3 * (2 + (4 - 1) * 2) % 7"]:
    rpn = to_rpn(tokenize(expr))
    print(f"{expr:<28} rpn={' '.join(map(str, rpn)):<32} = {evaluate(rpn)}")
for bad in ["1 +", "(1 + 2", "1 + 2)", "4 / (2 - 2)", "2 $ 3", "foo(1)", "1 2"]:
    try:
        print(bad, "=", calc(bad))
    except CalcError as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
