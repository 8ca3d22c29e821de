package org.imon.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.imon.etl.sample.SampleOptions;
import org.imon.etl.spark.Sparks;
import org.imon.reports.ReportKind;
import org.imon.warehouse.HomeLayout;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.profile.CityProfile;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "在内置示例城市上依次运行 sample、load、build 和 report all（最近一期，另加最近一个1-6月的双过半），并给出结果位置。")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    ImonCommand imon;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        HomeLayout home = imon.global.home();
        CityProfile profile = imon.global.profile();
        ReportingPeriod latest = SampleOptions.latestCompletePeriod(LocalDate.now());
        SampleOptions options = new SampleOptions(SampleOptions.DEFAULT_SEED, SampleOptions.DEFAULT_FIRST_YEAR,
                latest.year(), latest.period(), profile.sampleScale().enterprises(), false);
        out.println("[1/4] 生成示例城市");
        Pipeline.sample(home, profile, options, out);
        out.println("[2/4] 装载");
        Pipeline.load(home, profile, Sparks.DEFAULT_MASTER, 5, out, Progress.ofThisProcess());
        out.println("[3/4] 生成数据仓库");
        Pipeline.build(home, out, Progress.ofThisProcess());
        out.println("[4/4] 生成报告（imon report all，及最近一个1-6月的双过半）");
        ReportingPeriod period = options.last();
        Pipeline.reports(home, profile, period, LocalDate.now(), out);
        ReportingPeriod june = period.latestFirstHalf();
        // 双过半 is judged at 1-6月: when the latest period is another, the demo shows the latest June's too.
        boolean extraJune = !june.equals(period) && june.year() >= options.firstYear();
        if (extraJune) {
            Pipeline.reports(home, profile, List.of(ReportKind.DOUBLE_HALF), june, LocalDate.now(),
                    EnumSet.of(ReportKind.Format.PDF, ReportKind.Format.XLSX), out);
        }
        out.println();
        out.println("完成。结果:");
        out.printf("  报告:       %s（PDF 与 XLSX）%n", home.reports().resolve(period.toString()).toAbsolutePath());
        if (extraJune) {
            out.printf("  双过半:     %s%n",
                    ReportKind.DOUBLE_HALF.file(home.reports(), june, ReportKind.Format.PDF).toAbsolutePath());
        }
        out.printf("  数据仓库:   %s（可用 DuckDB 只读打开，或 imon sql 查询；各视图见 docs/data-dictionary.md）%n",
                home.warehouseFile().toAbsolutePath());
        out.printf("  落地文件:   %s%n", home.landing().toAbsolutePath());
        out.printf("  隔离区:     %s%n", home.quarantine().toAbsolutePath());
        return 0;
    }
}
