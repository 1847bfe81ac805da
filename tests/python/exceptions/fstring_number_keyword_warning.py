# A number run into a keyword inside an f-string expression gives the SyntaxWarning it gives
# outside one, at its line of the file (or the SyntaxError, when warnings are errors).
import warnings
for s in ["f'{1if 1 else 0}'", "x=1\nf'''{\n0x1for x in y}'''", "1if 1 else 0", "x=1\ny=f'{0o7and 1}'", "f'{x:{1if 1 else 2}}'"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try: compile(s, '<s>', 'exec')
        except SyntaxError as e: print('SE', e)
        for x in w: print(repr(s), x.category.__name__, x.message, x.lineno)
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try: compile(s, '<s>', 'exec'); print("compiled")
        except SyntaxError as e: print('SE', e.msg, e.lineno, e.offset)
