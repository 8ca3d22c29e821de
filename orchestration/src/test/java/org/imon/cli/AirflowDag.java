package org.imon.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The DAG file {@code orchestration/airflow/imon_nightly.py} as Airflow would see it, read without
 * Airflow (it cannot be installed here): python3 parses it with {@code ast}
 * ({@code airflow/dag_tasks.py} in the test resources), and this class renders its task commands'
 * Jinja templates for the few expressions the DAG uses, failing on any other.
 */
final class AirflowDag {
    static final Path FILE = Path.of("airflow", "imon_nightly.py");

    private static final Pattern EXPRESSION = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
    private static final Pattern VARIABLE = Pattern.compile("var\\.value\\.get\\('([a-z_]+)', '([^']*)'\\)");
    private static final Pattern RUN_AFTER_DATE =
            Pattern.compile("dag_run\\.run_after\\.in_timezone\\('([A-Za-z_/]+)'\\)\\.strftime\\('%Y-%m-%d'\\)");

    final JsonNode parsed;

    private AirflowDag(JsonNode parsed) {
        this.parsed = parsed;
    }

    static AirflowDag read() throws Exception {
        assumeTrue(onPath("python3"), "python3 is needed to parse the DAG file");
        Path script = Path.of(AirflowDag.class.getResource("/airflow/dag_tasks.py").toURI());
        Process python = new ProcessBuilder("python3", script.toString(), FILE.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String json = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!python.waitFor(30, TimeUnit.SECONDS) || python.exitValue() != 0) {
            throw new AssertionError("python3 could not parse " + FILE);
        }
        return new AirflowDag(new ObjectMapper().readTree(json));
    }

    /** Task ids in the order the edges run them (the DAG is a chain). */
    List<String> taskOrder() {
        List<String> order = new ArrayList<>();
        for (JsonNode edge : parsed.path("edges")) {
            if (order.isEmpty()) {
                order.add(edge.get(0).asText());
            }
            if (!order.get(order.size() - 1).equals(edge.get(0).asText())) {
                throw new AssertionError("not a chain: " + parsed.path("edges"));
            }
            order.add(edge.get(1).asText());
        }
        return order;
    }

    JsonNode task(String taskId) {
        for (JsonNode task : parsed.path("tasks")) {
            if (task.path("task_id").asText().equals(taskId)) {
                return task;
            }
        }
        throw new AssertionError("no task " + taskId);
    }

    /** A template rendered as Airflow would for a run triggered at {@code runAfter}, with these Variables. */
    static String render(String template, Map<String, String> variables, ZonedDateTime runAfter) {
        Matcher m = EXPRESSION.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Matcher variable = VARIABLE.matcher(m.group(1));
            Matcher date = RUN_AFTER_DATE.matcher(m.group(1));
            String value;
            if (variable.matches()) {
                value = variables.getOrDefault(variable.group(1), variable.group(2));
            } else if (date.matches()) {
                value = runAfter.withZoneSameInstant(ZoneId.of(date.group(1))).format(DateTimeFormatter.ISO_LOCAL_DATE);
            } else {
                throw new AssertionError("template expression this test does not render: " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
