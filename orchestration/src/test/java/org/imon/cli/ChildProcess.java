package org.imon.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A program run the way an operator or a scheduler runs it: its own process, its own environment, its
 * output (stdout and stderr together) kept in a log file for the test and for whoever reads a failure.
 */
final class ChildProcess {
    private final Process process;
    private final Path log;

    private ChildProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** What a finished run returned and printed. */
    record Finished(int exitCode, String output) {
    }

    /** Starts {@code command} in {@code workDir} with exactly the environment given. */
    static ChildProcess start(Path workDir, Map<String, String> environment, Path log, List<String> command)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        return new ChildProcess(builder.start(), log);
    }

    /** Runs {@code command} to its end; a run that overstays {@code timeout} is stopped and fails. */
    static Finished run(Path workDir, Map<String, String> environment, Path log, Duration timeout,
            List<String> command) throws Exception {
        ChildProcess child = start(workDir, environment, log, command);
        try {
            if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(command + " still running after " + timeout + ":\n" + child.output());
            }
            return new Finished(child.process.exitValue(), child.output());
        } finally {
            child.stop();
        }
    }

    /** Waits until the log shows {@code text}; fails with the log if the process ends or time runs out. */
    void awaitOutput(String text, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!output().contains(text)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("no \"" + text + "\" from " + process.info().commandLine().orElse("?")
                        + ":\n" + output());
            }
            Thread.sleep(250);
        }
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /**
     * Stops the process and whatever it started (a Spark worker's executors), by their process ids: politely
     * first, so JVM shutdown hooks run, then forcibly.
     */
    void stop() throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(20, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                handle.destroyForcibly();
            }
        }
    }
}
