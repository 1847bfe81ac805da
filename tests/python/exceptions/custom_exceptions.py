class AppError(Exception):
    code = 1
    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail
    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")

class NotFound(AppError):
    code = 404

class Conflict(AppError):
    code = 409
    def __repr__(self):
        return f"Conflict<{self.args[0]}>"

for exc in [AppError("generic"), NotFound("no user", detail="id=7"), Conflict("duplicate")]:
    print(type(exc).__name__, str(exc), repr(exc), exc.args, isinstance(exc, AppError))

try:
    raise NotFound("missing page")
except AppError as e:
    print("caught as base:", e, e.code)

class WithArgs(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
e = WithArgs(1, 2)
print(e.args, str(e), repr(e), e.a + e.b)

class Weird(Exception):
    def __init__(self):
        super().__init__("fixed message", 42)
print(Weird().args, str(Weird()))

class MultiBase(KeyError, AttributeError):
    pass
try:
    raise MultiBase("both")
except AttributeError as e:
    print("caught via second base:", repr(e), str(e))
print([c.__name__ for c in MultiBase.__mro__])
