NAME = __name__
def hello():
    return "hello from " + __name__
