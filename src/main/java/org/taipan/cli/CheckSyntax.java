package org.taipan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.taipan.ast.Mod;
import org.taipan.compile.Compiler;
import org.taipan.parse.Mode;
import org.taipan.parse.Parser;
import org.taipan.parse.SourceDecoder;
import org.taipan.parse.SyntaxErrorException;

/**
 * {@code taipan --check-syntax PATH...}: runs the whole front end (decode, parse, compile) over
 * source files and reports every {@code SyntaxError}, the way {@code python3 -m py_compile}
 * would, without running anything.
 *
 * <p>Each PATH is a file (checked whatever its name) or a directory (every {@code *.py} below it,
 * recursively, in sorted order; symbolic links are followed but a link back into a directory
 * being walked is skipped). Files are read as bytes and go through exactly what running them does:
 * {@link SourceDecoder#decode}, {@link Parser#parse} in {@link Mode#EXEC}, {@link Compiler#compile}.
 *
 * <p>Output, in sorted file order, on standard output:
 * <ul>
 *   <li>{@code file:line:col: Class: message} for each file with a {@code SyntaxError},
 *       {@code IndentationError} or {@code TabError} ({@link SyntaxErrorException#toShortString()};
 *       {@code col} is CPython's 1-based {@code offset}, 0 when unknown);</li>
 *   <li>{@code file: INTERNAL ERROR: exception} for a file on which the front end threw anything
 *       else (a Java exception, {@link StackOverflowError}, ...): a Taipan bug, never a crash of
 *       the run;</li>
 *   <li>a last line {@code N files, M errors}, followed by {@code , K internal errors} when K &gt; 0.</li>
 * </ul>
 * Exit status: 0 when every file compiles, 1 when some have syntax errors, 2 when any internal
 * error happened (or a PATH does not exist).
 *
 * <p>Like CPython reading a file, a NUL byte anywhere makes the file a
 * {@code SyntaxError: source code cannot contain null bytes} on the NUL's line (CPython's
 * tokenizer reports this when it reads the line). Files are checked in parallel, one worker per
 * available processor, each on a thread with a {@value #STACK_BYTES}-byte stack so deep but legal
 * nesting is limited by the front end's own checks, not by the JVM.
 */
public final class CheckSyntax {
    /** Stack size of the worker threads: deep recursion must hit CPython's limits first. */
    public static final long STACK_BYTES = 512L << 20;

    private CheckSyntax() {}

    /** The stage under test: turns a file's bytes into code or throws. */
    @FunctionalInterface
    public interface FrontEnd {
        /**
         * Decodes, parses and compiles {@code data}.
         *
         * @throws SyntaxErrorException for bad source; anything else thrown is an internal error
         */
        void compile(byte[] data, String filename);
    }

    /** Taipan's real front end: what running a file does before execution. */
    public static final FrontEnd TAIPAN = (data, filename) -> {
        String source = SourceDecoder.decode(data, filename);
        Mod module = Parser.parse(source, filename, Mode.EXEC);
        Compiler.compile(module, filename, source, Mode.EXEC, 0);
    };

    /** What happened to one file. */
    public enum Outcome { OK, SYNTAX_ERROR, INTERNAL_ERROR }

    /**
     * The result for one file.
     *
     * @param file     the path as found (given PATH, or a directory PATH resolved with the relative path)
     * @param error    the syntax error when {@code outcome} is {@link Outcome#SYNTAX_ERROR}, else null
     * @param internal the throwable when {@code outcome} is {@link Outcome#INTERNAL_ERROR}, else null
     */
    public record FileResult(Path file, Outcome outcome, SyntaxErrorException error, Throwable internal) {
        /** The line printed for this file, or null for a file that compiled. */
        public String line() {
            return switch (outcome) {
                case OK -> null;
                case SYNTAX_ERROR -> error.toShortString();
                case INTERNAL_ERROR -> file + ": INTERNAL ERROR: " + internal;
            };
        }
    }

