package org.imon.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.imon.etl.snapshot.Snapshot;
import org.imon.etl.snapshot.SnapshotStore;

@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = "把当前数据快照切回一个较早的快照（之后运行 imon build 重建数据仓库）。")
final class RollbackCommand implements Callable<Integer> {
    @ParentCommand
    ImonCommand imon;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SNAPSHOT", description = "快照编号，见 imon snapshots。")
    String snapshot;

    @Override
    public Integer call() throws Exception {
        try (HomeLock lock = imon.global.lock("rollback", spec.commandLine().getOut())) {
            Snapshot now = new SnapshotStore(imon.global.home().snapshots()).rollback(snapshot);
            spec.commandLine().getOut().printf("当前快照已切换为 %s。请运行 imon build 重建数据仓库（imon nightly 会自动重建）。%n",
                    now.id());
            return ExitCode.OK;
        }
    }
}
