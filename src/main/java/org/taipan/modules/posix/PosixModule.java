package org.taipan.modules.posix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.PyBuiltinFunction;
import org.taipan.runtime.PyBytes;
import org.taipan.runtime.PyDict;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;

/**
 * The builtin module {@code posix} (CPython's {@code Modules/posixmodule.c}), the part the file
 * tests and {@code os} need first: paths ({@code fspath}, {@code getcwd}, {@code listdir},
 * {@code stat}), changes ({@code mkdir}, {@code rmdir}, {@code remove}/{@code unlink},
 * {@code rename}), {@code getpid} and {@code environ} (bytes keys and values, as CPython's).
 * Relative paths are resolved against the JVM's working directory. Failures raise the
 * {@code OSError} subclass of the errno, with the file name, through {@link Errno}.
 *
 * <p>To add a function: a {@code def(m, name, body)} line in {@link #create} and a static method;
 * path arguments go through {@link #path(PyObject, String, String)}.
 */
public final class PosixModule {
    private PosixModule() {}

    /** A new {@code posix} module ({@code environ} is read from the process environment now). */
    public static PyModule create() {
        PyModule m = new PyModule("posix", true);
        def(m, "fspath", (a, k) -> fspath(oneArg("fspath", a, k, "path")));
        def(m, "getcwd", (a, k) -> {
            Args.noArgs("getcwd", a, k);
            return PyStr.of(cwd());
        });
        def(m, "getcwdb", (a, k) -> {
            Args.noArgs("getcwdb", a, k);
            return new PyBytes(cwd().getBytes(StandardCharsets.UTF_8));
        });
        def(m, "getpid", (a, k) -> {
            Args.noArgs("getpid", a, k);
            return PyInt.of(ProcessHandle.current().pid());
        });
        def(m, "remove", (a, k) -> remove(oneArg("remove", a, k, "path"), "remove"));
        def(m, "unlink", (a, k) -> remove(oneArg("unlink", a, k, "path"), "unlink"));
        def(m, "rmdir", (a, k) -> rmdir(oneArg("rmdir", a, k, "path")));
        def(m, "mkdir", (a, k) -> {
            Args.onlyKeywords("mkdir", k, "path", "mode", "dir_fd");
            PyObject p = a.length > 0 && Args.positional(a, k) > 0 ? a[0] : Args.keyword(a, k, "path");
            if (p == null) {
                throw Errors.typeError("mkdir() missing required argument 'path' (pos 1)");
            }
            return mkdir(p);
        });
        def(m, "rename", (a, k) -> {
            Args.check("rename", a, k, 2, 2);
            return rename(a[0], a[1], false);
        });
        def(m, "replace", (a, k) -> {
            Args.check("replace", a, k, 2, 2);
            return rename(a[0], a[1], true);
        });
        def(m, "listdir", (a, k) -> {
            Args.check("listdir", a, k, 0, 1);
            return listdir(a.length == 0 || a[0] == PyNone.NONE ? PyStr.of(".") : a[0]);
        });
        def(m, "stat", (a, k) -> {
            Args.onlyKeywords("stat", k, "path", "dir_fd", "follow_symlinks");
            if (Args.positional(a, k) < 1) {
                throw Errors.typeError("stat() missing required argument 'path' (pos 1)");
            }
            PyObject follow = Args.keyword(a, k, "follow_symlinks");
            return StatResult.of(a[0], follow == null || org.taipan.runtime.Abstract.isTrue(follow));
        });
        def(m, "lstat", (a, k) -> StatResult.of(oneArg("lstat", a, k, "path"), false));
        def(m, "strerror", (a, k) -> PyStr.of(Errno.strerror(
                org.taipan.runtime.Abstract.index(oneArg("strerror", a, k, "code"), null).intValue())));
        FdFunctions.register(m);
        PyDict environ = new PyDict();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            environ.setItem(new PyBytes(e.getKey().getBytes(StandardCharsets.UTF_8)),
                    new PyBytes(e.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        m.set("environ", environ);
        m.set("stat_result", StatResult.TYPE);
        for (String[] c : new String[][] {{"F_OK", "0"}, {"R_OK", "4"}, {"W_OK", "2"}, {"X_OK", "1"},
                {"O_RDONLY", "0"}, {"O_WRONLY", "1"}, {"O_RDWR", "2"}, {"O_CREAT", "64"}, {"O_EXCL", "128"},
                {"O_TRUNC", "512"}, {"O_APPEND", "1024"}}) {
            m.set(c[0], PyInt.of(Integer.parseInt(c[1])));
        }
        return m;
    }

    static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, body);
        f.setModule(m);
        m.set(name, f);
    }

