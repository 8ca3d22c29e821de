package org.imon.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import org.imon.warehouse.ReportingPeriod;

/** Reads a {@code YYYY-MM} period from the command line; a malformed one is a usage error (exit 2). */
final class Periods {
    private Periods() {
    }

    /** The period after {@code p}: 1-12月 is followed by next year's 1-2月. */
    static ReportingPeriod next(ReportingPeriod p) {
        return p.period() == 12 ? new ReportingPeriod(p.year() + 1, 2) : new ReportingPeriod(p.year(), p.period() + 1);
    }

    static ReportingPeriod parse(String text, CommandSpec spec) {
        return ReportingPeriod.parse(text).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "报告期格式应为 YYYY-MM，月份 02 至 12（02 即 1-2月，1月不单独发布），实际为: " + text));
    }
}
