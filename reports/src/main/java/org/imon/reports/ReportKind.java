package org.imon.reports;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.imon.warehouse.ReportingPeriod;

/**
 * The catalog of the reports leaders receive, each by its command-line name, the Chinese title its
 * files carry and the {@link Report} that composes it. A report of a period is rendered to
 * {@code <reports>/<YYYY-MM>/<title>_<YYYY年1-N月>.pdf} and {@code .xlsx}; delivery and the nightly
 * schedule find the files through this class only. Registering a report is one argument here: every
 * command ({@code imon report <name>}, {@code imon report all}) follows from it.
 */
public enum ReportKind {
    /** 月度工业经济运行通报. */
    CIRCULAR("circular", "月度工业经济运行通报", new MonthlyCircular()),
    /** 产业集群营收目标进度. */
    CLUSTERS("clusters", "产业集群营收目标进度", new ClusterProgress()),
    /** 同比对比. */
    YOY("yoy", "同比对比", new YearOverYear()),
    /** 百户重点企业. */
    KEY_ENTERPRISES("key-enterprises", "百户重点企业", new KeyEnterprises()),
    /** 重点项目. */
    PROJECTS("projects", "重点项目", new KeyProjects()),
    /** 双过半. */
    DOUBLE_HALF("double-half", "双过半", new DoubleHalf());

    /** The file formats a report is rendered to; PNG is a picture of the first page, for documentation. */
    public enum Format {
        PDF("pdf"), XLSX("xlsx"), PNG("png");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private final String cliName;
    private final String title;
    private final Report report;

    ReportKind(String cliName, String title, Report report) {
        this.cliName = cliName;
        this.title = title;
        this.report = report;
    }

    public String cliName() {
        return cliName;
    }

    /** The Chinese title, which is also the stem of the report's file names. */
    public String title() {
        return title;
    }

    /** The report's composition; empty while it is not built. */
    public Report report() {
        return report;
    }

    public static Optional<ReportKind> byCliName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.cliName.equals(name)).findFirst();
    }

    /** e.g. {@code 2024-06/月度工业经济运行通报_2024年1-6月.pdf} under the reports folder. */
    public Path file(Path reportsDir, ReportingPeriod period, Format format) {
        return reportsDir.resolve(period.toString()).resolve(title + "_" + period.label() + "." + format.extension());
    }
}
