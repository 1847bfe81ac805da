class NoArgs:
    pass

class TooMany:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = 1

class BadArgs:
    __match_args__ = "a"

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

def positional_without_match_args():
    match NoArgs():
        case NoArgs(x):
            return x

def too_many_positional():
    match TooMany():
        case TooMany(a, b):
            return a

def bad_match_args():
    match BadArgs():
        case BadArgs(x):
            return x

def not_a_class():
    f = len
    match 1:
        case f():
            return 1

def int_self_pattern():
    match 5:
        case int(x):
            return x

def missing_attr():
    match NoArgs():
        case NoArgs(missing=1):
            return "matched"
        case _:
            return "no attribute -> no match"

attempt("positional", positional_without_match_args)
attempt("too_many", too_many_positional)
attempt("bad_match_args", bad_match_args)
attempt("not_a_class", not_a_class)
attempt("int_self", int_self_pattern)
attempt("missing_attr", missing_attr)

# Guard evaluation order and side effects.
log = []
def check(v):
    log.append(v)
    return v > 1
match [1, 2, 3]:
    case [x, *_] if check(x):
        print("first")
    case [_, y, *_] if check(y):
        print("second", y)
print(log)
