# ExceptionGroup subclasses whose __init__ takes keywords: BaseExceptionGroup.__new__ parses only the
# positional arguments (CPython's BaseExceptionGroup_new), its __init__ refuses keywords.
class E(ExceptionGroup):
    def __init__(self, msg, excs, *, extra=None):
        super().__init__(msg, excs)
        self.extra = extra
e = E('m', [ValueError(1)], extra=5)
print(repr(e), e.extra, type(e).__name__)
class BE(BaseExceptionGroup):
    def __init__(self, msg, excs, **kw):
        super().__init__(msg, excs)
        self.kw = kw
b = BE('b', [KeyboardInterrupt()], x=1)
print(repr(b), b.kw, type(b).__name__)
class P(ExceptionGroup):
    pass
for label, f in [("P(a=1)", lambda: P(a=1)), ("P('m', [ValueError()], a=1)", lambda: P('m', [ValueError()], a=1)),
                 ("ExceptionGroup kw", lambda: ExceptionGroup('m', [ValueError()], a=1)),
                 ("BaseExceptionGroup kw", lambda: BaseExceptionGroup('m', [ValueError()], b=2)),
                 ("E missing", lambda: E('m'))]:
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, "TypeError", e)
