package org.taipan.modules.posix;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.taipan.modules.io.FdTable;
import org.taipan.runtime.Interpreter;

/**
 * The descriptors a child process gets: each of the interpreter's descriptor numbers (emulated
 * by {@link FdTable}) named for the child is turned into a real descriptor of the operating
 * system, and a {@link Spawn.Request} installs it under the child's number.
 *
 * <ul>
 *   <li>a real pipe end ({@code os.pipe()}): its own descriptor;
 *   <li>a file opened by the interpreter: the JDK channel's descriptor, or (when the JDK does not
 *       open it to us) the same file opened again at the channel's position;
 *   <li>the standard streams of a {@code taipan} process: the process's 0, 1 and 2;
 *   <li>any other Java stream (an embedder's or the test harness's captured streams): a real
 *       pipe, with a thread copying between it and the stream. Copies of what the child writes
 *       end when the child is waited for ({@link #awaitCopies}).
 * </ul>
 * Every source is first duplicated above the highest target number, so installing one target
 * never overwrites a later source (CPython's {@code child_exec} solves the same clash).
 */
public final class ChildFds implements AutoCloseable {
    private static volatile InputStream processIn;
    private static volatile OutputStream processOut, processErr;
    /** Copy threads of children not yet waited for, by pid (pids belong to the process). */
    private static final Map<Integer, List<Thread>> COPIES = new ConcurrentHashMap<>();

    private final FdTable table;
    /** The installations asked for: {source, target, kind} ({@link #REQUIRED}, {@link #OPTIONAL}, {@link #PLACED}). */
    private final List<int[]> wanted = new ArrayList<>();
    /** The child's descriptors above 2 that {@link #fill} provides (what {@link #closeOthers} leaves open). */
    private final java.util.Set<Integer> given = new java.util.HashSet<>();
    private final List<Integer> temps = new ArrayList<>();
    private final List<Integer> closeAfterSpawn = new ArrayList<>();
    private final List<Thread> copies = new ArrayList<>();
    /** The parent's ends of the copying pipes, closed here if the child never starts. */
    private final List<NativeFdStreams.Fd> copyEnds = new ArrayList<>();

    /**
     * Declares which Java streams are the process's own descriptors 0, 1 and 2 ({@code taipan} on
     * the command line); interpreters with other streams get copying pipes.
     */
    public static void registerProcessStreams(InputStream in, OutputStream out, OutputStream err) {
        processIn = in;
        processOut = out;
        processErr = err;
    }

    /** Whether {@code in} is the process's own descriptor 0 (see {@link #registerProcessStreams}). */
    public static boolean isProcessStdin(InputStream in) {
        return in != null && in == processIn;
    }

    /** 1 or 2 when {@code out} is the process's own standard output or error stream, else -1. */
    static int processOutput(OutputStream out) {
        if (out == null) {
            return -1;
        }
        return out == processOut ? 1 : out == processErr ? 2 : -1;
    }

    /** Whether {@code interp}'s standard streams are the process's descriptors 0, 1 and 2 (see {@link #registerProcessStreams}). */
    public static boolean usesProcessStreams(Interpreter interp) {
        return processOut != null && interp.options().stdout() == processOut && interp.options().stderr() == processErr
                && interp.options().stdin() == processIn;
    }

