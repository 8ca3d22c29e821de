package org.imon.cli;

import java.io.PrintStream;

/**
 * Progress of a long step (load, build) for a person at a terminal. In a scheduler's log, where
 * there is no terminal, it prints nothing: the step's result lines say what happened.
 */
final class Progress {
    private final PrintStream terminal;

    private Progress(PrintStream terminal) {
        this.terminal = terminal;
    }

    /** Progress on this process's terminal, or none when it has none. */
    static Progress ofThisProcess() {
        return new Progress(System.console() == null ? null : System.err);
    }

    static Progress none() {
        return new Progress(null);
    }

    void show(String step, String what) {
        if (terminal != null) {
            terminal.printf("  … %s: %s%n", step, what);
        }
    }
}
