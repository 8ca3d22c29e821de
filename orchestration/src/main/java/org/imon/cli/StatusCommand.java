package org.imon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.imon.etl.feed.FeedSpec;
import org.imon.etl.snapshot.Snapshot;
import org.imon.etl.snapshot.SnapshotStore;
import org.imon.warehouse.HomeLayout;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.profile.CityProfile;

@Command(name = "status", mixinStandardHelpOptions = true, footer = ExitCode.HELP,
        description = "运行状况（早上先看这个）：各数据来源最新收到与已装载的报告期、已齐备的报告期、逾期未到的数据、"
                + "最近一次装载、生成、报告与报送，以及最近一次装载的拒收行数。只读，不加锁。")
final class StatusCommand implements Callable<Integer> {
    private static final List<String> STEPS = List.of("nightly", "load", "build", "reports", "deliver");

    @ParentCommand
    ImonCommand imon;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "输出格式: text（默认）或 json。")
    String format;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format 只能是 text 或 json");
        }
        Map<String, Object> status = status(imon.global.home(), imon.global.profile());
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(status));
        } else {
            printText(status, out);
        }
        return ExitCode.OK;
    }

    static Map<String, Object> status(HomeLayout home, CityProfile profile) throws IOException {
        Optional<Snapshot> snapshot = new SnapshotStore(home.snapshots()).current();
        Arrivals received = Arrivals.received(home);
        Arrivals loaded = Arrivals.loaded(snapshot);
        LocalDate today = LocalDate.now(profile.schedule().timeZone());
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("home", home.root().toAbsolutePath().toString());
        status.put("date", today.toString());
        status.put("lock", lock(home));
        status.put("snapshot", snapshot.map(Snapshot::id).orElse(null));
        status.put("warehouse_built_from", new HomeState(home).warehouseSnapshot().orElse(null));

        List<Map<String, Object>> feeds = new ArrayList<>();
        for (String feed : FeedSpec.ALL) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("feed", feed);
            f.put("required", profile.schedule().requiredFeeds().contains(feed));
            f.put("latest_received", received.latestFolder(feed).orElse(null));
            f.put("latest_loaded", loaded.latestFolder(feed).orElse(null));
            feeds.add(f);
        }
        status.put("feeds", feeds);

        List<ReportingPeriod> complete = loaded.complete(profile.schedule());
        status.put("complete_periods", complete.stream().map(ReportingPeriod::toString).toList());
        List<Map<String, Object>> incomplete = new ArrayList<>();
        for (ReportingPeriod p : received.periods(profile.schedule().requiredFeeds())) {
            if (complete.isEmpty() || p.isAfter(complete.get(complete.size() - 1))) {
                Map<String, Object> i = new LinkedHashMap<>();
                i.put("period", p.toString());
                i.put("missing", loaded.missing(p, profile.schedule()));
                i.put("due", profile.schedule().dueDate(p.year(), p.period()).toString());
                incomplete.add(i);
            }
        }
        status.put("incomplete_periods", incomplete);
        status.put("overdue", QualityGate.overdue(received, profile.schedule(), today));
        status.put("reports_rendered", new HomeState(home).rendered().keySet());

        Map<String, Object> last = new LinkedHashMap<>();
        List<JsonNode> lines = RunLog.read(home);
        for (String step : STEPS) {
            last.put(step, lines.stream().filter(l -> l.path("step").asText().equals(step)
                    && l.path("exit_code").asInt() != ExitCode.NOTHING_NEW).reduce((a, b) -> b).orElse(null));
        }
        status.put("last", last);
        status.put("quarantine", quarantine(home));
        return status;
    }

    /** Who holds the home's lock, if anyone; an unlocked but non-empty lock file was left by a killed process. */
    private static String lock(HomeLayout home) throws IOException {
        Path file = home.lockFile();
        String holder = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
        if (holder.isEmpty()) {
            return null;
        }
        Matcher pid = Pattern.compile("pid=(\\d+)").matcher(holder);
        boolean alive = pid.find() && ProcessHandle.of(Long.parseLong(pid.group(1))).map(ProcessHandle::isAlive)
                .orElse(false);
        return holder.replace("\n", ", ") + (alive ? "（运行中）" : "（进程已终止，下一次运行将接管）");
    }

    /** Rows set aside per feed by the latest load that set any aside. */
    private static Map<String, Object> quarantine(HomeLayout home) throws IOException {
        Map<String, Object> q = new LinkedHashMap<>();
        if (!Files.isDirectory(home.quarantine())) {
            return q;
        }
        Optional<Path> latest;
        try (Stream<Path> loads = Files.list(home.quarantine())) {
            latest = loads.filter(Files::isDirectory).max(Path::compareTo);
        }
        if (latest.isEmpty()) {
            return q;
        }
        q.put("load", latest.get().getFileName().toString());
        try (Stream<Path> files = Files.list(latest.get())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                String name = f.getFileName().toString();
                q.put(name.substring(0, name.length() - 4), Files.readAllLines(f, StandardCharsets.UTF_8).size() - 1);
            }
        }
        return q;
    }

    @SuppressWarnings("unchecked")
    private static void printText(Map<String, Object> s, PrintWriter out) {
        out.printf("工作目录: %s（%s）%n", s.get("home"), s.get("date"));
        out.printf("锁: %s%n", s.get("lock") == null ? "空闲" : s.get("lock"));
        out.printf("当前快照: %s；数据仓库生成自: %s%n", s.get("snapshot"), s.get("warehouse_built_from"));
        out.println("数据来源（最新收到 / 已装载）:");
        for (Map<String, Object> f : (List<Map<String, Object>>) s.get("feeds")) {
            out.printf("  %s%-18s %s / %s%n", (Boolean) f.get("required") ? "*" : " ", f.get("feed"),
                    f.get("latest_received"), f.get("latest_loaded"));
        }
        List<String> complete = (List<String>) s.get("complete_periods");
        out.printf("已齐备的报告期: %d 期%s%n", complete.size(),
                complete.isEmpty() ? "" : "，最新 " + complete.get(complete.size() - 1));
        for (Map<String, Object> i : (List<Map<String, Object>>) s.get("incomplete_periods")) {
            out.printf("  未齐备 %s（截止 %s）: 缺 %s%n", i.get("period"), i.get("due"), i.get("missing"));
        }
        ((List<String>) s.get("overdue")).forEach(o -> out.println("  逾期: " + o));
        out.println("最近一次（不含“没有新的工作”）:");
        ((Map<String, Object>) s.get("last")).forEach((step, line) -> {
            JsonNode l = (JsonNode) line;
            out.printf("  %-8s %s%n", step, l == null ? "无" : String.format("%s 退出码 %d%s %s", l.path("time").asText(),
                    l.path("exit_code").asInt(), l.path("period").isNull() ? "" : " 报告期 " + l.path("period").asText(),
                    l.path("message").asText("")));
        });
        Map<String, Object> q = (Map<String, Object>) s.get("quarantine");
        out.println(q.isEmpty() ? "隔离区: 无拒收" : "隔离区（最近一次有拒收的装载）: " + q);
    }
}
