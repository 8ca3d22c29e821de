package org.imon.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import org.imon.warehouse.ReportingPeriod;

/** Reads a {@code --period YYYY-MM} option; a malformed one is a usage error (exit 2). */
final class PeriodConverter implements ITypeConverter<ReportingPeriod> {
    @Override
    public ReportingPeriod convert(String text) {
        return ReportingPeriod.parse(text).orElseThrow(() -> new TypeConversionException(
                "报告期格式应为 YYYY-MM，月份 02 至 12（02 即 1-2月，1月不单独发布），实际为: " + text));
    }
}
