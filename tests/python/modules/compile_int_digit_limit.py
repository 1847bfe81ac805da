# Decimal int literals obey sys.set_int_max_str_digits() at compile time (ast.literal_eval too),
# with CPython's location (the line, no columns).
import sys, ast
def c(src):
    try:
        compile(src, '<s>', 'exec')
        print("ok")
    except SyntaxError as e:
        print(e.msg[:70], e.lineno, e.offset, e.end_lineno, e.end_offset, len(e.text or ''))
c('x = ' + '1' * 4300)
c('x = ' + '1' * 4301)
c('x = 0x' + 'f' * 5000)
sys.set_int_max_str_digits(4000)
c('x = ' + '1' * 4001)
c('y = 1\nx = [' + '2' * 4001 + ']')
try:
    ast.literal_eval('3' * 4001)
except SyntaxError as e:
    print("literal_eval", 'Exceeds the limit ' in str(e), ' Consider hexadecimal ' in str(e))
sys.set_int_max_str_digits(0)
c('x = ' + '1' * 5000)
print(len(str(eval('1' * 5000))))
