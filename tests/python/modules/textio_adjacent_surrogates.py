# A high surrogate followed by a low one is two characters in a str ('\ud800\udc00' != '\U00010000'):
# text files encode them as two, so strict UTF-8 refuses them and the error handlers see each one.
import io

s = '\ud800\udc00'
print(len(s), s == '\U00010000')


def written(text, **kw):
    f = io.TextIOWrapper(io.BytesIO(), **kw)
    try:
        f.write(text)
        f.flush()
    except UnicodeEncodeError as e:
        return 'UnicodeEncodeError: %s' % e
    return f.buffer.getvalue()


print(written(s, encoding='utf-8'))
print(written(s, encoding='utf-8', errors='surrogatepass'))
print(written(s, encoding='utf-8', errors='backslashreplace'))
print(written('x' + s + '\U00010000', encoding='ascii', errors='backslashreplace'))
print(written('a' + s, encoding='utf-16', errors='surrogatepass'))
print(written('\udcff\udcfe', encoding='latin-1', errors='surrogateescape'))

out = io.TextIOWrapper(io.BytesIO(), encoding='utf-8', errors='surrogatepass', newline='\r\n')
print('\ud83d\n\ude00', s, file=out)
out.flush()
print(out.buffer.getvalue())

out = io.TextIOWrapper(io.BytesIO(), encoding='utf-8', errors='surrogateescape', line_buffering=True)
print('\udcc3\udca9', end='!\n', file=out)
print(out.buffer.getvalue())
