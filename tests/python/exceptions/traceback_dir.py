# dir() of a traceback lists its four attributes only (tb_dir), sorted; __dir__ gives them in
# CPython's own order.
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
print(dir(tb))
print(type(tb).__dir__(tb))
print("__dir__" in type(tb).__dict__, tb.tb_lineno, tb.tb_next)
