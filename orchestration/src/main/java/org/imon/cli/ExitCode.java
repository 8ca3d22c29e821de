package org.imon.cli;

import org.imon.etl.load.LoadOutOfMemory;

/**
 * What {@code imon} returns, the same for every command so that a scheduler can run each step as a
 * task of its own. Airflow's BashOperator skips a task that returns {@link #NOTHING_NEW}.
 */
final class ExitCode {
    /** The work was done. */
    static final int OK = 0;
    /** Something failed; the message on stderr says what to do. */
    static final int FAILURE = 1;
    /** The command line was wrong. */
    static final int USAGE = 2;
    /** The data-quality gate failed (数据质量检查未通过): too many rows quarantined, a reconciliation flag, an overdue feed. */
    static final int DATA_QUALITY = 3;
    /**
     * The load ran out of memory (内存不足); the message names the heap it had and the
     * {@code IMON_JAVA_OPTS=-Xmx…} to run it with. The failed load is in the ledger with the same reason.
     */
    static final int OUT_OF_MEMORY = 4;
    /** Nothing new to do: no new or changed landing file, the warehouse already current, no report due. */
    static final int NOTHING_NEW = 99;

    /** The table {@code --help} prints. */
    static final String HELP = "%n退出码:%n"
            + "  0   已完成%n"
            + "  99  没有新的工作（Airflow 跳过该任务）%n"
            + "  3   数据质量检查未通过（摘要见标准错误）%n"
            + "  4   内存不足（用 IMON_JAVA_OPTS=-Xmx… 增加内存后重试）%n"
            + "  1   失败%n"
            + "  2   用法错误";

    private ExitCode() {
    }

    /** The code of a command that failed with this exception. */
    static int of(Exception failure) {
        return failure instanceof LoadOutOfMemory ? OUT_OF_MEMORY : FAILURE;
    }
}
