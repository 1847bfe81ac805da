global x
x: int
