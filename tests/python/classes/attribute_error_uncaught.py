class Shape:
    def __init__(self):
        self.sides = 4

s = Shape()
print(s.sides)
print(s.colour)
