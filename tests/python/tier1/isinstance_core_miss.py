# isinstance misses of exact core values (str, int, float, list, dict, tuple, bool, None) against
# classes and tuples of classes answer without a __class__ lookup; values whose __class__ is
# overridden (instances of user classes, str/int subclasses with a __class__ property) and
# metaclasses with __instancecheck__ still take the full protocol.
import collections.abc


class Fake:
    pass


class Pretender:
    @property
    def __class__(self):
        return dict


class SPretend(str):
    @property
    def __class__(self):
        return list


class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, str) and obj.startswith("m")


class M(metaclass=Meta):
    pass


values = ["s", "", 0, 7, 2 ** 70, 1.5, [], [1], {}, {"a": 1}, (), (1,), True, False, None]
kinds = [str, int, float, list, dict, tuple, bool, type(None), object, Fake, (int, float), (dict, list),
         (bool, int, float, str), collections.abc.Mapping, collections.abc.Sequence, M]
for v in values:
    print(repr(v)[:12], "".join("1" if isinstance(v, k) else "0" for k in kinds))
p = Pretender()
print(isinstance(p, dict), isinstance(p, Pretender), isinstance(p, (list, dict)), type(p).__name__)
sp = SPretend("mx")
print(isinstance(sp, list), isinstance(sp, str), isinstance(sp, (dict, list)), isinstance(sp, M), isinstance("mz", M))
for _ in range(300):
    r = [isinstance(v, dict) for v in values] + [isinstance(p, dict), isinstance(sp, list)]
print(r.count(True), r[-2:])
try:
    isinstance("s", "str")
except TypeError as e:
    print(type(e).__name__, e)
