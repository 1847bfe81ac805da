# An uncaught FileNotFoundError from open(): errno, strerror and the file name in the last line.
def load(name):
    with open(name, encoding="utf-8") as f:
        return f.read()


print("loading")
load("no_such_file_for_taipan_io.txt")
