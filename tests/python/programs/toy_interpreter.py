# A tokenizer, recursive-descent parser and tree-walking evaluator for a tiny
# language with integers, variables, arithmetic, comparisons, if/while,
# functions and print.

PROGRAM = """
fn fib(n) {
    if n < 2 { return n; }
    return fib(n - 1) + fib(n - 2);
}
fn gcd(a, b) {
    while b != 0 {
        let t = b;
        b = a % b;
        a = t;
    }
    return a;
}
let i = 0;
while i < 10 {
    print(i, fib(i));
    i = i + 1;
}
print(gcd(1071, 462));
let total = 0;
let k = 1;
while k <= 100 { total = total + k * k; k = k + 1; }
print(total);
print((2 + 3) * 4 - 10 / 3, -7 % 3, 2 * -3);
"""

KEYWORDS = {"fn", "if", "else", "while", "return", "let", "print"}


class Token:
    def __init__(self, kind, value, line):
        self.kind = kind
        self.value = value
        self.line = line

    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"


def tokenize(src):
    tokens = []
    i = 0
    line = 1
    while i < len(src):
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(Token("num", int(src[i:j]), line))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(Token("kw" if word in KEYWORDS else "name", word, line))
            i = j
        else:
            two = src[i:i + 2]
            if two in ("==", "!=", "<=", ">="):
                tokens.append(Token("op", two, line))
                i += 2
            elif c in "+-*/%<>=(){},;":
                tokens.append(Token("op", c, line))
                i += 1
            else:
                raise SyntaxError(f"unexpected character {c!r} on line {line}")
    tokens.append(Token("eof", None, line))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self, value=None):
        tok = self.tokens[self.pos]
        if value is None:
            return tok
        return tok if tok.value == value and tok.kind in ("op", "kw") else None

    def expect(self, value):
        tok = self.tokens[self.pos]
        if tok.value != value:
            raise SyntaxError(f"expected {value!r} but found {tok.value!r} on line {tok.line}")
        self.pos += 1
        return tok

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def program(self):
        stmts = []
        while self.peek().kind != "eof":
            stmts.append(self.statement())
        return stmts

    def block(self):
        self.expect("{")
        stmts = []
        while not self.peek("}"):
            stmts.append(self.statement())
        self.expect("}")
        return stmts

    def statement(self):
        if self.peek("fn"):
            self.advance()
            name = self.advance().value
            self.expect("(")
            params = []
            while not self.peek(")"):
                params.append(self.advance().value)
                if self.peek(","):
                    self.advance()
            self.expect(")")
            return ("fn", name, params, self.block())
        if self.peek("if"):
            self.advance()
            cond = self.expression()
            then = self.block()
            other = []
            if self.peek("else"):
                self.advance()
                other = self.block()
            return ("if", cond, then, other)
        if self.peek("while"):
            self.advance()
            cond = self.expression()
            return ("while", cond, self.block())
        if self.peek("return"):
            self.advance()
            value = self.expression()
            self.expect(";")
            return ("return", value)
        if self.peek("let"):
            self.advance()
            name = self.advance().value
            self.expect("=")
            value = self.expression()
            self.expect(";")
            return ("let", name, value)
        if self.peek("print"):
            self.advance()
            self.expect("(")
            args = [self.expression()]
            while self.peek(","):
                self.advance()
                args.append(self.expression())
            self.expect(")")
            self.expect(";")
            return ("print", args)
        tok = self.peek()
        if tok.kind == "name" and self.tokens[self.pos + 1].value == "=":
            self.pos += 2
            value = self.expression()
            self.expect(";")
            return ("assign", tok.value, value)
        expr = self.expression()
        self.expect(";")
        return ("expr", expr)

    LEVELS = [("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]

    def expression(self, level=0):
        if level == len(self.LEVELS):
            return self.unary()
        left = self.expression(level + 1)
        while self.peek().kind == "op" and self.peek().value in self.LEVELS[level]:
            op = self.advance().value
            right = self.expression(level + 1)
            left = ("bin", op, left, right)
        return left

    def unary(self):
        if self.peek("-"):
            self.advance()
            return ("neg", self.unary())
        return self.primary()

    def primary(self):
        tok = self.advance()
        if tok.kind == "num":
            return ("num", tok.value)
        if tok.kind == "name":
            if self.peek("("):
                self.advance()
                args = []
                while not self.peek(")"):
                    args.append(self.expression())
                    if self.peek(","):
                        self.advance()
                self.expect(")")
                return ("call", tok.value, args)
            return ("var", tok.value)
        if tok.value == "(":
            inner = self.expression()
            self.expect(")")
            return inner
        raise SyntaxError(f"unexpected {tok.value!r} on line {tok.line}")


class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value


OPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a // b, "%": lambda a, b: a % b,
    "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b),
    "<=": lambda a, b: int(a <= b), ">=": lambda a, b: int(a >= b),
    "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b),
}


class Interpreter:
    def __init__(self):
        self.functions = {}
        self.steps = 0

    def run(self, stmts, env):
        for stmt in stmts:
            self.execute(stmt, env)

    def execute(self, stmt, env):
        self.steps += 1
        kind = stmt[0]
        if kind == "fn":
            self.functions[stmt[1]] = (stmt[2], stmt[3])
        elif kind in ("let", "assign"):
            env[stmt[1]] = self.evaluate(stmt[2], env)
        elif kind == "print":
            print(*[self.evaluate(a, env) for a in stmt[1]])
        elif kind == "if":
            branch = stmt[2] if self.evaluate(stmt[1], env) else stmt[3]
            self.run(branch, env)
        elif kind == "while":
            while self.evaluate(stmt[1], env):
                self.run(stmt[2], env)
        elif kind == "return":
            raise ReturnSignal(self.evaluate(stmt[1], env))
        else:
            self.evaluate(stmt[1], env)

    def evaluate(self, node, env):
        kind = node[0]
        if kind == "num":
            return node[1]
        if kind == "var":
            if node[1] not in env:
                raise NameError(f"undefined variable {node[1]}")
            return env[node[1]]
        if kind == "neg":
            return -self.evaluate(node[1], env)
        if kind == "bin":
            return OPS[node[1]](self.evaluate(node[2], env), self.evaluate(node[3], env))
        if kind == "call":
            params, body = self.functions[node[1]]
            args = [self.evaluate(a, env) for a in node[2]]
            local = dict(zip(params, args))
            try:
                self.run(body, local)
            except ReturnSignal as r:
                return r.value
            return 0
        raise ValueError(f"bad node {kind}")


tokens = tokenize(PROGRAM)
print("tokens:", len(tokens), tokens[:3])
tree = Parser(tokens).program()
print("statements:", len(tree), [s[0] for s in tree])
interp = Interpreter()
interp.run(tree, {})
print("steps:", interp.steps)
for bad in ["let x = ;", "print(1 $ 2);", "let y = 1", "print(undefined);"]:
    try:
        Interpreter().run(Parser(tokenize(bad)).program(), {})
    except (SyntaxError, NameError) as e:
        print(type(e).__name__, e)
