# an uncaught KeyError from set.remove in a helper
def retire(pool, name):
    pool.remove(name)
    return len(pool)
pool = {"a", "b"}
print(retire(pool, "a"))
print(retire(pool, "zz"))
