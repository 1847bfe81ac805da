queue = [1, 2]
while True:
    item = queue.pop(0)
    print("processing", item)
