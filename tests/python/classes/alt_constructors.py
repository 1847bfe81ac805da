class Color:
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b
    @classmethod
    def from_hex(cls, text):
        text = text.lstrip("#")
        if len(text) == 3:
            text = "".join(ch * 2 for ch in text)
        return cls(*(int(text[i:i + 2], 16) for i in (0, 2, 4)))
    @classmethod
    def gray(cls, level):
        return cls(level, level, level)
    def __repr__(self):
        return f"{type(self).__name__}({self.r}, {self.g}, {self.b})"
    def __eq__(self, other):
        return isinstance(other, Color) and (self.r, self.g, self.b) == (other.r, other.g, other.b)
    def hex(self):
        return "#{:02x}{:02x}{:02x}".format(self.r, self.g, self.b)

class Named(Color):
    pass

print(Color.from_hex("#ff8000"), Color.from_hex("0f0"), Color.gray(128), Named.from_hex("#123456"))
print(Color.from_hex("#abc").hex(), Color(1, 2, 3) == Color(1, 2, 3), Color(1, 2, 3) == Named(1, 2, 3))
try:
    Color.from_hex("#zzzzzz")
except ValueError as e:
    print(type(e).__name__, e)
