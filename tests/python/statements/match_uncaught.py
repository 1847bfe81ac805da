class P:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = 2

match P():
    case P(1, 2, 3):
        print("not reached")
