# breakpoint() calls sys.breakpointhook, which reads $PYTHONBREAKPOINT (os.environ) at each call:
# module.attr or a builtin name, pdb.set_trace when empty, nothing when "0", a RuntimeWarning
# when the name does not import.
import os, sys, warnings
warnings.simplefilter("always")
def show(*a, **k):
    print("hook", a, k)
    return "r"
sys.modules["__main__"].show = show
for v in ["__main__.show", "0", "", "nosuchmodule.x", "int.", ".foo", "..", "/./", "print", "nosuchbuiltin"]:
    os.environ["PYTHONBREAKPOINT"] = v
    if v == "":
        import pdb
        pdb.set_trace = lambda *a, **k: print("pdb", a, k)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = breakpoint(1, x=2)
        except TypeError as e:
            r = str(e)
    print(repr(v), repr(r), [str(x.message) for x in w], [x.category.__name__ for x in w])
