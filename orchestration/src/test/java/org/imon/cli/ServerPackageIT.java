package org.imon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.imon.cli.ChildProcess.Finished;
import org.imon.etl.snapshot.SnapshotStore;
import org.imon.warehouse.HomeLayout;

/**
 * The server package as an operator installs it: {@code imon-<version>.tar.gz} unpacked into an empty
 * folder and run from there, away from the source checkout, with an environment as bare as cron's (only
 * Java on the PATH, no locale) and the home set in {@code conf/imon.env}.
 */
@Tag("slow")
class ServerPackageIT {
    private static final Duration STEP = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    private Path install;

    @Test
    void theUnpackedPackageRunsATinyPipeline() throws Exception {
        String version = System.getProperty("imon.version");
        Path tarball = Path.of(System.getProperty("imon.package"));
        assertEquals(0, ChildProcess.run(dir, Map.of("PATH", "/usr/bin:/bin"), dir.resolve("tar.log"), STEP,
                List.of("tar", "-xzf", tarball.toString(), "-C", dir.toString())).exitCode());
        install = dir.resolve("imon-" + version);
        for (String part : List.of("bin/imon", "lib/imon.jar", "lib/imon.jvm.options", "conf/imon.env.example",
                "docs/operations.md")) {
            assertTrue(Files.exists(install.resolve(part)), part + " missing from the package");
        }
        assertTrue(Files.isExecutable(install.resolve("bin/imon")));
        Path home = dir.resolve("imon-home");
        Files.writeString(install.resolve("conf/imon.env"),
                "IMON_HOME=" + home + "\nIMON_JAVA_OPTS=-Xmx1g\nIMON_SPARK_MASTER=local[2]\n");

        assertEquals("imon " + version, succeeds("version", "--version").output().strip());

        Finished sample = succeeds("sample", "sample", "--years", "1", "--enterprises", "100", "--until", "2024-03");
        long sampleRows = number(sample, "企业月报 (\\d+) 行");
        Finished load = succeeds("load", "load");
        assertEquals(sampleRows, number(load, "enterprise_monthly +文件 \\d+ 个（本次读取 \\d+），读取 (\\d+) 行"));
        long published = number(load, "enterprise_monthly .*发布 (\\d+) 行");
        long superseded = number(load, "enterprise_monthly .*被更正替换 (\\d+) 行");
        assertEquals(sampleRows, published + superseded, load.output());
        assertTrue(load.output().contains("拒收 0 行、整文件拒收 0 个"), load.output());
        // The first load left the class-data archive, and the next command maps its classes from there.
        try (var archives = Files.list(install.resolve("lib/cds"))) {
            assertEquals(1, archives.filter(p -> p.getFileName().toString().endsWith(".jsa")).count());
        }
        Finished shared = imon("shared", Map.of("IMON_JAVA_OPTS", "-Xlog:class+load=info"), "--version");
        assertTrue(shared.output().contains("org.imon.cli.ImonCommand source: shared objects file (top)"),
                shared.output());

        // Every snapshot table: the rows the load recorded, the rows in its Parquet files, the rows the
        // warehouse build copied, all equal.
        Map<String, SnapshotTables.Table> tables = SnapshotTables.current(home);
        assertEquals(published, tables.get("fact_enterprise_period").rows());
        Properties recorded = new Properties();
        try (var in = Files.newInputStream(
                new SnapshotStore(new HomeLayout(home).snapshots()).current().orElseThrow().dir().resolve("_snapshot.properties"))) {
            recorded.load(in);
        }
        Finished build = succeeds("build", "build");
        Map<String, Long> built = new LinkedHashMap<>();
        Matcher counts = Pattern.compile("(?m)^  (\\w+): (\\d+) 行$").matcher(build.output());
        while (counts.find()) {
            built.put(counts.group(1), Long.parseLong(counts.group(2)));
        }
        assertEquals(SnapshotTables.published(), tables.keySet());
        tables.forEach((table, content) -> {
            assertEquals(Long.parseLong(recorded.getProperty("rows." + table)), content.rows(), table);
            assertEquals(content.rows(), built.get(table), table);
        });

        Finished report = succeeds("report", "report", "circular", "--period", "2024-03", "--date", "2024-04-10");
        Path pdf = new HomeLayout(home).reports().resolve("2024-03/月度工业经济运行通报_2024年1-3月.pdf");
        assertTrue(report.output().contains(pdf.toString()), report.output());
        String text = pdfText(pdf);
        assertTrue(text.contains("许昌市") && text.contains("2024年1-3月"), text);
        assertEquals(9, rankingRows(text).size(), "six counties and districts and three management zones:\n" + text);

        // The environment wins over the settings file; a line the launcher cannot read stops it.
        assertTrue(succeeds("snapshots", "snapshots").output().contains("企业月报 " + published + " 行"));
        Finished elsewhere = imon("elsewhere", Map.of("IMON_HOME", dir.resolve("other-home").toString()), "snapshots");
        assertEquals(0, elsewhere.exitCode(), elsewhere.output());
        assertTrue(elsewhere.output().contains("还没有数据快照"), elsewhere.output());
        Files.writeString(install.resolve("conf/imon.env"), "IMON_HOME " + home + "\n");
        Finished unreadable = imon("unreadable", Map.of(), "snapshots");
        assertEquals(2, unreadable.exitCode(), unreadable.output());
        assertTrue(unreadable.output().contains(install.resolve("conf/imon.env") + " 中有无法识别的行"), unreadable.output());
    }

    private Finished succeeds(String step, String... args) throws Exception {
        Finished run = imon(step, Map.of(), args);
        assertEquals(0, run.exitCode(), step + ":\n" + run.output());
        return run;
    }

    /** Runs the package's {@code bin/imon} from the temporary folder, with only Java on the PATH. */
    private Finished imon(String step, Map<String, String> settings, String... args) throws Exception {
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        environment.put("HOME", dir.toString());
        List<String> command = new ArrayList<>(List.of(install.resolve("bin/imon").toString()));
        command.addAll(Arrays.asList(args));
        return ChildProcess.run(dir, environment, dir.resolve(step + ".log"), STEP, command);
    }

    private static long number(Finished run, String regex) {
        Matcher m = Pattern.compile(regex).matcher(run.output());
        assertTrue(m.find(), regex + " not in:\n" + run.output());
        return Long.parseLong(m.group(1));
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    /** The regions of the circular's revenue ranking (the table repeats its header across a page break). */
    private static List<String> rankingRows(String text) {
        String revenue = text.substring(text.indexOf("营业收入增速排名"), text.indexOf("利润总额增速排名"));
        return revenue.lines().map(String::trim).filter(line -> line.matches("(居|并列)第\\d+位\\s+\\S+\\s.*"))
                .map(line -> line.split("\\s+")[1]).distinct().toList();
    }
}
