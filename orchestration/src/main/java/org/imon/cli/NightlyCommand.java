package org.imon.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.imon.etl.spark.Sparks;
import org.imon.warehouse.profile.CityProfile;

@Command(name = "nightly", mixinStandardHelpOptions = true, footer = ExitCode.HELP,
        description = {"每晚例行处理，可重复运行：装载新到或变动的落地文件；快照变化时重新生成数据仓库；"
                + "为新齐备（城市配置要求的数据来源均已到齐）或数据有变动的报告期生成报告；已配置报送时报送。",
                "必需的数据来源过了报送截止日仍未到、拒收行超过阈值或核对未通过时，退出码为 3，摘要见标准错误。",
                "同一工作目录同一时间只允许一个 nightly 或 load 运行。"})
final class NightlyCommand implements Callable<Integer> {
    @ParentCommand
    ImonCommand imon;

    @Spec
    CommandSpec spec;

    @Option(names = "--ds", paramLabel = "YYYY-MM-DD",
            description = "本次运行所属日期（默认: 城市时区的今天）；报送截止日按它判断，报告落款也用它。")
    LocalDate ds;

    @Option(names = "--master", defaultValue = Sparks.DEFAULT_MASTER,
            description = "装载用的 Spark master（默认: ${DEFAULT-VALUE}）。")
    String master;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CityProfile profile = imon.global.profile();
        LocalDate day = ds == null ? LocalDate.now(profile.schedule().timeZone()) : ds;
        RunLog log = imon.global.log("nightly");
        long started = System.nanoTime();
        try (HomeLock lock = imon.global.lock("nightly", out)) {
            int code;
            try {
                code = new Night(imon.global.home(), profile, day, master, log, out).run(spec.commandLine().getErr());
            } catch (Exception e) {
                log.step("nightly", null, null, RunLog.since(started), ExitCode.of(e), String.valueOf(e.getMessage()));
                throw e;
            }
            log.step("nightly", null, null, RunLog.since(started), code, "ds " + day);
            return code;
        }
    }
}
