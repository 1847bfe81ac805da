# Record classes with generated __init__/__repr__/__eq__/ordering built by a
# class decorator (no dataclasses module), used for an inventory report with
# grouping, sorting and totals.


def record(*fields, order=False):
    def decorate(cls):
        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__} takes {len(fields)} arguments, got {len(args)}")
            values = dict(zip(fields, args))
            for key, value in kwargs.items():
                if key not in fields:
                    raise TypeError(f"{cls.__name__} has no field {key!r}")
                if key in values:
                    raise TypeError(f"{cls.__name__} got two values for {key!r}")
                values[key] = value
            for f in fields:
                if f not in values:
                    default = getattr(cls, f, None)
                    if default is None:
                        raise TypeError(f"{cls.__name__} is missing {f!r}")
                    values[f] = default
                object.__setattr__(self, f, values[f])

        def __repr__(self):
            inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
            return f"{cls.__name__}({inner})"

        def astuple(self):
            return tuple(getattr(self, f) for f in fields)

        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return astuple(self) == astuple(other)

        def __hash__(self):
            return hash(astuple(self))

        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.__hash__ = __hash__
        cls.astuple = astuple
        cls.fields = fields
        if order:
            def __lt__(self, other):
                if type(other) is not type(self):
                    return NotImplemented
                return astuple(self) < astuple(other)
            cls.__lt__ = __lt__
        return cls
    return decorate


@record("sku", "name", "category", "price_cents", "qty", order=True)
class Item:
    qty = 0

    @property
    def value(self):
        return self.price_cents * self.qty


@record("name", "city")
class Warehouse:
    city = "Rotterdam"


stock = [
    Item("A-100", "hammer", "tools", 1299, 14),
    Item("A-101", "screwdriver set", "tools", 2450, 6),
    Item("B-200", "garden hose", "garden", 3199, 3),
    Item("B-201", "rake", "garden", 1875),
    Item("C-300", "lamp", "home", 4500, 9),
    Item("C-301", "rug", "home", 8999, 2),
    Item("A-102", "wrench", "tools", 899, 25),
]
print(stock[0])
print(Item("X", "y", "z", 1) == Item("X", "y", "z", 1, 0), Item("X", "y", "z", 1) == stock[0])
print(len({Item("X", "y", "z", 1), Item("X", "y", "z", 1)}))
print(sorted(stock)[0].sku, max(stock).sku)
by_category = {}
for item in stock:
    by_category.setdefault(item.category, []).append(item)
grand = 0
for category in sorted(by_category):
    items = sorted(by_category[category], key=lambda i: (-i.value, i.sku))
    subtotal = sum(i.value for i in items)
    grand += subtotal
    print(f"{category.upper()}")
    for i in items:
        print(f"  {i.sku:<6} {i.name:<16} {i.qty:>3} x {i.price_cents / 100:>7.2f} = {i.value / 100:>9,.2f}")
    print(f"  {'subtotal':<33}{subtotal / 100:>12,.2f}")
print(f"{'TOTAL':<35}{grand / 100:>12,.2f}")
out_of_stock = [i.name for i in stock if not i.qty]
print("out of stock:", out_of_stock)
print(Warehouse("north"), Warehouse("south", city="Delft"))
for args, kwargs in [((1, 2, 3, 4, 5, 6), {}), (("s",), {"nme": 1}), (("s", "n"), {"sku": "t"}), ((), {})]:
    try:
        Item(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    stock[0] < Warehouse("w")
except TypeError as e:
    print(type(e).__name__, e)
