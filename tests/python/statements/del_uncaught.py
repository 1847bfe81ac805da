items = {"a": 1}
del items["a"]
print(items)
del items["a"]
