package org.imon.warehouse;

import java.nio.file.Path;

/**
 * Where everything lives under an imon home (工作目录), the folder that holds all of imon's state:
 * the one place that names these paths. Everything a run reads or writes is under the root, so two
 * homes never interfere and removing one removes everything.
 */
public record HomeLayout(Path root) {
    /** Where a home is when neither {@code --home} nor {@code IMON_HOME} names one. */
    public static final String DEFAULT_FOLDER = "imon-home";

    /** The departments' files, as sent: {@code landing/<feed>/<folder>/…}. */
    public Path landing() {
        return root.resolve("landing");
    }

    /** One feed's landing folder. */
    public Path landing(String feed) {
        return landing().resolve(feed);
    }

    /** What the sample city writes beside the feeds: the list of planted defects. */
    public Path landingManifest() {
        return landing().resolve("_manifest");
    }

    /** The published tables: one folder per snapshot, and {@code CURRENT} naming the one in use. */
    public Path snapshots() {
        return root.resolve("snapshots");
    }

    /** Typed, checked rows with their lineage, one folder per load. */
    public Path staging() {
        return root.resolve("staging");
    }

    /** Rejected rows and files, one folder per load. */
    public Path quarantine() {
        return root.resolve("quarantine");
    }

    /** The run ledger: every load, its feeds and files; and the delivery ledger. */
    public Path ledger() {
        return root.resolve("ledger");
    }

    /** The delivery ledger: one line per message queued, sent or failed, loaded as {@code report_delivery}. */
    public Path deliveryLedger() {
        return ledger().resolve("report_delivery");
    }

    /** The DuckDB file analysts and reports read. */
    public Path warehouseFile() {
        return root.resolve("warehouse.duckdb");
    }

    /** Rendered reports, one folder per period: {@code reports/<YYYY-MM>/}. */
    public Path reports() {
        return root.resolve("reports");
    }

    /** A dry run's messages as {@code .eml} files, one folder per period. */
    public Path outbox() {
        return root.resolve("outbox");
    }

    /** What the nightly schedule remembers between nights. */
    public Path state() {
        return root.resolve("state");
    }

    /** One JSON line per step and outcome, a file per day: {@code logs/imon-YYYY-MM-DD.jsonl}. */
    public Path logs() {
        return root.resolve("logs");
    }

    /** The one-writer-at-a-time lock of the home. */
    public Path lockFile() {
        return root.resolve("imon.lock");
    }
}
