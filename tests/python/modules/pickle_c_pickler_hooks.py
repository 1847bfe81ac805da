# _pickle.Pickler / Unpickler hooks as __init__ and dump look them up: the plain classes' own
# attributes (kept across a second __init__, or cleared), and those a subclass defines.
import copyreg
import io
import pickle
import _pickle


def attr(o, name):
    try:
        return getattr(o, name)
    except AttributeError as e:
        return "AttributeError: %s" % e


f = io.BytesIO()
p = _pickle.Pickler(f, 2)
print(attr(p, "persistent_id"), attr(p, "dispatch_table"), attr(p, "reducer_override"))
p.persistent_id = lambda o: "P" if o == 42 else None
p.dispatch_table = {complex: lambda c: (complex, (1.0, 2.0))}
p.dump([42, 1j])
print(pickle.loads(f.getvalue().replace(b"P", b"Q"), ) if False else len(f.getvalue()) > 0)
p.__init__(io.BytesIO(), 3)
print(attr(p, "persistent_id"), attr(p, "dispatch_table"))
del_err = None
try:
    del p.persistent_id
except TypeError as e:
    del_err = str(e)
print(del_err)


class Sub(_pickle.Pickler):
    def persistent_id(self, o):
        return "sub" if o == "x" else None

    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[complex] = lambda c: (complex, (9.0, 9.0))

    def reducer_override(self, o):
        return (str, ("over",)) if o == "y" else NotImplemented


class Loader(_pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded " + pid


b = io.BytesIO()
Sub(b, 2).dump(["x", "y", 3j, 4])
print(Loader(io.BytesIO(b.getvalue())).load())
try:
    _pickle.Unpickler(io.BytesIO(b.getvalue())).load()
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
u = _pickle.Unpickler(io.BytesIO(b.getvalue()))
print(attr(u, "persistent_load"))
u.persistent_load = lambda pid: pid.upper()
u.__init__(io.BytesIO(b.getvalue()))
print(u.load())
print(_pickle.dumps({"a": [1, 2.5, None]}), _pickle.loads(_pickle.dumps({"a": [1, 2.5, None]}, 0)))
print(pickle.dumps(3j, protocol=2) == _pickle.dumps(3j, 2))
