# warnings.py over _warnings: shared filters, catch_warnings(record=True), filterwarnings("error"),
# resetwarnings/simplefilter, formatwarning; output through warnings.showwarning with linecache.
import warnings
print(len(warnings.filters), warnings.defaultaction)
def f():
    warnings.warn("via warnings.py")
    warnings.warn("deprecated here", DeprecationWarning, stacklevel=2)
f()
f()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f()
    print([(str(x.message), x.category.__name__, x.lineno) for x in w])
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("error:", e)
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.warn("hidden")
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "line src"))
