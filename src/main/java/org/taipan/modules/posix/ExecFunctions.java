package org.taipan.modules.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.taipan.modules.subprocess.PosixSubprocessModule;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Args;
import org.taipan.runtime.Callables;
import org.taipan.runtime.Errors;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.Permission;
import org.taipan.runtime.PyInt;
import org.taipan.runtime.PyList;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyTuple;
import org.taipan.sandbox.Sandbox;

/**
 * {@code os.execv} and {@code os.execve} ({@code os_execv_impl}, {@code os_execve_impl}: the C
 * library's {@code execve}, with the interpreter's working directory and environment made the
 * process's first), and {@code os.spawnv}, {@code spawnve}, {@code spawnvp}, {@code spawnvpe}.
 *
 * <p>CPython's {@code os} builds the spawn functions from {@code fork} and {@code exec}, which the
 * JVM cannot do; here {@code posix} provides them (as Windows' {@code nt} does, so {@code os}
 * adds {@code spawnl}, {@code spawnle}, {@code spawnlp} and {@code spawnlpe} on top) with the
 * semantics of {@code os._spawnvef}: the child is started with {@code posix_spawn} on the
 * interpreter's descriptors 0, 1 and 2; {@code P_NOWAIT} returns its pid, any other mode waits and
 * returns {@code waitstatus_to_exitcode}; a child that cannot be executed exits with status 127.
 * Registered only when the C library can be called.
 */
final class ExecFunctions {
    private ExecFunctions() {}

    /** {@code os.P_WAIT}, {@code os.P_NOWAIT} and {@code os.P_NOWAITO}, os.py's values. */
    static final int P_WAIT = 0, P_NOWAIT = 1;

    private static final ValueLayout I = ValueLayout.JAVA_INT, P = ValueLayout.ADDRESS;
    private static final NativeFn EXECVE = new NativeFn("execve", FunctionDescriptor.of(I, P, P, P));
    private static final NativeFn CHDIR = new NativeFn("chdir", FunctionDescriptor.of(I, P));

    static void register(PyModule m, Interpreter interp, PosixState state) {
        if (!Libc.available()) {
            return;
        }
        PosixModule.def(m, "execv", (a, k) -> {
            Args.check("execv", a, k, 2, 2);
            PosixPaths.PathArg path = PosixPaths.convert(a[0], "execv", "path");
            List<byte[]> argv = argv(a[1], "execv() arg 2 must be a tuple or list", "execv() arg 2 must not be empty",
                    "execv() arg 2 first element cannot be empty");
            exec(state, path, argv, state.environmentEntries(), null);
            return null;
        });
        PosixModule.def(m, "execve", (a, k) -> {
            PyObject[] b = org.taipan.runtime.MethodArgs.bind("execve", a, k, 0, "path", "argv", "env");
            PosixPaths.PathArg path = PosixPaths.convert(org.taipan.runtime.MethodArgs.required("execve", b, 0, "path"),
                    "execve", "path");
            List<byte[]> argv = argv(org.taipan.runtime.MethodArgs.required("execve", b, 1, "argv"),
                    "execve: argv must be a tuple or list", "execve: argv must not be empty",
                    "execve: argv first element cannot be empty");
            List<byte[]> env = environment(org.taipan.runtime.MethodArgs.required("execve", b, 2, "env"));
            exec(state, path, argv, env, path.object());
            return null;
        });
        m.set("P_WAIT", PyInt.of(P_WAIT));
        m.set("P_NOWAIT", PyInt.of(P_NOWAIT));
        m.set("P_NOWAITO", PyInt.of(P_NOWAIT));
        for (String name : new String[] {"spawnv", "spawnve", "spawnvp", "spawnvpe"}) {
            boolean withEnv = name.endsWith("e"), search = name.contains("vp");
            PosixModule.def(m, name, (a, k) -> {
                Sandbox.require(Permission.PROCESS, "os." + name + "()");
                Args.check(name, a, k, withEnv ? 4 : 3, withEnv ? 4 : 3);
                return PyInt.of(spawn(interp, state, a, withEnv, search));
            });
        }
    }

    /** The argument vector: a tuple or list of file-system strings, not empty, its first element neither. */
    private static List<byte[]> argv(PyObject o, String notSequence, String empty, String firstEmpty) {
        if (!(o instanceof PyTuple) && !(o instanceof PyList)) {
            throw Errors.typeError(notSequence);
        }
        PyObject[] items = Abstract.toArray(o);
        if (items.length == 0) {
            throw Errors.valueError(empty);
        }
        List<byte[]> r = new ArrayList<>();
        for (PyObject item : items) {
            r.add(PosixSubprocessModule.fsBytes(item));
        }
        if (r.get(0).length == 0) {
            throw Errors.valueError(firstEmpty);
        }
        return r;
    }

