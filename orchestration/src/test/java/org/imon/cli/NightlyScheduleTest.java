package org.imon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.cli.CommandLineTest.Run;
import org.imon.warehouse.HomeLayout;
import org.imon.warehouse.ReportingPeriod;

/**
 * Three nights of the Airflow DAG against a sample home, each task's command rendered and run by bash
 * exactly as BashOperator runs it, in the DAG's order, with its skip code and trigger rules: the first
 * night loads the sample (periods 1-2月 and 1-3月 of 2024) and renders their reports; the second finds
 * nothing new (99, skipped); the third finds 1-4月's files and renders that period's reports only.
 * Then {@code imon backfill} renders earlier periods again on request.
 */
@Tag("slow")
class NightlyScheduleTest {
    private static final List<String> FIRST_PERIODS = List.of("2024-02", "2024-03");

    @TempDir
    Path dir;

    /** What one task of a DAG run ended as. */
    record TaskRun(String state, int exitCode, String log) {
    }

    @Test
    void threeNights() throws Exception {
        Path home = dir.resolve("home");
        assertEquals(0, CommandLineTest.imon("--home", home.toString(), "sample", "--years", "1", "--enterprises", "150",
                "--until", "2024-03").exitCode());
        AirflowDag dag = AirflowDag.read();
        Map<String, String> variables = Map.of("imon_bin", ImonProcess.launcher(dir).toString(),
                "imon_home", home.toString());

        Map<String, TaskRun> night1 = run(dag, variables, "2024-04-10T02:00+08:00[Asia/Shanghai]");
        assertEquals("success", night1.get("imon_nightly").state(), night1.get("imon_nightly").log());
        assertEquals(0, night1.get("imon_nightly").exitCode());
        assertEquals("success", night1.get("imon_status").state());
        assertTrue(night1.get("imon_status").log().contains("已齐备的报告期: 2 期，最新 2024-03"),
                night1.get("imon_status").log());
        for (String period : FIRST_PERIODS) {
            assertTrue(Files.isRegularFile(circular(home, period)), period);
        }
        assertEquals(FIRST_PERIODS, renderedPeriods(home, "2024-04-10"));

        Map<String, TaskRun> night2 = run(dag, variables, "2024-04-11T02:00+08:00[Asia/Shanghai]");
        assertEquals("skipped", night2.get("imon_nightly").state(), night2.get("imon_nightly").log());
        assertEquals(99, night2.get("imon_nightly").exitCode());
        assertEquals("success", night2.get("imon_status").state(), "all_done: status runs after a skipped night");
        assertEquals(List.of(), renderedPeriods(home, "2024-04-11"));

        newPeriodArrives(home);
        Map<String, TaskRun> night3 = run(dag, variables, "2024-05-10T02:00+08:00[Asia/Shanghai]");
        assertEquals("success", night3.get("imon_nightly").state(), night3.get("imon_nightly").log());
        assertEquals(0, night3.get("imon_nightly").exitCode());
        assertTrue(Files.isRegularFile(circular(home, "2024-04")));
        assertEquals(List.of("2024-04"), renderedPeriods(home, "2024-05-10"), "earlier periods' files did not change");
        assertTrue(night3.get("imon_status").log().contains("已齐备的报告期: 3 期，最新 2024-04"),
                night3.get("imon_status").log());

        // Backfill renders past periods on request; a range with no complete period is nothing new.
        Run backfill = CommandLineTest.imon("--home", home.toString(), "backfill", "--from", "2024-02", "--to", "2024-03",
                "--date", "2024-05-11");
        assertEquals(0, backfill.exitCode(), backfill.out() + backfill.err());
        assertTrue(backfill.out().contains("已生成 2 期的报告"), backfill.out());
        // Delivery asked for outright but not configured: the reports are rendered, the run fails loudly.
        Run undelivered = CommandLineTest.imon("--home", home.toString(), "backfill", "--from", "2024-03", "--to",
                "2024-03", "--deliver", "--date", "2024-05-11");
        assertEquals(1, undelivered.exitCode(), undelivered.out() + undelivered.err());
        assertTrue(undelivered.out().contains("未配置发信服务器"), undelivered.out());
        assertTrue(undelivered.err().contains("部分报告未能报送"), undelivered.err());
        Run none = CommandLineTest.imon("--home", home.toString(), "backfill", "--from", "2024-07", "--to", "2024-08");
        assertEquals(99, none.exitCode(), none.out() + none.err());
        assertTrue(none.out().contains(
                "2024年1-7月 未齐备，跳过（缺 enterprise_monthly、region_indicators、electricity、vat、fixed_asset_investment）"), none.out());
    }

    /** One DAG run: tasks in order; a task whose upstream did not succeed runs only under all_done. */
    private static Map<String, TaskRun> run(AirflowDag dag, Map<String, String> variables, String runAfter)
            throws Exception {
        Map<String, TaskRun> runs = new LinkedHashMap<>();
        String upstream = "success";
        for (String taskId : dag.taskOrder()) {
            JsonNode task = dag.task(taskId);
            String rule = task.path("trigger_rule").asText("all_success");
            if (!upstream.equals("success") && !rule.equals("all_done")) {
                runs.put(taskId, new TaskRun(upstream.equals("skipped") ? "skipped" : "upstream_failed", -1, ""));
            } else {
                String command = AirflowDag.render(task.path("bash_command").asText(), variables,
                        ZonedDateTime.parse(runAfter));
                Process bash = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
                String log = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int exit = bash.waitFor();
                int skip = task.path("skip_on_exit_code").asInt(99);
                runs.put(taskId, new TaskRun(exit == 0 ? "success" : exit == skip ? "skipped" : "failed", exit, log));
            }
            upstream = runs.get(taskId).state();
        }
        return runs;
    }

    /** 1-4月's files, as the departments send them: a sample one period longer, new and changed files only. */
    private void newPeriodArrives(Path home) throws Exception {
        Path later = dir.resolve("later");
        assertEquals(0, CommandLineTest.imon("--home", later.toString(), "sample", "--years", "1", "--enterprises", "150",
                "--until", "2024-04").exitCode());
        Path from = new HomeLayout(later).landing();
        Path to = new HomeLayout(home).landing();
        List<Path> copied = new ArrayList<>();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(f), Files.readAllBytes(target))) {
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                    copied.add(to.relativize(target));
                }
            }
        }
        assertTrue(copied.stream().anyMatch(p -> p.startsWith("enterprise_monthly/2024-04")), copied.toString());
    }

    /** Periods whose reports the run log shows rendered on a night (the log is dated by the city's clock). */
    private static List<String> renderedPeriods(Path home, String day) throws Exception {
        List<String> periods = new ArrayList<>();
        for (JsonNode line : RunLog.read(new HomeLayout(home))) {
            if (line.path("step").asText().equals("reports") && line.path("exit_code").asInt() == 0
                    && nightOf(line).equals(day)) {
                periods.add(line.path("period").asText());
            }
        }
        return periods;
    }

    private static String nightOf(JsonNode line) {
        return line.path("message").asText().replace("ds ", "");
    }

    private static Path circular(Path home, String period) {
        ReportingPeriod p = ReportingPeriod.parse(period).orElseThrow();
        return new HomeLayout(home).reports().resolve(period).resolve("月度工业经济运行通报_" + p.label() + ".pdf");
    }
}
