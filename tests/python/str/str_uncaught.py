words = ["alpha", "beta"]
print(", ".join(words))
print("count: " + len(words))
