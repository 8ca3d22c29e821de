package org.imon.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.imon.etl.spark.Sparks;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "用 Spark 装载落地目录中的全部文件：校验、发布为 Parquet 表，问题行写入隔离区。")
final class LoadCommand implements Callable<Integer> {
    @ParentCommand
    ImonCommand imon;

    @Spec
    CommandSpec spec;

    @Option(names = "--master", defaultValue = Sparks.DEFAULT_MASTER,
            description = "Spark master（默认: ${DEFAULT-VALUE}，即本机全部核心）。")
    String master;

    @Override
    public Integer call() throws Exception {
        Pipeline.load(imon.home(), imon.profile(), master, spec.commandLine().getOut());
        return 0;
    }
}
