package org.taipan.sandbox;

import org.taipan.runtime.Permission;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.StrRepr;
import org.taipan.runtime.ThreadState;

/**
 * The permission checks the Java code that reaches outside the interpreter makes before it acts
 * (opening a file, starting a process, making a socket), for code that has no {@code Interpreter}
 * at hand: the interpreter is the one running on the calling thread. A thread running no Python
 * code is the Java host's own, which is trusted, so nothing is refused there.
 *
 * <p>On an interpreter with every permission a check is a thread-local read and one field read
 * ({@link org.taipan.runtime.Interpreter#permits}); the refusal message is built only when refusing.
 */
public final class Sandbox {
    private Sandbox() {}

    /** Whether the interpreter running on this thread (if any) grants {@code p}. */
    public static boolean permits(Permission p) {
        ThreadState ts = ThreadState.currentOrNull();
        return ts == null || ts.interpreter.permits(p);
    }

    /**
     * Refuses {@code what} unless the current interpreter grants {@code p}.
     *
     * @param what the attempted call as the message shows it, e.g. {@code "os.system()"}
     * @throws org.taipan.runtime.PyException PermissionError "sandboxed interpreter: os.system() needs
     *     the PROCESS permission"
     */
    public static void require(Permission p, String what) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null && !ts.interpreter.permits(p)) {
            ts.interpreter.requirePermission(p, what);
        }
    }

    /**
     * Refuses {@code function(path)} unless the current interpreter grants {@code p}; the message
     * shows the path's repr.
     *
     * @throws org.taipan.runtime.PyException PermissionError "sandboxed interpreter:
     *     open('/etc/passwd') needs the FILE_SYSTEM permission"
     */
    public static void require(Permission p, String function, String path) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null && !ts.interpreter.permits(p)) {
            ts.interpreter.requirePermission(p, function + "(" + StrRepr.repr(PyStr.of(path)) + ")");
        }
    }
}
