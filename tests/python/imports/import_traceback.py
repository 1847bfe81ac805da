# An exception raised while a module runs propagates through the import with the module's frames.
import sys

try:
    import _fail.chain
except KeyError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_filename.rpartition("/")[2], tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
print("_fail.chain" in sys.modules, "_fail.raiser" in sys.modules, "_fail" in sys.modules)
import _fail.chain
