package org.imon.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.imon.reports.ReportKind;
import org.imon.warehouse.ReportingPeriod;

/**
 * A report of one period as rendered: whichever of its formats exist, read once, and the SHA-256 that
 * identifies this content. The same bytes are hashed and attached, so the ledger's hash is exactly
 * what each recipient got.
 */
public record RenderedReport(ReportKind kind, ReportingPeriod period, Map<ReportKind.Format, Attachment> files,
        String sha256) {

    /** One rendered file: its name as the recipient sees it, and its bytes. */
    public record Attachment(String fileName, byte[] bytes) {
    }

    /** The report's files under the reports folder, or empty when none of its formats was rendered. */
    public static Optional<RenderedReport> find(Path reportsDir, ReportKind kind, ReportingPeriod period)
            throws IOException {
        Map<ReportKind.Format, Attachment> files = new LinkedHashMap<>();
        MessageDigest content = Sha256.digest();
        for (ReportKind.Format format : ReportKind.Format.values()) {
            Path file = kind.file(reportsDir, period, format);
            if (Files.isRegularFile(file)) {
                byte[] bytes = Files.readAllBytes(file);
                files.put(format, new Attachment(file.getFileName().toString(), bytes));
                // Each format's own hash, labelled, so that adding a format changes the content hash too.
                content.update((format.extension() + ":" + Sha256.hex(bytes) + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
        return files.isEmpty() ? Optional.empty()
                : Optional.of(new RenderedReport(kind, period, files, Sha256.hex(content)));
    }
}
