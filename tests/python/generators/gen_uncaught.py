def producer():
    yield 1
    yield 2
    raise ValueError("producer failed")

def consumer():
    total = 0
    for v in producer():
        total += v
        print("total", total)
    return total

consumer()
