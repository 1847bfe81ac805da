def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k!r}"
        case {"type": "key", **rest}:
            return f"special key {sorted(rest.items())}"
        case {"type": str(t), **rest} if not rest:
            return f"bare event {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for e in [{"type": "click", "pos": (3, 4)}, {"type": "click", "pos": [1, 2]}, {"type": "key", "key": "a"},
          {"type": "key", "key": "Enter", "mods": ("ctrl",)}, {"type": "tick"}, {"other": 1}, {}, [("type", "x")]]:
    print(handle(e))

class Mapping:
    def __init__(self, data):
        self.data = data
    def get(self, key, default=None):
        print("get", key)
        return self.data.get(key, default)
    def keys(self):
        return self.data.keys()
    def __getitem__(self, k):
        return self.data[k]
    def __iter__(self):
        return iter(self.data)
    def __len__(self):
        return len(self.data)

match Mapping({"a": 1}):
    case {"a": 1}:
        print("custom class without Mapping registration does not match")
    case _:
        print("not matched as mapping")

match {"k": None}:
    case {"k": None}:
        print("None value matched")

match {1: "int key", "1": "str key"}:
    case {1: v}:
        print("int key", v)
