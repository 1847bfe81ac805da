def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__, e)

def too_many():
    a, b = 1, 2, 3
def too_few():
    a, b, c = [1, 2]
def too_few_starred():
    a, b, *c = [1]
def not_iterable():
    a, b = 5
def none_iter():
    a, = None
def generator_too_many():
    a, b = (i for i in range(10))
def star_dict():
    a, *b = {"k": 1, "j": 2}
    print(a, b)

attempt("too_many", too_many)
attempt("too_few", too_few)
attempt("too_few_starred", too_few_starred)
attempt("not_iterable", not_iterable)
attempt("none", none_iter)
attempt("generator", generator_too_many)
attempt("dict", star_dict)
