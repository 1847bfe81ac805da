package org.taipan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.taipan.code.CodeObject;
import org.taipan.code.Disassembler;
import org.taipan.parse.SyntaxErrorException;
import org.taipan.runtime.InterpreterOptions;

/**
 * {@code taipan -m dis [FILE]}: compiles FILE (standard input when absent) and prints its
 * bytecode with {@link Disassembler#disassemble}, as {@code python3 -m dis FILE} does (the
 * {@code main} of CPython 3.11's {@code Lib/dis.py}: the code's filename is the path as given).
 * Argument errors are reported as that {@code argparse} command line reports them, status 2.
 * Offsets and opcodes are Taipan's, so the listing differs from CPython's in those.
 */
final class Disassemble {
    private static final String USAGE = "usage: dis.py [-h] [infile]";

    private Disassemble() {}

    /** @return the exit status */
    static int run(List<String> args, InputStream stdin, PrintStream stdout, PrintStream stderr, Map<String, String> xOptions,
                   int optimize) {
        if (args.size() > 1) {
            return usageError(stderr, "unrecognized arguments: " + String.join(" ", args.subList(1, args.size())));
        }
        String infile = args.isEmpty() ? "-" : args.getFirst();
        ProgramRunner runner = new ProgramRunner(new InterpreterOptions(List.of("dis.py"), stdin, stdout, stderr, xOptions,
                optimize));
        byte[] source;
        String filename;
        try {
            if (infile.equals("-")) {
                source = stdin.readAllBytes();
                filename = "<stdin>";
            } else {
                source = Files.readAllBytes(Path.of(infile));
                filename = infile;
            }
        } catch (NoSuchFileException e) {
            return usageError(stderr, "argument infile: can't open '" + infile
                    + "': [Errno 2] No such file or directory: '" + infile + "'");
        } catch (IOException e) {
            return usageError(stderr, "argument infile: can't open '" + infile + "': " + e.getMessage());
        }
        try {
            CodeObject code = runner.compile(source, filename);
            stdout.write(Disassembler.disassemble(code).getBytes(StandardCharsets.UTF_8));
            stdout.flush();
            return 0;
        } catch (SyntaxErrorException e) {
            SyntaxErrorPrinter.print(e, stderr);
            return 1;
        } catch (Throwable t) {
            return runner.internalError(t);
        }
    }

    private static int usageError(PrintStream stderr, String message) {
        stderr.println(USAGE);
        stderr.println("dis.py: error: " + message);
        return 2;
    }
}
