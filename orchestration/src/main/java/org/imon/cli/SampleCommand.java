package org.imon.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.imon.etl.sample.SampleOptions;
import org.imon.warehouse.ReportingPeriod;
import org.imon.warehouse.profile.CityProfile;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "生成内置示例城市的落地文件（各部门报送的原始文件），替换此前生成的示例文件。")
final class SampleCommand implements Callable<Integer> {
    @ParentCommand
    ImonCommand imon;

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", defaultValue = "" + SampleOptions.DEFAULT_SEED,
            description = "随机种子；相同种子生成逐字节相同的文件（默认: ${DEFAULT-VALUE}）。")
    long seed;

    @ArgGroup(exclusive = true)
    FirstYear firstYear = new FirstYear();

    /** Where the sample starts: a first year, or a number of years up to the last period. */
    static final class FirstYear {
        @Option(names = "--from-year", paramLabel = "YYYY",
                description = "起始年份（默认: " + SampleOptions.DEFAULT_FIRST_YEAR + "）。")
        Integer fromYear;

        @Option(names = "--years", paramLabel = "N", description = "年数，截至最后一期所在年份。")
        Integer years;
    }

    @Option(names = "--until", paramLabel = "YYYY-MM",
            description = "最后一期，如 2026-10 即 2026年1-10月（默认: 当前最近一个完整月份）。")
    ReportingPeriod until;

    @Option(names = "--enterprises",
            description = "首年规上工业企业数（默认: 城市配置的 sample.enterprises，许昌 1800、随州 590；全省约 25000，全国约 480000）。")
    Integer enterprises;

    @Option(names = "--defects", description = "注入常见的错误数据，并在 landing/_manifest/defects.csv 中逐条列出应有的拒收原因。")
    boolean defects;

    @Option(names = "--utf8-csv", description = "所有文件均写为 UTF-8 CSV（不写 .xlsx，不用 GB18030），供性能对比时其他工具读取同样的文件。")
    boolean utf8Csv;

    @Override
    public Integer call() throws Exception {
        CityProfile profile = imon.global.profile();
        Pipeline.sample(imon.global.home(), profile, options(profile), spec.commandLine().getOut());
        return 0;
    }

    SampleOptions options(CityProfile profile) {
        ReportingPeriod last = until == null ? SampleOptions.latestCompletePeriod(LocalDate.now()) : until;
        int from = firstYear.years != null ? last.year() - firstYear.years + 1
                : firstYear.fromYear != null ? firstYear.fromYear : SampleOptions.DEFAULT_FIRST_YEAR;
        return new SampleOptions(seed, from, last.year(), last.period(),
                enterprises != null ? enterprises : profile.sampleScale().enterprises(), defects, utf8Csv);
    }
}
