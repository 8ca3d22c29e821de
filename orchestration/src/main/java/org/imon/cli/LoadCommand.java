package org.imon.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.imon.etl.spark.Sparks;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "用 Spark 装载落地目录中新到或变动的文件：校验、发布为新的数据快照，问题行写入隔离区。")
final class LoadCommand implements Callable<Integer> {
    @ParentCommand
    ImonCommand imon;

    @Spec
    CommandSpec spec;

    @Option(names = "--master", defaultValue = "${env:IMON_SPARK_MASTER:-" + Sparks.DEFAULT_MASTER + "}",
            description = "Spark master：local[*] 即本机全部核心，spark://HOST:PORT 为 Spark 独立集群"
                    + "（默认: 环境变量 IMON_SPARK_MASTER，否则 " + Sparks.DEFAULT_MASTER + "；当前: ${DEFAULT-VALUE}）。")
    String master;

    @Option(names = "--keep", defaultValue = "5", description = "保留最近几个快照（默认: ${DEFAULT-VALUE}）。")
    int keep;

    @Override
    public Integer call() throws Exception {
        if (keep < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--keep 至少为 1");
        }
        Pipeline.load(imon.home(), imon.profile(), master, keep, spec.commandLine().getOut());
        return 0;
    }
}
