# A backslash before a replacement field's brace in an f-string (f'\{x}') is kept in the literal and
# warned about as CPython's fstring_find_literal does ("invalid escape sequence '\{'"), before the
# piece's other invalid escapes; raw f-strings and an escaped backslash do not warn.
import warnings
for src in [r"f'\{6*7}'", r"f'\d\{1}'", r"rf'\{1}'", r"f'\\{1}'", r"f'\\\{1}'", r"f'{1}\{2}'", r"f'''x\{1}'''", r"f'\{{'", r"b'\{'"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            v = eval(src)
            print(src, repr(v), [str(x.message) for x in w], [x.category.__name__ for x in w], [x.lineno for x in w])
        except SyntaxError as e:
            print(src, "SyntaxError", e.msg)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile(r"x = f'\{1}'", "<test>", "exec")
    except SyntaxError as e:
        print("as error:", e.msg, e.lineno, e.offset)
