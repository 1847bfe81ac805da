# dict.update(other) from a dict stops with RuntimeError when a key's __eq__ changes the source
# (dict_merge compares the source's entry count after each insertion); a change to the target
# alone is allowed.
class ClearsOther:
    def __hash__(self):
        return 0

    def __eq__(self, o):
        other.clear()
        return False


other = dict((i, 0) for i in range(1, 100))
other[ClearsOther()] = 0
d = {ClearsOther(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(d) > 1, len(other))


class AddsToTarget:
    def __hash__(self):
        return 0

    def __eq__(self, o):
        target["added"] = 1
        return False


target = {AddsToTarget(): 0}
source = {AddsToTarget(): 1, "x": 2}
target.update(source)
print(sorted(k for k in target if isinstance(k, str)), len(target))
d = {1: 2}
d.update(d)
print(d)
