def v(label, value):
    print("eval", label)
    return value

print(v("a", 0) and v("b", 1))
print(v("a", 2) and v("b", 3))
print(v("a", 0) or v("b", ""))
print(v("a", "x") or v("b", "y"))
print(v("a", None) or v("b", 0) or v("c", []))
print(v("a", 1) and v("b", 2) and v("c", 0) and v("d", 4))
print(not v("a", []))
print([] or {} or "last")
print(1 and [] and 2)
print(v("a", 1) or v("b", 2) and v("c", 3))
if v("cond1", 0) or v("cond2", 5):
    print("taken")
while v("w", 0) and v("never", 1):
    pass
print(not 0, not 1, not None, not "", not "x")
