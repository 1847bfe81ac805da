# An uncaught SyntaxError from exec(): the traceback shows the File line and caret of the
# error's own location, then the type and msg (not str(exc), which would add "(<string>, line 1)").
print("before")
exec("x = (1 +\n")
