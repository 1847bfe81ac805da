# An LRU cache implemented with a dict and a hand-written doubly linked list,
# used as a decorator, with hit/miss statistics and eviction tracing.


class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return None
        if len(self.map) >= self.capacity:
            victim = self.tail.prev
            self._unlink(victim)
            del self.map[victim.key]
            self.evictions += 1
            evicted = victim.key
        else:
            evicted = None
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)
        return evicted

    def keys(self):
        out = []
        node = self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def __repr__(self):
        return f"LRUCache({self.capacity}, {self.keys()})"


cache = LRUCache(3)
for key in "abc":
    cache.put(key, key.upper())
print(cache)
print(cache.get("a"), cache)
print("evicted:", cache.put("d", "D"), cache)
print(cache.get("b", "gone"), "c" in cache, len(cache))
cache.put("c", "C2")
print(cache, cache.get("c"))
print("stats:", cache.hits, cache.misses, cache.evictions)


def lru(capacity):
    def decorate(fn):
        store = LRUCache(capacity)
        def wrapper(*args):
            result = store.get(args, wrapper)
            if result is wrapper:
                result = fn(*args)
                store.put(args, result)
            return result
        wrapper.cache = store
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorate


@lru(64)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("taipan", "python"), ("", "abc")]:
    print(a, b, edit_distance(a, b))
c = edit_distance.cache
print(edit_distance.__name__, "hits", c.hits, "misses", c.misses, "evictions", c.evictions, "size", len(c))
try:
    LRUCache(0)
except ValueError as e:
    print(type(e).__name__, e)
