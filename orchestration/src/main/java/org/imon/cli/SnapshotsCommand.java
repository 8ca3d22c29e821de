package org.imon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.imon.etl.snapshot.Snapshot;
import org.imon.etl.snapshot.SnapshotStore;

@Command(name = "snapshots", mixinStandardHelpOptions = true, description = "列出保留的数据快照，标出当前快照。")
final class SnapshotsCommand implements Callable<Integer> {
    @ParentCommand
    ImonCommand imon;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SnapshotStore store = new SnapshotStore(imon.global.home().snapshots());
        String current = store.current().map(Snapshot::id).orElse("");
        if (store.list().isEmpty()) {
            out.println("还没有数据快照（请先运行 imon load）。");
            return 0;
        }
        for (Snapshot s : store.list()) {
            out.printf("%s %s  %s  企业月报 %d 行%n", s.id().equals(current) ? "*" : " ", s.id(), s.created(),
                    s.rowCounts().getOrDefault("fact_enterprise_period", 0L));
        }
        return 0;
    }
}
