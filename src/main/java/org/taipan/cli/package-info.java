/**
 * The command line: what {@code ./taipan} runs.
 *
 * <p>{@link org.taipan.cli.Main} parses a {@code python3}-compatible command line
 * ({@link org.taipan.cli.CommandLine}) and dispatches: a script, {@code -c}, standard input and
 * (later) {@code -m} go through {@link org.taipan.cli.ProgramRunner}, the one path from source
 * bytes to a finished {@code __main__} (decode, parse, compile, interpret) that the differential
 * test harness uses too; a {@code SyntaxError} before the program runs is printed by
 * {@link org.taipan.cli.SyntaxErrorPrinter} as CPython prints it; {@code --check-syntax} is
 * {@link org.taipan.cli.CheckSyntax}; {@code -m dis} is {@link org.taipan.cli.Disassemble}.
 *
 * <p>No Java exception reaches the user: an escaped one is a Taipan bug reported on one line
 * ({@link org.taipan.cli.ProgramRunner#internalError}).
 */
package org.taipan.cli;
