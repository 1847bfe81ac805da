original = {"a": [1, 2], "b": {"c": 3}}
shallow = original.copy()
shallow["a"].append(3)
shallow["b"] = "replaced"
print(original, shallow)
dict_ctor = dict(original)
print(dict_ctor == original, dict_ctor is original, dict_ctor["a"] is original["a"])
def deep_copy(obj):
    if isinstance(obj, dict):
        return {k: deep_copy(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [deep_copy(v) for v in obj]
    return obj
deep = deep_copy(original)
deep["a"].append(99)
print(original["a"], deep["a"])
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
def depth(d):
    return 1 + max((depth(v) for v in d.values()), default=0) if d else 0
print(depth(tree))
print({1: 2, 3: 4} == {3: 4, 1: 2}, list({1: 2, 3: 4}) == list({3: 4, 1: 2}))
print({"x": [1]} == {"x": [1]}, {"x": 1} != {"x": 1.0}, {(1, 2): 0} == {(1, 2): 0})
