# An uncaught error from complex(): the traceback names the call.
values = ["1+2j", "3-j", "(4+5J)"]
total = sum(complex(v) for v in values)
print(total, f"{total:.2f}")
print(complex("1+2i"))
