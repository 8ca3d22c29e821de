package org.imon.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "由已发布的 Parquet 表生成 DuckDB 数据仓库（warehouse.duckdb）及统计视图；新文件生成完毕后原子替换旧文件。")
final class BuildCommand implements Callable<Integer> {
    @ParentCommand
    ImonCommand imon;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Pipeline.build(imon.home(), spec.commandLine().getOut());
        return 0;
    }
}
