print("foo" + "bar")
print("a" + "" + "b")
print("ab" * 3)
print(3 * "xy")
print("-" * 0 + "|")
s = "Tai" + "pan"
print(s)
