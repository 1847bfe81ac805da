class Parser:
    def __init__(self, text):
        self.text = text

    def number(self):
        return int(self.text)

    def parse(self):
        return [self.number() for _ in range(1)]

print(Parser("42").parse())
Parser("4x2").parse()
