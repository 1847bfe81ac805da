import time

STARTED = True
time.sleep(0.2)
FINISHED = "finished"
