# uncaught: an error inside an except block, through nested calls, with both cause and context links
def parse(s):
    return int(s)
def load(items):
    out = []
    for s in items:
        try:
            out.append(parse(s))
        except ValueError as e:
            raise LookupError("cannot load %r" % s) from e
    return out
def main():
    try:
        load(["1", "x"])
    except LookupError:
        cleanup()
def cleanup():
    {}["missing"]
print("start")
main()
