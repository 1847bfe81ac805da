# id() is unique among live objects and stable for each: memos keyed by id() (pickle,
# copy.deepcopy) depend on it. Java's identity hash codes collide about five times among
# 150,000 objects, so these sizes catch an id() built on them.
import copy
import pickle

objs = [[i] for i in range(150000)]
ids = [id(o) for o in objs]
print("unique", len(set(ids)) == len(objs))
print("stable", all(id(o) == i for o, i in zip(objs, ids)))
print("int", type(ids[0]) is int, ids[0] > 0)

o = object()
print("repr shows id", hex(id(o)) in repr(o))

# A memo hit on a colliding id would put one list where another belongs.
clone = copy.deepcopy(objs)
print("deepcopy", clone == objs, clone[0] is not objs[0])
back = pickle.loads(pickle.dumps(objs, 2))
print("pickle", back == objs)

shared = [0]
pair = pickle.loads(pickle.dumps([shared, shared]))
print("shared stays shared", pair[0] is pair[1])

# Ids of objects that died may be reused by CPython; they only need to differ among the living.
live = []
for i in range(1000):
    x = [i]
    live.append((id(x), x))
print("live distinct", len({i for i, _ in live}) == 1000)
