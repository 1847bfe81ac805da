# __set_name__ runs for every attribute of the class body even when one rebinds class attributes
class Member:
    def __init__(self, v):
        self.v = v
    def __set_name__(self, owner, name):
        owner.order.append(name)
        setattr(owner, name, self.v * 10)
        if name == 'b':
            delattr(owner, 'a')

class C:
    order = []
    a = Member(1)
    b = Member(2)
    c = Member(3)
    d = Member(4)

print(C.order, C.b, C.c, C.d, hasattr(C, 'a'))
