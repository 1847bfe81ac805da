# A loop in a generator's body whose trace reads a local some iterations delete: a null read out
# of the frame and yielded would look like the end of the generator to its consumer.

def deletes_between_yields(n):
    for i in range(n):
        if i % 6 == 0:
            a = i
        try:
            yield a
        except UnboundLocalError:
            pass
        if i % 6 == 4:
            del a
        try:
            yield a
        except UnboundLocalError:
            yield 'u'


def deleted_then_read(n):
    v = 0
    for i in range(n):
        yield v
        if i % 9 == 4:
            del v
            try:
                yield v
            except UnboundLocalError:
                yield 'u'
        v = i


def main():
    r = list(deletes_between_yields(3000))
    print(len(r), r.count('u'), r[:14])
    r = list(deleted_then_read(3000))
    print(len(r), r.count('u'), r[:14])
    total = 0
    for x in deletes_between_yields(2000):
        if x != 'u':
            total += x
    print(total)


main()
