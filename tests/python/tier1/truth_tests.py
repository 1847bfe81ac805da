# Conditions on exact builtins (answered inline) and on subclasses with __bool__/__len__.
class I(int):
    def __bool__(self):
        print("I.bool")
        return False
class L(list):
    def __len__(self):
        print("L.len")
        return 0
class S(str):
    def __len__(self):
        return 0
for v in [0, 1, -1, 2**70, 0.0, 1.5, "", "a", [], [0], (), (1,), {}, None, I(5), L([1]), S("x"), True, False]:
    r = []
    for k in range(3):
        if v:
            r.append("T")
        else:
            r.append("F")
        r.append(not v)
        r.append(v and 1)
        r.append(v or 2)
    print(repr(v), r[:4])
