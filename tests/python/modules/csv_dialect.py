# _csv.Dialect: defaults, validation messages, construction from another dialect or any object
# with the attributes, read-only attributes; the registry functions and field_size_limit.
import _csv

D = _csv.Dialect


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def attrs(d):
    return (d.delimiter, d.quotechar, d.escapechar, d.lineterminator, d.quoting, d.doublequote,
            d.skipinitialspace, d.strict)


attempt("defaults", lambda: attrs(D()))
for label, kw in [("delim2", {"delimiter": "ab"}), ("delim int", {"delimiter": 1}), ("delim None", {"delimiter": None}),
                  ("delim empty", {"delimiter": ""}), ("quotechar int", {"quotechar": 1}),
                  ("quotechar ab", {"quotechar": "ab"}), ("quotechar None", {"quotechar": None}),
                  ("quotechar None all", {"quotechar": None, "quoting": _csv.QUOTE_ALL}),
                  ("quotechar None none", {"quotechar": None, "quoting": _csv.QUOTE_NONE}),
                  ("esc ab", {"escapechar": "ab"}), ("esc int", {"escapechar": 3}), ("quoting str", {"quoting": "1"}),
                  ("quoting 9", {"quoting": 9}), ("quoting -1", {"quoting": -1}), ("quoting bool", {"quoting": True}),
                  ("quoting big", {"quoting": 2 ** 40}), ("lt int", {"lineterminator": 1}),
                  ("lt None", {"lineterminator": None}), ("delim nl", {"delimiter": "\n"}),
                  ("delim=quote", {"delimiter": '"'}), ("esc=delim", {"escapechar": ","}),
                  ("bools", {"doublequote": [], "skipinitialspace": "y", "strict": 1}), ("bad kw", {"foo": 1}),
                  ("all", {"delimiter": ";", "quotechar": "'", "escapechar": "\\", "lineterminator": "\n",
                           "quoting": _csv.QUOTE_NONNUMERIC, "doublequote": False, "skipinitialspace": True,
                           "strict": True})]:
    attempt(label, lambda: attrs(D(**kw)))
attempt("unknown", lambda: D("nope"))
attempt("too many", lambda: D(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
attempt("positional", lambda: attrs(D(None, ";", False, "\\")))
attempt("reuse", lambda: (lambda d: (D(d) is d, D(d, delimiter=";") is d))(D()))


class Like:
    delimiter = ";"
    quotechar = "'"
    doublequote = False
    skipinitialspace = True
    lineterminator = "\n"
    quoting = _csv.QUOTE_MINIMAL
    escapechar = None
    strict = False


class Partial:
    delimiter = "|"

    @property
    def quotechar(self):
        raise RuntimeError("ignored")


attempt("from object", lambda: attrs(D(Like)))
attempt("from object override", lambda: attrs(D(Like(), delimiter="|", strict=True)))
attempt("partial", lambda: attrs(D(Partial())))


class Sub(D):
    pass


attempt("subclass", lambda: (type(Sub()).__name__, attrs(Sub(delimiter=";")), isinstance(Sub(), D)))
attempt("subclass reuse", lambda: (lambda d: D(d) is d)(Sub()))
d = D()
for stmt in ["d.delimiter = 'x'", "d.quoting = 1", "d.strict = True", "d.doublequote = False", "d.foo = 1"]:
    attempt(stmt, lambda: exec(stmt))
attempt("pickle", lambda: d.__reduce_ex__(2))
attempt("pickle sub", lambda: Sub().__reduce__())
print(D.__name__, D.__module__, D.__doc__.splitlines()[0], _csv.Error.__mro__[1].__name__, _csv.Error.__module__)

_csv.register_dialect("semi", delimiter=";")
_csv.register_dialect("semi2", "semi", quoting=_csv.QUOTE_ALL)
_csv.register_dialect("like", Like)
print(_csv.list_dialects(), attrs(_csv.get_dialect("semi2")), attrs(_csv.get_dialect(name="like")))
print(sorted(_csv._dialects), _csv.get_dialect("semi") is _csv._dialects["semi"])
print(list(_csv.reader(["a;'b;c'"], "like")), list(_csv.reader(["a;b"], dialect="semi")))
attempt("register int", lambda: _csv.register_dialect(1))
attempt("register none", lambda: _csv.register_dialect())
attempt("register bad", lambda: _csv.register_dialect("x", delimiter=1))
attempt("register kw name", lambda: _csv.register_dialect(name="x"))
attempt("get unknown", lambda: _csv.get_dialect("zz"))
attempt("get nonstr", lambda: _csv.get_dialect(1))
attempt("get none", lambda: _csv.get_dialect())
attempt("unregister", lambda: _csv.unregister_dialect(name="semi"))
attempt("unregister again", lambda: _csv.unregister_dialect("semi"))
attempt("list after", lambda: _csv.list_dialects())
attempt("limit", lambda: _csv.field_size_limit())
attempt("limit set", lambda: (_csv.field_size_limit(10), _csv.field_size_limit(new_limit=20), _csv.field_size_limit()))
attempt("limit str", lambda: _csv.field_size_limit("x"))
attempt("limit bool", lambda: _csv.field_size_limit(True))
attempt("limit two", lambda: _csv.field_size_limit(1, 2))
print(_csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE, _csv.__version__)
print(sorted(n for n in dir(_csv) if not n.startswith("__")))
