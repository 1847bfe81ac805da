class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("registered", cls.plugin_name)

class Alpha(Plugin):
    pass
class Beta(Plugin, name="custom-beta"):
    pass
class Gamma(Beta):
    pass
print(Plugin.registry)
print(Gamma.plugin_name)

try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Plain(object, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class GenericBox:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"
print(GenericBox[int])
print(GenericBox["x"])
try:
    GenericBox()[int]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, list[int]])
print(type(list[int]).__name__)
