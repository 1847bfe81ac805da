# an uncaught error from tuple unpacking inside nested calls
def pairs(items):
    return [split(i) for i in items]
def split(item):
    key, value = item
    return key, value
print(pairs([("a", 1), ("b", 2)]))
print(pairs([("a", 1), ("b", 2, 3)]))