    /** The launcher's list of descriptors inherited by this process (property {@code taipan.inheritedFds}). */
    public static final String INHERITED_PROPERTY = "taipan.inheritedFds";
    private static final java.util.concurrent.atomic.AtomicBoolean ADOPTED = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * The descriptors above 2 this process inherited from its parent (a child started with
     * {@code pass_fds}, or a shell's {@code 3>file}), which the interpreter running on the
     * process's own streams takes into its descriptor table under the same numbers, once: each
     * entry is {@code {fd}} and its read and write streams over the real descriptor.
     */
    public static List<Object[]> inherited(Interpreter interp) {
        String list = System.getProperty(INHERITED_PROPERTY, "");
        if (list.isEmpty() || processOut == null || interp.options().stdout() != processOut
                || !ADOPTED.compareAndSet(false, true)) {
            return List.of();
        }
        List<Object[]> out = new ArrayList<>();
        for (String part : list.split(",")) {
            int n;
            try {
                n = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                continue;
            }
            // the launcher checked they are open; the C library is linked only when one is used
            if (n > 2) {
                NativeFdStreams.Fd fd = new NativeFdStreams.Fd(n);
                out.add(new Object[] {n, new NativeFdStreams.In(fd), new NativeFdStreams.Out(fd)});
            }
        }
        return out;
    }

    /** For {@code interp}'s descriptors. */
    public ChildFds(Interpreter interp) {
        this.table = FdTable.of(interp);
    }

    /**
     * Gives the child {@code source} (an interpreter descriptor number, or -1 for none) as its
     * {@code target}. Call for all targets before {@link #fill}.
     */
    public void install(int source, int target) {
        wanted.add(new int[] {source, target, REQUIRED});
    }

    /**
     * {@link #install} for a descriptor the child gets only if it can: one that is merely
     * inheritable ({@code close_fds=False}). One that is closed, cannot be made real, or cannot be
     * placed (a number at or above a lowered RLIMIT_NOFILE) is left out instead of failing the
     * spawn; CPython's child would have it only because exec kept it where it was.
     */
    public void installIfPossible(int source, int target) {
        wanted.add(new int[] {source, target, OPTIONAL});
    }

    /**
     * Resolves the installed sources and adds the dups to {@code r}.
     *
     * @return 0, or the errno of a source that is not open (EBADF) or could not be turned into a
     *     real descriptor
     */
    public int fill(Spawn.Request r) {
        java.util.Set<Integer> targets = new java.util.HashSet<>();
        int limit = Libc.descriptorTableSize();
        int maxTarget = 2;
        for (int[] w : wanted) {
            targets.add(w[1]);
            maxTarget = Math.max(maxTarget, w[1]);
        }
        for (int[] w : wanted) {
            int source = w[0], target = w[1];
            boolean optional = w[2] != REQUIRED;
            if (target > 2 && !optional) {
                given.add(target);
            }
            if (source < 0) {
                continue;
            }
            FdTable.OpenFile f = table.get(source);
            if (f == null && optional) {
                continue;
            }
            if (f == null) {
                if (target <= 2 && source == target) {
                    // the interpreter closed its own standard descriptor: so does the child
                    r.closes.add(target);
                    continue;
                }
                return Errno.EBADF;
            }
            int real = realFd(f, target);
            if (real < 0) {
                if (optional) {
                    continue;
                }
                return -real;
            }
            if (real == target && !closeOnExec(real)) {
                // already where the child wants it, and exec keeps it there (an inherited
                // descriptor, the process's own 0-2): nothing to do, whatever the descriptor limit
                if (optional) {
                    w[2] = PLACED;
                    given.add(target);
                }
                continue;
            }
            if (target >= limit) {
                if (optional) {
                    // (a dup2 to it would fail; CPython's child has it only because exec kept it)
                    continue;
                }
                return Errno.EBADF;
            }
            // a source that is some target's number could be overwritten by an earlier dup, and
            // one at or above the limit cannot be named: such a one is copied first; any other is
            // used as it is (no descriptor spent near the limit)
            int from = targets.contains(real) || real >= limit ? temporaryCopy(real, maxTarget, targets) : real;
            if (from < 0) {
                if (optional) {
                    continue;
                }
                return -from;
            }
            if (from != real) {
                temps.add(from);
            }
            r.dups.add(new int[] {from, target});
            if (optional) {
                w[2] = PLACED;
                given.add(target);
            }
        }
        return 0;
    }

    /** Whether real descriptor {@code fd} has FD_CLOEXEC (an unreadable one counts as having it). */
    private static boolean closeOnExec(int fd) {
        int flags = Libc.fcntl(fd, Libc.F_GETFD, 0);
        return flags < 0 || (flags & Libc.FD_CLOEXEC) != 0;
    }

    /**
     * A close-on-exec copy of {@code real} under a number that is no child's target (the child's
     * dups run in order, so a copy under a target number would be overwritten before its own
     * dup): above every target, or, where the descriptor limit does not reach that far, the
     * lowest free number that is not a target. Returns {@code -errno} when there is none.
     */
    private static int temporaryCopy(int real, int maxTarget, java.util.Set<Integer> targets) {
        int copy = Libc.fcntl(real, Libc.F_DUPFD_CLOEXEC, maxTarget + 1);
        if (copy >= 0) {
            return copy;
        }
        List<Integer> held = new ArrayList<>();
        try {
            while (true) {
                copy = Libc.fcntl(real, Libc.F_DUPFD_CLOEXEC, 3);
                if (copy < 0) {
                    return -Libc.errno();
                }
                if (!targets.contains(copy)) {
                    return copy;
                }
                // a target's number: kept open while looking further, so the next copy passes it
                held.add(copy);
            }
        } finally {
            for (int fd : held) {
                Libc.close(fd);
            }
        }
    }

    /** The kinds of {@link #wanted}: {@link #install}, {@link #installIfPossible}, and the latter once placed. */
    private static final int REQUIRED = 0, OPTIONAL = 1, PLACED = 2;

    /**
     * {@link #installIfPossible} for each descriptor of the table above 2 marked inheritable (what
     * exec would leave a CPython child with close_fds=False), under its own number, but those
     * {@code skip} says the caller installs or keeps from the child itself.
     */
    public void installInheritable(java.util.function.IntPredicate skip) {
        for (int fd : table.inheritableFds()) {
            if (!skip.test(fd)) {
                installIfPossible(fd, fd);
            }
        }
    }

    /** A real descriptor for {@code f} as the child's {@code target}, or {@code -errno}. */
    private int realFd(FdTable.OpenFile f, int target) {
        if (f.nativeFd >= 0) {
            return f.nativeFd;
        }
        if (f.directoryFd >= 0) {
            // a directory's own descriptor, the JDK hiding its channel's
            return f.directoryFd;
        }
        if (f.channel() != null) {
            return channelFd(f, target);
        }
        InputStream in = f.in();
        OutputStream out = f.out();
        if (in != null && in == processIn) {
            return 0;
        }
        if (out != null && (out == processOut || out == processErr)) {
            try {
                out.flush();
            } catch (IOException e) {
                // what was buffered is lost either way
            }
            return out == processOut ? 1 : 2;
        }
        int[] p = Libc.pipe2(Libc.O_CLOEXEC);
        if (p == null) {
            return -Libc.errno();
        }
        if (out != null) {
            NativeFdStreams.Fd end = new NativeFdStreams.Fd(p[0]);
            copyEnds.add(end);
            copies.add(copier(new NativeFdStreams.In(end), out, false));
            closeAfterSpawn.add(p[1]);
            return p[1];
        }
        NativeFdStreams.Fd end = new NativeFdStreams.Fd(p[1]);
        copyEnds.add(end);
        copies.add(copier(in == null ? InputStream.nullInputStream() : in, new NativeFdStreams.Out(end), true));
        closeAfterSpawn.add(p[0]);
        return p[0];
    }

    /** The descriptor of a file channel: the JDK's own (shared offset) or the file opened again. */
    private int channelFd(FdTable.OpenFile f, int target) {
        int own = RealFds.channelFd(f.channel());
        if (own >= 0) {
            return own;
        }
        if (f.path == null) {
            return -Errno.EBADF;
        }
        int flags = target == 0 ? 0 : target <= 2 ? 1 : 2;
        int n = Libc.open(f.path, flags | Libc.O_CLOEXEC, 0);
        if (n < 0) {
            return -Libc.errno();
        }
        closeAfterSpawn.add(n);
        try {
            Libc.lseek(n, f.channel().position(), 0);
        } catch (IOException e) {
            // a file whose position cannot be read is used from its start
        }
        return n;
    }

    private static Thread copier(InputStream from, OutputStream to, boolean closeTo) {
        return Thread.ofPlatform().daemon().name("taipan-child-stdio").unstarted(() -> {
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = from.read(buf, 0, buf.length)) > 0) {
                    to.write(buf, 0, n);
                    to.flush();
                }
            } catch (IOException e) {
                // the other side went away: nothing more to copy
            } finally {
                try {
                    if (closeTo) {
                        to.close();
                    } else {
                        from.close();
                    }
                } catch (IOException e) {
                    // already closed
                }
            }
        });
    }

    /** After a successful spawn: starts the copies and remembers those to wait for with the child. */
    public void started(int pid) {
        for (Thread t : copies) {
            t.start();
        }
        if (!copies.isEmpty()) {
            COPIES.put(pid, List.copyOf(copies));
        }
        copies.clear();
        copyEnds.clear();
    }

    /**
     * Waits (at most a few seconds: a grandchild may keep a pipe open) for the copies of a child
     * that has just been reaped, so its output reaches the interpreter's streams before
     * {@code waitpid} returns, as it would have reached the shared descriptor in CPython.
     */
    public static void awaitCopies(int pid) {
        List<Thread> ts = COPIES.remove(pid);
        if (ts == null) {
            return;
        }
        for (Thread t : ts) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Starts {@code r} with the interpreter's descriptors 0, 1 and 2 as the child's and those
     * marked inheritable under their numbers, where they fit ({@link #installIfPossible}), and no
     * other (what {@code os.system} and {@code os.spawnv} give a child, as exec leaves a CPython
     * child: the JVM's own descriptors lack close-on-exec), the GIL released while it starts.
     *
     * @return the child's pid, or a negative number when the program could not be started
     * @throws org.taipan.runtime.PyException OSError when the descriptors cannot be handed over
     */
    static int spawnWithStdio(Interpreter interp, Spawn.Request r) {
        try (ChildFds fds = new ChildFds(interp)) {
            for (int i = 0; i < 3; i++) {
                fds.install(i, i);
            }
            fds.installInheritable(fd -> false);
            int err = fds.fill(r);
            if (err != 0) {
                throw Errno.error(err, null);
            }
            fds.closeOthers(r);
            r.ignoredSignals = org.taipan.runtime.Signals.of(interp).ignoredMask();
            r.umask = PosixState.of(interp).umask();
            int pid = org.taipan.runtime.Blocking.withoutGil(() -> Spawn.spawn(r));
            if (pid >= 0) {
                fds.started(pid);
            }
            return pid;
        }
    }

    /**
     * After {@link #fill}: adds to {@code r} the closing of every descriptor from 3 on but those
     * the child is given, up to the highest of them one by one and above it at once (closefrom),
     * as far as the descriptor limit lets file actions name them (one above it, which only an
     * inherited descriptor can be, stays open in the child).
     */
    public void closeOthers(Spawn.Request r) {
        int max = 2;
        for (int fd : given) {
            max = Math.max(max, fd);
        }
        int limit = Libc.descriptorTableSize();
        for (int fd = 3; fd < Math.min(max, limit); fd++) {
            if (!given.contains(fd)) {
                r.closes.add(fd);
            }
        }
        if (max + 1 < limit) {
            r.closeFrom = max + 1;
        }
    }

    /** Closes the parent's copies of what only the child needed. */
    @Override
    public void close() {
        for (int n : temps) {
            Libc.close(n);
        }
        for (int n : closeAfterSpawn) {
            Libc.close(n);
        }
        temps.clear();
        closeAfterSpawn.clear();
        for (NativeFdStreams.Fd end : copyEnds) {
            try {
                end.close();
            } catch (IOException e) {
                // nothing was copied through it
            }
        }
        copyEnds.clear();
        copies.clear();
    }
}
