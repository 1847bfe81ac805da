x = """abc
y
z
