# At exit, objects the module's globals hold are finalized (in the globals' order), then the rest;
# suspended generators run their finally blocks. The output comes after the program's last line.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def gen(tag):
    try:
        yield tag
    finally:
        print("generator finally", tag)

first = Noisy("first")
_private = Noisy("_private")
g = gen("global generator")
next(g)
second = Noisy("second")
container = {"deep": [Noisy("inside a container")]}
print("end of program")
