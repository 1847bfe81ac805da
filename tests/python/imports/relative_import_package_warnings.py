# The ImportWarnings of resolving a relative import's package (CPython's resolve_name): no __package__
# and no __spec__ (falling back on __name__), and a __package__ that disagrees with __spec__.parent.
import warnings, types
def attempt(label, g, name="", fromlist=("foo",), level=1):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            m = __import__(name, g, {}, fromlist, level)
            r = m.__name__
        except (ImportError, TypeError, KeyError) as e:
            r = type(e).__name__ + ": " + str(e)
    print(label, r, [(x.category.__name__, str(x.message)) for x in w])
attempt("no package no spec", {'__package__': None, '__spec__': None, '__name__': '__main__'})
attempt("no package no spec dotted", {'__package__': None, '__spec__': None, '__name__': 'json.foo'}, name="decoder", fromlist=())
attempt("package and spec agree", {'__package__': 'json', '__spec__': types.SimpleNamespace(parent='json'), '__name__': 'x'}, name="decoder", fromlist=())
attempt("package and spec differ", {'__package__': 'json', '__spec__': types.SimpleNamespace(parent='email'), '__name__': 'x'}, name="decoder", fromlist=())
attempt("spec only", {'__spec__': types.SimpleNamespace(parent='json'), '__name__': 'x'}, name="decoder", fromlist=())
attempt("no name", {'__package__': None, '__spec__': None})
with warnings.catch_warnings():
    warnings.simplefilter("error", ImportWarning)
    try:
        __import__('', {'__package__': None, '__spec__': None, '__name__': '__main__'}, {}, ('foo',), 1)
    except ImportWarning as e:
        print("as error:", e)
