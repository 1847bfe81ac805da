# os.path (posixpath) string operations from the standard library.
import os.path
import posixpath

print(os.path is posixpath)
print(posixpath.join("a", "b", "/c", "d"), posixpath.join("", "x"), posixpath.join("a/", "b"))
print(posixpath.split("/a/b/c.txt"), posixpath.splitext("archive.tar.gz"), posixpath.splitext(".bashrc"))
print(posixpath.basename("/x/y/"), posixpath.dirname("/x/y/z"), posixpath.isabs("/q"), posixpath.isabs("q"))
print(posixpath.normpath("a//b/./c/../d"), posixpath.normpath("/../x"), posixpath.normpath(""))
print(posixpath.commonprefix(["/usr/lib", "/usr/local"]), posixpath.commonpath(["/usr/lib", "/usr/local"]))
print(posixpath.relpath("/a/b/c", "/a/d"), posixpath.splitdrive("/x"))
print(posixpath.join(b"a", b"b"), posixpath.normcase("AbC"))
try:
    posixpath.join("a", b"b")
except TypeError as e:
    print(type(e).__name__, e)
