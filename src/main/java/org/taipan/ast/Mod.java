package org.taipan.ast;

import java.util.List;

/** Top-level nodes: what the parser returns for each compile mode ({@code mod} in Python.asdl). */
public sealed interface Mod extends Node {
    /** {@code exec} mode: a file or a string of statements. */
    record Module(List<Stmt> body, Pos pos) implements Mod {}

    /** {@code single} mode: one interactive statement. */
    record Interactive(List<Stmt> body, Pos pos) implements Mod {}

    /** {@code eval} mode: one expression. */
    record Expression(Expr body, Pos pos) implements Mod {}
}
