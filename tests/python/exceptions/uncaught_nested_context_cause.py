def load(name):
    try:
        return {"a": 1}[name]
    except KeyError as e:
        raise LookupError(f"no setting {name!r}") from e

def start():
    try:
        load("b")
    except LookupError:
        raise SystemError("startup failed")

start()
