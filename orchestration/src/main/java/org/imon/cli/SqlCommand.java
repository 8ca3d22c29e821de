package org.imon.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.imon.warehouse.Warehouse;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "在数据仓库上执行只读 SQL 查询，结果以表格、CSV（带 BOM，Excel 可直接打开）或 JSON 输出。任何写操作都会被拒绝。")
final class SqlCommand implements Callable<Integer> {
    @ParentCommand
    ImonCommand imon;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUERY", description = "SQL 查询，如 \"SELECT * FROM mart_city_indicator LIMIT 5\"。")
    String query;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "输出格式（默认: ${DEFAULT-VALUE}）。")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "写入文件，而不是打印到屏幕。")
    Path output;

    @Override
    public Integer call() throws Exception {
        ResultFormat resultFormat;
        try {
            resultFormat = ResultFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format 应为 table、csv 或 json");
        }
        String text;
        try (Warehouse warehouse = Warehouse.openForAnalysts(imon.global.home().warehouseFile());
                Statement statement = warehouse.connection().createStatement()) {
            if (!statement.execute(query)) {
                throw new IllegalStateException("该语句不是查询。");
            }
            try (ResultSet rs = statement.getResultSet()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    columns.add(meta.getColumnLabel(c));
                }
                List<Map<String, Object>> rows = Warehouse.rows(rs);
                text = resultFormat.render(columns, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(explain(e), e);
        }
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(output, text, StandardCharsets.UTF_8);
            spec.commandLine().getOut().printf("已写入 %s%n", output.toAbsolutePath());
        }
        return 0;
    }

    /**
     * A refused statement says so plainly; any other error keeps DuckDB's own message. The warehouse
     * is opened read-only, without access to any file but itself, and with its configuration locked:
     * so writes, {@code INSTALL}/{@code LOAD} of extensions, reading or writing other files
     * ({@code read_csv}, {@code glob}, {@code COPY}, {@code ATTACH}), {@code SET} and the
     * {@code PRAGMA}s that change a setting are all refused by DuckDB itself.
     */
    private static String explain(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("read-only") || message.contains("read only") || message.contains("external access")
                || message.contains("disabled by configuration") || message.contains("disabled through configuration")
                || message.contains("configuration has been locked")) {
            return "数据仓库是只读的：imon sql 只能查询，不能修改数据、更改设置、读写其他文件或安装、加载扩展。（"
                    + message.lines().findFirst().orElse("") + "）";
        }
        return "查询失败: " + message;
    }
}
