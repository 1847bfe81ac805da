def cleanup():
    raise OSError("cleanup failed")

try:
    {}["missing"]
except KeyError:
    cleanup()