    /**
     * Command-line entry.
     *
     * @param args the PATHs (at least one)
     * @return the exit status: 0 no errors, 1 syntax errors, 2 internal errors or bad usage
     */
    public static int main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: taipan --check-syntax PATH...");
            return 2;
        }
        List<Path> roots = new ArrayList<>();
        for (String a : args) {
            roots.add(Path.of(a));
        }
        return run(roots, TAIPAN, Runtime.getRuntime().availableProcessors(), System.out, System.err);
    }

    /**
     * Checks everything under {@code roots} and prints the report.
     *
     * @param threads number of worker threads (at least 1)
     * @return the exit status as for {@link #main}
     */
    public static int run(List<Path> roots, FrontEnd frontEnd, int threads, PrintStream out, PrintStream err) {
        boolean missing = false;
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                err.println(root + ": No such file or directory");
                missing = true;
                continue;
            }
            try {
                files.addAll(collect(root));
            } catch (IOException e) {
                err.println(root + ": " + e);
                missing = true;
            }
        }
        List<FileResult> results = checkAll(files, frontEnd, threads);
        int errors = 0;
        int internal = 0;
        for (FileResult r : results) {
            String line = r.line();
            if (line != null) {
                out.println(line);
            }
            if (r.outcome() == Outcome.SYNTAX_ERROR) {
                errors++;
            } else if (r.outcome() == Outcome.INTERNAL_ERROR) {
                internal++;
            }
        }
        out.println(results.size() + " files, " + errors + " errors"
                + (internal > 0 ? ", " + internal + " internal errors" : ""));
        out.flush();
        return internal > 0 || missing ? 2 : errors > 0 ? 1 : 0;
    }

    /**
     * The files a PATH stands for: itself if it is a file, else every {@code *.py} below it in
     * sorted order, following symbolic links but not loops.
     */
    public static List<Path> collect(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of(root);
        }
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".py")) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // A loop, a dangling link or an unreadable directory: nothing to check there.
                        return FileVisitResult.CONTINUE;
                    }
                });
        found.sort(null);
        return found;
    }

    /**
     * Checks {@code files} on {@code threads} big-stack workers; results come back in the order given.
     */
    public static List<FileResult> checkAll(List<Path> files, FrontEnd frontEnd, int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(null, r, "check-syntax-" + n.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), factory);
        try {
            // Biggest files first, so that no worker is left with a large file at the very end.
            List<Integer> order = new ArrayList<>();
            long[] sizes = new long[files.size()];
            for (int i = 0; i < files.size(); i++) {
                order.add(i);
                try {
                    sizes[i] = Files.size(files.get(i));
                } catch (IOException | RuntimeException e) {
                    sizes[i] = 0; // checkFile reports it
                }
            }
            order.sort((a, b) -> Long.compare(sizes[b], sizes[a]));
            List<Future<FileResult>> futures = new ArrayList<>(java.util.Collections.nCopies(files.size(), null));
            for (int i : order) {
                Path f = files.get(i);
                futures.set(i, pool.submit(() -> checkFile(f, frontEnd)));
            }
            List<FileResult> results = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (Exception e) {
                    results.add(new FileResult(files.get(i), Outcome.INTERNAL_ERROR, null, e));
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Checks one file on the calling thread. Never throws: every failure is in the result.
     */
    public static FileResult checkFile(Path file, FrontEnd frontEnd) {
        String name = file.toString();
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return new FileResult(file, Outcome.INTERNAL_ERROR, null, e);
        }
        try {
            SyntaxErrorException nul = nullByteError(data, name);
            if (nul != null) {
                throw nul;
            }
            frontEnd.compile(data, name);
            return new FileResult(file, Outcome.OK, null, null);
        } catch (SyntaxErrorException e) {
            return new FileResult(file, Outcome.SYNTAX_ERROR, e, null);
        } catch (Throwable t) {
            // Includes StackOverflowError and OutOfMemoryError: the front end must never die on input.
            return new FileResult(file, Outcome.INTERNAL_ERROR, null, t);
        }
    }

    /**
     * CPython's file reader rejects a NUL byte with this message on the line holding it, before
     * tokenizing that line; null when {@code data} holds no NUL.
     */
    static SyntaxErrorException nullByteError(byte[] data, String filename) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '\n') {
                line++;
                lineStart = i + 1;
            } else if (data[i] == 0) {
                int end = i;
                while (end < data.length && data[end] != '\n') {
                    end++;
                }
                String text = new String(data, lineStart, Math.min(end + 1, data.length) - lineStart,
                        StandardCharsets.UTF_8);
                return SyntaxErrorException.syntax("source code cannot contain null bytes", filename,
                        line, 0, line, 0, text);
            }
        }
        return null;
    }
}
