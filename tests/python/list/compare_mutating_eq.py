# list comparison reads both lists as they are at each step: an __eq__ that empties one ends the
# walk and the sizes decide (bpo-38588); a tuple repeated once is itself.


class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented


class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented


class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented


list1 = [X()]
list2 = [Y()]
print(list1 == list2, list1, list2)
list3 = [Z()]
list4 = [1]
print(list3 == list4)
list3 = [Z(), 5]
list4 = [1, 5]
print(list3 != list4, list3)


class Grow:
    def __eq__(self, other):
        list5.append(1)
        return False

    def __lt__(self, other):
        return True


list5 = [Grow(), 2]
list6 = [0, 2]
print(list5 < list6, list5 == list6, len(list5))

a = [1, 2, 3]
b = [1, 2, 4]
print(a < b, a <= b, a > b, a >= b, a == b, a != b, [1, 2] < [1, 2, 0], [] == [], [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], [n] < [n], [n, 1] < [n, 2])

t = (1, 2)
empty = ()
print(t * 1 is t, 1 * t is t, t * 2 is t, empty * 5 is empty, len(t * 0), t * -1)


class T(tuple):
    pass


u = T((1, 2))
print(type(u * 1).__name__, u * 1 is u, u * 1 == u, type(u * 0).__name__)
