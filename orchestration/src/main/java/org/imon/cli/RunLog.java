package org.imon.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.imon.warehouse.HomeLayout;
import org.imon.warehouse.ReportingPeriod;

/**
 * The home's run log (运行日志): one JSON line per step and outcome in
 * {@code logs/imon-YYYY-MM-DD.jsonl}, dated by the city's clock, beside the console output a person
 * reads. A scheduler's log keeps the console text; this file is for counting and alerting.
 */
final class RunLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HomeLayout home;
    private final ZoneId zone;
    private final String command;

    RunLog(HomeLayout home, ZoneId zone, String command) {
        this.home = home;
        this.zone = zone;
        this.command = command;
    }

    /** One finished step: the period it was for (or null), rows it handled (or null), and its exit code. */
    void step(String step, ReportingPeriod period, Long rows, double seconds, int exitCode, String message) {
        ObjectNode line = JSON.createObjectNode();
        Instant now = Instant.now();
        line.put("time", now.toString());
        line.put("command", command);
        line.put("step", step);
        line.put("period", period == null ? null : period.toString());
        line.put("rows", rows);
        line.put("seconds", Math.round(seconds * 1000) / 1000.0);
        line.put("exit_code", exitCode);
        line.put("message", message);
        Path file = home.logs().resolve("imon-" + LocalDate.ofInstant(now, zone) + ".jsonl");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入运行日志 " + file, e);
        }
    }

    /** Seconds since {@code startNanos} (from {@link System#nanoTime()}). */
    static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Every logged line of the home, oldest first. */
    static List<JsonNode> read(HomeLayout home) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        if (!Files.isDirectory(home.logs())) {
            return lines;
        }
        try (Stream<Path> files = Files.list(home.logs())) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("imon-.*\\.jsonl")).sorted().toList()) {
                for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!text.isBlank()) {
                        lines.add(JSON.readTree(text));
                    }
                }
            }
        }
        return lines;
    }
}
