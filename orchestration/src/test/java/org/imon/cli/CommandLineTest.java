package org.imon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version and exit codes: 0 success, 1 failure, 2 usage error (99 and 3: see the nightly tests). */
class CommandLineTest {
    @TempDir
    Path home;

    /** What one run of {@code imon} printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    static Run imon(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = ImonCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        Run run = imon("--help");
        assertEquals(0, run.exitCode());
        for (String command : new String[] {"sample", "load", "snapshots", "rollback", "build", "report", "nightly",
                "status", "backfill", "demo", "--home", "--version"}) {
            assertTrue(run.out().contains(command), command + " missing from:\n" + run.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "load", "snapshots", "rollback", "build", "report", "nightly", "status", "backfill",
            "demo"})
    void everyCommandHasHelp(String command) {
        Run run = imon(command, "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: imon " + command), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nightly", "load", "build", "backfill", "status"})
    void helpListsTheExitCodes(String command) {
        String help = imon(command, "--help").out();
        assertTrue(help.contains(String.join(System.lineSeparator(), "退出码:", "  0   已完成", "  99  没有新的工作（Airflow 跳过该任务）",
                "  3   数据质量检查未通过（摘要见标准错误）", "  4   内存不足（用 IMON_JAVA_OPTS=-Xmx… 增加内存后重试）", "  1   失败",
                "  2   用法错误")), help);
    }

    @Test
    void backfillNeedsAnOrderedRangeOfPeriods() {
        assertEquals(2, imon("--home", home.toString(), "backfill", "--from", "2024-06").exitCode(), "--to is required");
        Run reversed = imon("--home", home.toString(), "backfill", "--from", "2024-06", "--to", "2024-03");
        assertEquals(2, reversed.exitCode());
        assertTrue(reversed.err().contains("--from 不能晚于 --to"), reversed.err());
        assertEquals(2, imon("--home", home.toString(), "nightly", "--ds", "2024-13-01").exitCode());
    }

    @Test
    void statusOfAnEmptyHome() throws Exception {
        Run text = imon("--home", home.toString(), "status");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("锁: 空闲") && text.out().contains("已齐备的报告期: 0 期"), text.out());
        Run json = imon("--home", home.toString(), "status", "--format", "json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode status = new ObjectMapper().readTree(json.out());
        assertEquals(11, status.path("feeds").size());
        assertTrue(status.path("snapshot").isNull());
        assertEquals(2, imon("--home", home.toString(), "status", "--format", "xml").exitCode());
    }

    @Test
    void circularHasHelp() {
        Run run = imon("report", "circular", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--period=YYYY-MM"), run.out());
    }

    @Test
    void everyReportOfTheCatalogIsACommand() {
        Run run = imon("report", "--help");
        assertEquals(0, run.exitCode());
        for (String name : new String[] {"circular", "clusters", "yoy", "key-enterprises", "projects", "double-half",
                "all"}) {
            assertTrue(run.out().contains(name), name + " missing from:\n" + run.out());
        }
        Run clusters = imon("report", "clusters", "--help");
        assertEquals(0, clusters.exitCode());
        assertTrue(clusters.out().contains("产业集群营收目标进度") && clusters.out().contains("--format"), clusters.out());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run run = imon("--home", home.toString(), "report", "clusters", "--period", "2024-06", "--format", "pdf,doc");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("输出格式应为 pdf、xlsx 或 png"), run.err());
    }

    @Test
    void versionExitsZero() {
        Run run = imon("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("imon "), run.out());
    }

    @Test
    void unknownOptionsAndCommandsAreUsageErrors() {
        assertEquals(2, imon("--no-such-option").exitCode());
        assertEquals(2, imon("no-such-command").exitCode());
        assertEquals(2, imon("report", "circular").exitCode(), "--period is required");
    }

    @Test
    void aJanuaryOnlyPeriodIsAUsageError() {
        Run run = imon("--home", home.toString(), "report", "circular", "--period", "2024-01");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("1月不单独发布"), run.err());
        assertEquals(2, imon("--home", home.toString(), "report", "circular", "--period", "June").exitCode());
    }

    @Test
    @Tag("slow") // imon load starts Spark before it finds the landing folder empty
    void stepsWithoutTheirInputFailWithExitOneAndSayWhatToRun() {
        Run build = imon("--home", home.toString(), "build");
        assertEquals(1, build.exitCode());
        assertTrue(build.err().contains("请先运行 imon load"), build.err());

        Run report = imon("report", "circular", "--period", "2024-06", "--home", home.toString());
        assertEquals(1, report.exitCode());
        assertTrue(report.err().contains("请先运行 imon build"), report.err());

        Run load = imon("--home", home.toString(), "load", "--master", "local[1]");
        assertEquals(1, load.exitCode());
        assertTrue(load.err().contains("落地目录中没有任何文件"), load.err());
    }

    @Test
    void snapshotsAndRollbackOnAnEmptyHome() {
        Run list = imon("--home", home.toString(), "snapshots");
        assertEquals(0, list.exitCode());
        assertTrue(list.out().contains("还没有数据快照"), list.out());
        Run rollback = imon("--home", home.toString(), "rollback", "20240101T000000000Z");
        assertEquals(1, rollback.exitCode());
        assertTrue(rollback.err().contains("没有这个快照"), rollback.err());
        assertEquals(2, imon("--home", home.toString(), "rollback").exitCode(), "the snapshot is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "load", "build", "report", "deliver", "nightly", "status", "backfill", "demo"})
    void everyCommandTakesTheGlobalOptionsWithTheirDefaults(String command) {
        String help = imon(command, "--help").out();
        assertTrue(help.contains("--home=DIR") && help.contains("IMON_HOME")
                && help.contains("--profile=CITY") && help.contains("IMON_PROFILE"), help);
    }

    @Test
    void theGlobalOptionsGoBeforeOrAfterTheCommand() {
        Run before = imon("--home", home.toString(), "--profile", "atlantis", "status");
        Run after = imon("status", "--home", home.toString(), "--profile", "atlantis");
        assertEquals(1, before.exitCode(), before.err());
        assertEquals(before.exitCode(), after.exitCode());
        assertEquals(before.err(), after.err());
        assertTrue(imon("status", "--home", home.toString()).out().contains("锁: 空闲"));
    }

    @Test
    void anUnknownCityProfileFails() {
        Run run = imon("--home", home.toString(), "--profile", "atlantis", "sample");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("未找到城市配置: atlantis"), run.err());
    }
}
