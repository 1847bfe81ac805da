# A SyntaxError in an imported module is raised by the import statement, located in that file.
try:
    import _fail.badsyntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename.rpartition("/")[2], e.lineno, e.offset, repr(e.text))
import _fail.badsyntax