    private static PyObject oneArg(String fname, PyObject[] a, String[] k, String kw) {
        if (k != null && k.length == 1 && k[0].equals(kw) && a.length == 1) {
            return a[0];
        }
        if (k != null && k.length > 0) {
            throw Errors.typeError("%s() got an unexpected keyword argument '%s'", fname, k[0]);
        }
        if (a.length != 1) {
            throw Errors.typeError("%s() takes exactly 1 positional argument (%d given)", fname, a.length);
        }
        return a[0];
    }

    private static String cwd() {
        return Path.of("").toAbsolutePath().toString();
    }

    /**
     * {@code os.fspath(path)}: a str or bytes unchanged, else the result of {@code __fspath__}.
     *
     * @throws org.taipan.runtime.PyException TypeError "expected str, bytes or os.PathLike object, not int"
     */
    public static PyObject fspath(PyObject path) {
        if (path instanceof PyStr || path instanceof PyBytes) {
            return path;
        }
        PyObject f = path.type().lookup("__fspath__");
        if (f == null) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not %s", path.type().name());
        }
        PyObject r = Callables.callMethod(f, path, new PyObject[0], null);
        if (!(r instanceof PyStr) && !(r instanceof PyBytes)) {
            throw Errors.typeError("expected %s.__fspath__() to return str or bytes, not %s", path.type().name(),
                    r.type().name());
        }
        return r;
    }

    /** The file system string of a str or bytes path (bytes as UTF-8); "embedded null byte" is a ValueError. */
    public static String pathString(PyObject p) {
        String s = p instanceof PyBytes b ? new String(b.bytes(), StandardCharsets.UTF_8) : p.toString();
        if (s.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null byte");
        }
        return s;
    }

    /**
     * A path argument of function {@code fname} as a JDK path.
     *
     * @throws org.taipan.runtime.PyException TypeError "remove: path should be string, bytes or os.PathLike, not int"
     */
    static Path path(PyObject arg, String fname, String argName) {
        PyObject p;
        if (arg instanceof PyStr || arg instanceof PyBytes) {
            p = arg;
        } else if (arg.type().lookup("__fspath__") != null) {
            p = fspath(arg);
        } else {
            throw Errors.typeError("%s: %s should be string, bytes or os.PathLike, not %s", fname, argName,
                    arg.type().name());
        }
        try {
            return Path.of(pathString(p));
        } catch (InvalidPathException e) {
            throw Errno.error(Errno.ENOENT, arg);
        }
    }

    private static PyObject remove(PyObject arg, String fname) {
        Path p = path(arg, fname, "path");
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw Errno.error(Errno.EISDIR, arg);
        }
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw Errno.error(e, arg);
        }
        return PyNone.NONE;
    }

    private static PyObject rmdir(PyObject arg) {
        Path p = path(arg, "rmdir", "path");
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw Errno.error(Errno.ENOTDIR, arg);
        }
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw Errno.error(e, arg);
        }
        return PyNone.NONE;
    }

    private static PyObject mkdir(PyObject arg) {
        Path p = path(arg, "mkdir", "path");
        try {
            Files.createDirectory(p);
        } catch (IOException e) {
            throw Errno.error(e, arg);
        }
        return PyNone.NONE;
    }

    private static PyObject rename(PyObject src, PyObject dst, boolean replace) {
        Path a = path(src, replace ? "replace" : "rename", "src");
        Path b = path(dst, replace ? "replace" : "rename", "dst");
        if (!Files.exists(a, LinkOption.NOFOLLOW_LINKS)) {
            throw Errno.error(Errno.ENOENT, src, dst);
        }
        try {
            if (Files.isDirectory(b) && !Files.isDirectory(a)) {
                throw Errno.error(Errno.EISDIR, src, dst);
            }
            Files.move(a, b, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw Errno.error(Errno.of(e), src, dst);
        }
        return PyNone.NONE;
    }

    private static PyObject listdir(PyObject arg) {
        Path p = path(arg, "listdir", "path");
        boolean bytes = arg instanceof PyBytes;
        if (Files.exists(p) && !Files.isDirectory(p)) {
            throw Errno.error(Errno.ENOTDIR, arg);
        }
        List<PyObject> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(p)) {
            s.forEach(e -> {
                String n = e.getFileName().toString();
                names.add(bytes ? new PyBytes(n.getBytes(StandardCharsets.UTF_8)) : PyStr.of(n));
            });
        } catch (IOException e) {
            throw Errno.error(e, arg);
        }
        return new PyList(names.toArray(new PyObject[0]));
    }
}
