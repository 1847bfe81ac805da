# A list changed by the __eq__ or __repr__ of one of its own items while `in`, index(), count(),
# remove() or repr() walks it: the walk reads the list as it is at each step (CPython's
# list_contains and friends), as test_contains' Deviant1 checks.


def deviant_list():
    lst = list(range(15))

    class Deviant:
        def __eq__(self, other):
            if other == 12:
                lst.remove(12)
                lst.remove(13)
                lst.remove(14)
            return False

        def __repr__(self):
            return "Deviant"

    return lst, Deviant()


for op in ("in", "not in", "index", "index 2..14", "index -5", "count", "remove"):
    lst, d = deviant_list()
    try:
        if op == "in":
            r = d in lst
        elif op == "not in":
            r = d not in lst
        elif op == "index":
            r = lst.index(d)
        elif op == "index 2..14":
            r = lst.index(d, 2, 14)
        elif op == "index -5":
            r = lst.index(d, -5)
        elif op == "count":
            r = lst.count(d)
        else:
            r = lst.remove(d)
        print(op, r, len(lst))
    except ValueError as e:
        print(op, "ValueError", e, len(lst))


# Found before the list shrank: the walk stops at the first equal item.
lst = list(range(15))


class FindsTen:
    def __eq__(self, other):
        if other == 5:
            del lst[8:]
        return other == 10


print("found after shrink", FindsTen() in lst, lst)
lst = list(range(15))
print("index after shrink", lst.index(FindsTen()) if FindsTen() in lst else None, lst)

# Growing while compared: the new items are compared too.
grow = [1, 2, 3]


class Grows:
    def __eq__(self, other):
        if other == 3 and len(grow) < 6:
            grow.extend([7, 8, 9])
        return other == 9


print("grown", Grows() in grow, grow, grow.count(Grows()))

# repr of a list whose item's __repr__ removes or appends items.
shrinking = list(range(6))


class ShrinkRepr:
    def __repr__(self):
        shrinking.remove(4)
        shrinking.remove(5)
        return "S"


shrinking[1] = ShrinkRepr()
print(repr(shrinking))
growing = [0, 1, 2, 3]


class GrowRepr:
    def __repr__(self):
        growing.append("new")
        return "G"


growing[3] = GrowRepr()
print(growing)
emptied = [0, 1, 2]


class EmptyRepr:
    def __repr__(self):
        emptied.clear()
        return "E"


emptied[0] = EmptyRepr()
print(emptied, emptied)

# Tuples cannot change; the item is still compared first (int's __eq__ defers to ours).
class Two:
    def __eq__(self, other):
        return other == 2


t = (1, 2, 3, 2)
print(Two() in t, t.index(Two()), t.count(Two()))

# remove() whose matching item's __eq__ emptied or shortened the list: the slice [i:i+1] of the
# list as it is then is deleted (nothing when the list is shorter than i).
cleared = [1, 2]


class Clears:
    def __eq__(self, other):
        cleared.clear()
        return True


cleared.insert(1, Clears())
cleared.remove(5)
print("remove after clear", cleared)
shortened = [1, 2, 3, 4]


class DropsFirst:
    def __eq__(self, other):
        del shortened[0]
        return True

    def __repr__(self):
        return "D"


shortened[1] = DropsFirst()
shortened.remove(9)
print("remove after shrink", shortened)
