# an uncaught KeyboardInterrupt: traceback and CPython's exit status 130
def work():
    for i in range(3):
        if i == 2:
            raise KeyboardInterrupt
        print("step", i)
work()
