package org.imon.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.imon.warehouse.DataDictionary;

@Command(name = "dictionary", mixinStandardHelpOptions = true,
        description = "生成数据字典（每个表和视图的每一列：中英文名、单位与口径）。")
final class DictionaryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, defaultValue = "docs/data-dictionary.md", paramLabel = "FILE",
            description = "输出文件（默认: ${DEFAULT-VALUE}）。")
    Path output;

    @Override
    public Integer call() throws Exception {
        DataDictionary.write(output);
        spec.commandLine().getOut().printf("数据字典已写入 %s%n", output.toAbsolutePath());
        return 0;
    }
}
