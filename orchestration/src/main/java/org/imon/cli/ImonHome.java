package org.imon.cli;

import java.nio.file.Path;

import org.imon.delivery.Delivery;

/**
 * The folder that holds all of imon's state. Everything a run reads or writes is under it, so two
 * homes never interfere and removing one removes everything.
 */
public record ImonHome(Path root) {
    public static final String ENVIRONMENT_VARIABLE = "IMON_HOME";
    public static final String DEFAULT_FOLDER = "imon-home";

    /** The departments' files, as sent: {@code landing/<feed>/<YYYY-MM>/…}. */
    public Path landing() {
        return root.resolve("landing");
    }

    /** The published tables: one folder per snapshot, and {@code CURRENT} naming the one in use. */
    public Path snapshots() {
        return root.resolve("snapshots");
    }

    /** Typed, checked rows with their lineage, one folder per load. */
    public Path staging() {
        return root.resolve("staging");
    }

    /** The run ledger: every load, its feeds and files. */
    public Path ledger() {
        return root.resolve("ledger");
    }

    /** Rejected rows and files, one folder per load. */
    public Path quarantine() {
        return root.resolve("quarantine");
    }

    /** The DuckDB file analysts and reports read. */
    public Path warehouseFile() {
        return root.resolve("warehouse.duckdb");
    }

    /** Rendered PDFs, one folder per period. */
    public Path reports() {
        return root.resolve("reports");
    }

    /** The delivery ledger: one line per message queued, sent or failed, loaded as {@code report_delivery}. */
    public Path deliveryLedger() {
        return ledger().resolve("report_delivery");
    }

    /** A dry run's messages as {@code .eml} files, one folder per period. */
    public Path outbox() {
        return root.resolve("outbox");
    }

    /** Everything e-mail delivery reads and writes. */
    public Delivery.Paths delivery() {
        return new Delivery.Paths(reports(), warehouseFile(), deliveryLedger(), outbox());
    }

    /** What the nightly schedule remembers between nights: see {@link HomeState}. */
    public Path state() {
        return root.resolve("state");
    }

    /** One JSON line per step and outcome, a file per day: {@code logs/imon-YYYY-MM-DD.jsonl}. */
    public Path logs() {
        return root.resolve("logs");
    }
}
