# contextlib from the standard library: contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout.
import contextlib
import io


@contextlib.contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")


with tag("a") as t:
    print("inside", t)
with contextlib.suppress(KeyError):
    {}["x"]
print("suppressed")
with contextlib.ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


class Resource:
    def close(self):
        print("closed")


with contextlib.closing(Resource()):
    pass
with contextlib.nullcontext(5) as v:
    print(v)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
