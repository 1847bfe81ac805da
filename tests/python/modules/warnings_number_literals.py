# The tokenizer's SyntaxWarning for a number run into a keyword (1if x else y), and its SyntaxError under an error filter.
import warnings
def c(s):
    try:
        compile(s, "<s>", "exec")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
warnings.simplefilter("always")
for s in ["print(1if 1 else 2)", "x = 1\nx = 123in y", "x = (0x1f\n  or 2)", "[0x1for x in ()]", "1in x; 1or 2; 1.5and 3; 1jor 2; 1_0is 10; 0o7not in x; 0b1else 2", "x = 1spam", "x = 0xfor x"]:
    c(s)
warnings.simplefilter("error")
for s in ["print(1if 1 else 2)", "x = 1\nx = 123in y", "[0x1for x in ()]", "0b1or 2"]:
    c(s)