    /**
     * A mapping's items as {@code KEY=VALUE} entries ({@code parse_envlist}).
     *
     * @throws org.taipan.runtime.PyException ValueError "illegal environment variable name" for an
     *     empty key or one containing '='; the conversion errors of file-system strings
     */
    private static List<byte[]> environment(PyObject mapping) {
        PyObject[] keys = Abstract.toArray(Callables.callAttr(mapping, "keys"));
        PyObject[] values = Abstract.toArray(Callables.callAttr(mapping, "values"));
        List<byte[]> env = new ArrayList<>();
        for (int i = 0; i < keys.length && i < values.length; i++) {
            byte[] key = PosixSubprocessModule.fsBytes(keys[i]);
            byte[] value = PosixSubprocessModule.fsBytes(values[i]);
            if (key.length == 0 || new String(key, StandardCharsets.ISO_8859_1).indexOf('=') >= 0) {
                throw Errors.valueError("illegal environment variable name");
            }
            byte[] entry = new byte[key.length + 1 + value.length];
            System.arraycopy(key, 0, entry, 0, key.length);
            entry[key.length] = '=';
            System.arraycopy(value, 0, entry, key.length + 1, value.length);
            env.add(entry);
        }
        return env;
    }

    /**
     * Replaces the process: the JVM's real working directory becomes the interpreter's, then
     * {@code execve}. Returns only by raising the OSError of the failure (naming {@code filename}).
     */
    private static void exec(PosixState state, PosixPaths.PathArg path, List<byte[]> argv, List<byte[]> env,
            PyObject filename) {
        Sandbox.require(Permission.PROCESS, "os.execve()");
        try (Arena a = Arena.ofConfined()) {
            CHDIR.call(Libc.cPath(a, state.cwd()));
            EXECVE.call(Libc.cPath(a, path.path()), Spawn.cStrings(a, argv),
                    Spawn.cStrings(a, env));
            throw Errno.error(Libc.errno(), filename);
        }
    }

    /** {@code spawnv*(mode, file, args[, env])} as {@code os._spawnvef}: a pid or an exit code. */
    private static int spawn(Interpreter interp, PosixState state, PyObject[] a, boolean withEnv, boolean search) {
        int mode = PosixModule.intArg(a[0]);
        PyObject file = a[1];
        if (!(a[2] instanceof PyTuple) && !(a[2] instanceof PyList)) {
            throw Errors.typeError("argv must be a tuple or a list");
        }
        PyObject[] args = Abstract.toArray(a[2]);
        if (args.length == 0 || !Abstract.isTrue(args[0])) {
            throw Errors.valueError("argv first element cannot be empty");
        }
        Spawn.Request r = new Spawn.Request();
        r.argv = new ArrayList<>();
        for (PyObject arg : args) {
            r.argv.add(PosixSubprocessModule.fsBytes(arg));
        }
        r.env = withEnv ? environment(a[3]) : state.environmentEntries();
        byte[] program = PosixSubprocessModule.fsBytes(file);
        r.executables = search ? searchPath(program, withEnv ? a[3] : null, state) : List.of(absolute(state, program));
        r.cwd = FsEncoding.bytes(state.cwd());
        int pid = ChildFds.spawnWithStdio(interp, r);
        if (pid < 0) {
            // what the forked child of os._spawnvef does when exec fails
            Spawn.Request exit127 = new Spawn.Request();
            exit127.argv = List.of(bytes("sh"), bytes("-c"), bytes("exit 127"));
            exit127.executables = List.of(bytes("/bin/sh"));
            exit127.env = r.env;
            exit127.cwd = r.cwd;
            pid = ChildFds.spawnWithStdio(interp, exit127);
            if (pid < 0) {
                throw Errno.error(-pid, null);
            }
        }
        if (mode == P_NOWAIT) {
            return pid;
        }
        while (true) {
            int status = WaitFunctions.waitpid(pid, 0)[1];
            if ((status & 0xff) == 0x7f) {
                continue;
            }
            return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -(status & 0x7f);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A relative program name resolved against the interpreter's working directory. */
    private static byte[] absolute(PosixState state, byte[] program) {
        if (program.length > 0 && program[0] == '/') {
            return program;
        }
        return FsEncoding.bytes(state.cwd().resolve(FsEncoding.toPath(program)));
    }

    /** The candidates of {@code os._execvpe}: the name itself when it has a '/', else each PATH entry's. */
    private static List<byte[]> searchPath(byte[] program, PyObject env, PosixState state) {
        String name = new String(program, StandardCharsets.UTF_8);
        if (name.contains("/")) {
            return List.of(absolute(state, program));
        }
        String path = null;
        if (env != null) {
            for (byte[] e : environment(env)) {
                String s = new String(e, StandardCharsets.UTF_8);
                if (s.startsWith("PATH=")) {
                    path = s.substring(5);
                }
            }
        } else {
            path = state.environment().get("PATH");
        }
        if (path == null) {
            path = "/bin:/usr/bin";
        }
        List<byte[]> r = new ArrayList<>();
        for (String dir : path.split(":", -1)) {
            r.add(absolute(state, bytes((dir.isEmpty() ? "." : dir) + "/" + name)));
        }
        return r;
    }
}
