package org.imon.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.imon.etl.snapshot.Snapshot;
import org.imon.etl.snapshot.SnapshotStore;
import org.imon.warehouse.HomeLayout;

@Command(name = "build", mixinStandardHelpOptions = true, footer = ExitCode.HELP,
        description = "由已发布的 Parquet 表生成 DuckDB 数据仓库（warehouse.duckdb）及统计视图；新文件生成完毕后原子替换旧文件。"
                + "数据仓库已由当前快照生成时不再重复生成（退出码 99），除非指定 --force。")
final class BuildCommand implements Callable<Integer> {
    @ParentCommand
    ImonCommand imon;

    @Spec
    CommandSpec spec;

    @Option(names = "--force", description = "即使数据仓库已是最新也重新生成（例如升级 imon 之后）。")
    boolean force;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (HomeLock lock = imon.global.lock("build", out)) {
            HomeLayout home = imon.global.home();
            if (!force && isCurrent(home)) {
                out.printf("数据仓库已由当前快照生成，无需重新生成（如需重建请加 --force）: %s%n",
                        home.warehouseFile().toAbsolutePath());
                return ExitCode.NOTHING_NEW;
            }
            return build(home, imon.global.log("build"), out);
        }
    }

    /** Whether the warehouse exists and was built from the snapshot now current. */
    static boolean isCurrent(HomeLayout home) throws Exception {
        Optional<String> current = new SnapshotStore(home.snapshots()).current().map(Snapshot::id);
        return Files.isRegularFile(home.warehouseFile()) && current.isPresent()
                && current.equals(new HomeState(home).warehouseSnapshot());
    }

    /** Builds and logs the build; the caller holds the lock. */
    static int build(HomeLayout home, RunLog log, PrintWriter out) throws Exception {
        long started = System.nanoTime();
        try {
            Map<String, Long> rows = Pipeline.build(home, out, Progress.ofThisProcess());
            log.step("build", null, rows.values().stream().mapToLong(Long::longValue).sum(), RunLog.since(started),
                    ExitCode.OK, "");
            return ExitCode.OK;
        } catch (Exception e) {
            log.step("build", null, null, RunLog.since(started), ExitCode.FAILURE, String.valueOf(e.getMessage()));
            throw e;
        }
    }
}
