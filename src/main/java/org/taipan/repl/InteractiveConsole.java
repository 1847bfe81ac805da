package org.taipan.repl;

import java.util.ArrayList;
import java.util.List;

import org.taipan.code.CodeObject;
import org.taipan.interp.Eval;
import org.taipan.interp.TracebackPrinter;
import org.taipan.parse.Mode;
import org.taipan.runtime.Abstract;
import org.taipan.runtime.Callables;
import org.taipan.runtime.ExceptionTypes;
import org.taipan.runtime.Interpreter;
import org.taipan.runtime.PyBaseException;
import org.taipan.runtime.PyCode;
import org.taipan.runtime.PyException;
import org.taipan.runtime.PyModule;
import org.taipan.runtime.PyNone;
import org.taipan.runtime.PyObject;
import org.taipan.runtime.PyStr;
import org.taipan.runtime.Signals;
import org.taipan.runtime.SyntaxErrors;
import org.taipan.runtime.ThreadState;

/**
 * The read-eval-print loop, as CPython 3.11's {@code PyRun_InteractiveLoopFlags}: prompt with
 * {@code sys.ps1} (then {@code sys.ps2} while the statement is incomplete, see
 * {@link StatementCheck}), compile the statement in {@code single} mode as {@code "<stdin>"},
 * run it in {@code __main__} (expression values go to {@code sys.displayhook}), report an
 * exception through {@code sys.excepthook} (after setting {@code sys.last_type},
 * {@code last_value}, {@code last_traceback}) and go on.
 *
 * <p>It ends at end of input (status 0) or with a {@code SystemExit} ({@code exit()},
 * {@code quit()}, {@code sys.exit(n)}: its status). Ctrl-C while a line is typed drops the
 * statement and prints {@code KeyboardInterrupt}; Ctrl-C while code runs raises
 * {@code KeyboardInterrupt} in it. Runs on the main thread holding the GIL, released while
 * waiting for input.
 */
public final class InteractiveConsole {
    /** The file name of interactive code, in tracebacks and SyntaxErrors. */
    public static final String FILENAME = "<stdin>";

    private final Interpreter interp;
    private final ThreadState ts;
    private final PyModule main;
    private final LineInput input;

    InteractiveConsole(Interpreter interp, ThreadState ts, PyModule main, LineInput input) {
        this.interp = interp;
        this.ts = ts;
        this.main = main;
        this.input = input;
    }

    /**
     * Runs the loop until end of input or {@code SystemExit}.
     *
     * @return the exit status
     */
    int run() {
        setDefaultPrompts();
        List<String> lines = new ArrayList<>();
        while (true) {
            String prompt = prompt(lines.isEmpty() ? "ps1" : "ps2");
            String prefill = lines.isEmpty() || !input.editable() ? "" : AutoIndent.after(lines.get(lines.size() - 1));
            String line;
            try {
                line = readWithoutGil(prompt, prefill);
            } catch (LineInput.Interrupted e) {
                // the terminal has already ended the line being typed
                lines.clear();
                writeStderr("KeyboardInterrupt\n");
                continue;
            }
            if (line == null) {
                writeStderr("\n");
                return 0;
            }
            lines.add(line);
            switch (StatementCheck.check(lines, FILENAME)) {
                case StatementCheck.Result.Empty empty -> lines.clear();
                case StatementCheck.Result.Incomplete incomplete -> { }
                case StatementCheck.Result.Complete complete -> {
                    lines.clear();
                    Integer status = runStatement(complete.source());
                    if (status != null) {
                        return status;
                    }
                }
                case StatementCheck.Result.Error error -> {
                    lines.clear();
                    printException(SyntaxErrors.toPython(error.error()).value);
                }
            }
        }
    }

    /**
     * Compiles and runs one statement in {@code __main__}.
     *
     * @return the exit status if it raised {@code SystemExit}, else null
     */
    private Integer runStatement(String source) {
        try {
            CodeObject code = interp.compile(source, FILENAME, Mode.SINGLE, true);
            Eval.runModule(ts, new PyCode(code), main.dict(), interp.builtins());
        } catch (PyException e) {
            if (e.value.type().isSubtypeOf(ExceptionTypes.SystemExit)) {
                return interp.handleUncaught(e.value);
            }
            printException(e.value);
        } finally {
            flush();
        }
        return null;
    }

    /** CPython's {@code PyErr_Print}: see {@link Interpreter#printException}. */
    void printException(PyBaseException exc) {
        flush();
        interp.printException(exc);
    }

    /** {@code sys.ps1} and {@code sys.ps2} get their defaults unless the program set them. */
    private void setDefaultPrompts() {
        PyModule sys = interp.sys();
        if (interp.sysAttribute("ps1") == null) {
            sys.set("ps1", PyStr.of(">>> "));
        }
        if (interp.sysAttribute("ps2") == null) {
            sys.set("ps2", PyStr.of("... "));
        }
    }

    /** {@code str(sys.ps1)} or {@code str(sys.ps2)}; empty when missing or failing, as CPython. */
    private String prompt(String name) {
        PyObject value = interp.sysAttribute(name);
        if (value == null) {
            return "";
        }
        try {
            return Abstract.str(value).toString();
        } catch (PyException e) {
            return "";
        }
    }

    /**
     * Reads a line without the GIL, in a signal wait: a SIGINT interrupts the read (see
     * {@link TerminalLineInput}) and is consumed here, so it raises nothing later.
     */
    private String readWithoutGil(String prompt, String prefill) {
        flush();
        interp.gil().release();
        ts.beginSignalWait();
        try {
            return input.readLine(prompt, prefill);
        } catch (LineInput.Interrupted e) {
            long tripped = interp.events().takeTripped();
            interp.events().untake(tripped & ~(1L << Signals.SIGINT));
            throw e;
        } finally {
            ts.endSignalWait();
            interp.gil().acquire();
        }
    }

    /** Flushes Python's standard streams and the process streams beneath them. */
    private void flush() {
        interp.flushStreams();
        interp.options().stdout().flush();
        interp.options().stderr().flush();
    }

    private void writeStderr(String text) {
        try {
            interp.stderr().writeString(text);
            interp.stderr().flush();
        } catch (PyException e) {
            // a broken sys.stderr cannot report itself
        }
        interp.options().stderr().flush();
    }
}
