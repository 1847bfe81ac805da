package org.taipan.runtime;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an {@link Interpreter} may reach outside itself. A command-line interpreter has all of
 * them; a Java host can create a sandboxed one with fewer ({@link InterpreterOptions#withPermissions}),
 * and every operation that needs a missing permission raises Python's {@code PermissionError}
 * through {@link Interpreter#requirePermission}. CPython has no such notion (its audit hooks
 * only observe); the errno-free {@code PermissionError} is Taipan's choice, so that ordinary
 * {@code except OSError} handlers treat a refusal like a denied system call.
 */
public enum Permission {
    /** Opening, listing, creating, removing or inspecting files and directories. */
    FILE_SYSTEM,
    /** Starting, signalling or waiting for processes; {@code os.system}, {@code subprocess}, exiting the JVM. */
    PROCESS,
    /** Sockets, name resolution and anything else that reaches the network. */
    NETWORK,
    /** Python code reaching Java classes ({@code import java.util}, reflection). */
    JAVA;

    /** Every permission: what {@code ./taipan} and an interpreter created without restrictions get. */
    public static Set<Permission> all() {
        return EnumSet.allOf(Permission.class);
    }

    /** No permission at all: a sandbox for untrusted code. */
    public static Set<Permission> none() {
        return EnumSet.noneOf(Permission.class);
    }
}
