

# vars() turns only an AttributeError from __dict__ into its TypeError
class DictRaises:
    def __init__(self, exc):
        self.exc = exc

    @property
    def __dict__(self):
        raise self.exc


for exc in (KeyError('k'), ValueError('v'), AttributeError('a')):
    try:
        vars(DictRaises(exc))
    except Exception as e:
        print('vars', type(e).__name__, e)
