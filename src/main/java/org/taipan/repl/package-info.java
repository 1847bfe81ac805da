/**
 * The interactive interpreter (CPython 3.11's REPL): the console loop, the "is this statement
 * complete" check, line input from a terminal through JLine (editing, history, tab completion)
 * or from a pipe, and the completions of names, attributes and modules.
 * {@link org.taipan.repl.InteractiveMain} is the command line's entry.
 */
package org.taipan.repl;
