# The pure-Python keyword module, imported from the CPython standard library found on the machine.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print([keyword.iskeyword(w) for w in ("if", "match", "print", "None", "async")])
print([keyword.issoftkeyword(w) for w in ("if", "match", "case", "_")])
print(keyword.__name__, keyword.__all__)
print(keyword.__file__.endswith("keyword.py"))
