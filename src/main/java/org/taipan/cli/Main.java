package org.taipan.cli;

/** Placeholder entry point; replaced by the command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("taipan");
    }
}
