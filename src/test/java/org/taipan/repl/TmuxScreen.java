package org.taipan.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A program running in a tmux pseudo-terminal (100 x 30), typed at with {@code send-keys} and
 * read with {@code capture-pane}, as a person at a terminal would. Each instance has a tmux
 * server of its own (a private socket), so tests never touch a user's sessions. After the
 * program ends the pane shows {@code EXIT=<status>}.
 */
final class TmuxScreen implements AutoCloseable {
    /** Long enough for a first start that builds the project on a loaded 2-core machine. */
    static final long START_SECONDS = 300;
    /** For anything after the start. */
    static final long STEP_SECONDS = 60;

    private final String socket;

    private TmuxScreen(String socket) {
        this.socket = socket;
    }

    /** Whether tmux can be run here. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Starts {@code command} (a shell command line) in {@code directory} with {@code HOME} set to
     * {@code home}.
     */
    static TmuxScreen start(Path directory, Path home, String command) throws IOException, InterruptedException {
        String socket = "taipan-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        TmuxScreen screen = new TmuxScreen(socket);
        String shell = "cd '" + directory + "' && HOME='" + home + "' " + command + "; echo EXIT=$?; sleep 600";
        screen.tmux("new-session", "-d", "-s", "repl", "-x", "100", "-y", "30", shell);
        return screen;
    }

    /** Types {@code text} literally (no key names). */
    void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "repl", "-l", text);
    }

    /** Presses keys by tmux name: {@code Enter}, {@code Tab}, {@code C-c}, {@code C-d}, {@code Up}. */
    void press(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "repl"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** Types {@code text} and presses Enter. */
    void line(String text) throws IOException, InterruptedException {
        type(text);
        press("Enter");
    }

    /** The pane's text, scroll-back included, trailing blank lines removed. */
    String text() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-S", "-1000", "-t", "repl").stripTrailing();
    }

    /**
     * Polls the screen until {@code condition} holds.
     *
     * @return the screen that satisfied it
     * @throws AssertionError with the last screen when {@code seconds} pass first
     */
    String await(String what, long seconds, Predicate<String> condition) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String screen = text();
        while (!condition.test(screen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the terminal never showed " + what + "; it shows:\n" + screen);
            }
            Thread.sleep(50);
            screen = text();
        }
        return screen;
    }

    /** Waits until the screen's last line is exactly {@code prompt} (trailing blanks ignored). */
    String awaitPrompt(String prompt) throws IOException, InterruptedException {
        return await("the prompt '" + prompt + "'", STEP_SECONDS, s -> lastLine(s).equals(prompt.stripTrailing()));
    }

    static String lastLine(String screen) {
        int nl = screen.lastIndexOf('\n');
        return (nl < 0 ? screen : screen.substring(nl + 1)).stripTrailing();
    }

    /** Runs a tmux command on this instance's server and returns its output. */
    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("tmux", ".out");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(STEP_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("tmux " + String.join(" ", args) + " did not finish");
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new AssertionError("tmux " + String.join(" ", args) + " failed: " + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            tmux("kill-server");
        } catch (AssertionError e) {
            // the server is already gone
        }
    }
}
