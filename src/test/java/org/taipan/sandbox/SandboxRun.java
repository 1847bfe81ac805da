package org.taipan.sandbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taipan.cli.ProgramRunner;
import org.taipan.runtime.InterpreterOptions;
import org.taipan.runtime.Permission;

/** One run of a Python program in a fresh interpreter with the given permissions: its status and output. */
record SandboxRun(int status, String out, String err) {
    /** Runs {@code source} as {@code __main__} with {@code stdin} as its standard input. */
    static SandboxRun run(String source, Set<Permission> permissions, String stdin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InterpreterOptions options = new InterpreterOptions(List.of(""),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of()).withPermissions(permissions);
        int status = new ProgramRunner(options).runSource(ProgramRunner.utf8(source), "<string>");
        return new SandboxRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code source} with no permission at all and empty standard input. */
    static SandboxRun sandboxed(String source) {
        return run(source, Permission.none(), "");
    }

    /**
     * Runs {@code statements} (one or more lines) with {@code permissions} inside a {@code try} that
     * prints the type and message of whatever escapes, or {@code ALLOWED} when nothing does.
     */
    static SandboxRun attempt(String statements, Set<Permission> permissions) {
        String body = "    " + statements.strip().replace("\n", "\n    ");
        return run("try:\n" + body + "\n    print('ALLOWED')\nexcept BaseException as e:\n"
                + "    print(type(e).__name__, e)\n", permissions, "");
    }

    /** Everything the program wrote, for assertion messages. */
    String all() {
        return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
