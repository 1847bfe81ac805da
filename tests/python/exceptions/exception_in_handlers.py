def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        raise KeyError("bad key")
    return "ok"

def process(kind):
    try:
        return risky(kind)
    except ValueError as e:
        try:
            raise RuntimeError("handler failed") from e
        except RuntimeError as inner:
            return f"nested handler: {inner} <- {inner.__cause__}"
    except KeyError:
        raise
    finally:
        print("process finally for", kind)

print(process("value"))
print(process("ok"))
try:
    process("key")
except KeyError as e:
    print("re-raised", repr(e))

def chain_three():
    try:
        try:
            raise ValueError("one")
        except ValueError:
            raise TypeError("two")
    except TypeError:
        raise IndexError("three")
try:
    chain_three()
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))

def swallow():
    try:
        raise ValueError("lost")
    except ValueError:
        pass
    return "swallowed"
print(swallow())

def except_reraise_different():
    try:
        {}["k"]
    except KeyError as e:
        err = e
    raise ValueError("after handler") from err
try:
    except_reraise_different()
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
