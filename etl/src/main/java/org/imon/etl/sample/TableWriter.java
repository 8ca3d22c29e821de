package org.imon.etl.sample;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.imon.warehouse.reference.CsvRecords;

/**
 * Writes one landing file the way a department's spreadsheet export looks: a CSV in UTF-8 with a
 * byte-order mark or in GB18030, or an .xlsx with a title row above the header. It counts lines, so
 * a defect's manifest entry can say where it is.
 */
abstract sealed class TableWriter implements Closeable permits TableWriter.Csv, TableWriter.Xlsx {

    /** How a department sends a file. */
    enum Format {
        CSV_UTF8_BOM(".csv"), CSV_GB18030(".csv"), XLSX(".xlsx");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    protected long line;

    static TableWriter open(Path fileWithoutExtension, Format format, String title, List<String> header)
            throws IOException {
        Path file = fileWithoutExtension.resolveSibling(fileWithoutExtension.getFileName() + format.extension);
        Files.createDirectories(file.getParent());
        TableWriter writer = format == Format.XLSX ? new Xlsx(file, title)
                : new Csv(file, format == Format.CSV_GB18030 ? Charset.forName("GB18030") : StandardCharsets.UTF_8,
                        format == Format.CSV_UTF8_BOM);
        writer.row(header);
        return writer;
    }

    /** Writes a row and returns its line number in the file. */
    abstract long row(List<String> cells) throws IOException;

    /** CSV: quotes a cell only when it must. */
    static final class Csv extends TableWriter {
        private final BufferedWriter out;

        Csv(Path file, Charset charset, boolean byteOrderMark) throws IOException {
            out = Files.newBufferedWriter(file, charset);
            if (byteOrderMark) {
                out.write('\uFEFF');
            }
        }

        @Override
        long row(List<String> cells) throws IOException {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(CsvRecords.field(cells.get(i)));
            }
            out.write('\n');
            return ++line;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Excel: numbers as numeric cells, everything else as text, streamed to keep memory flat. */
    static final class Xlsx extends TableWriter {
        private static final long FIXED_TIME = 946_684_800_000L;
        private final Path file;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final Sheet sheet;

        Xlsx(Path file, String title) {
            this.file = file;
            this.sheet = workbook.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue(title);
            line = 1;
        }

        @Override
        long row(List<String> cells) {
            Row row = sheet.createRow((int) line);
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = row.createCell(i);
                String c = cells.get(i);
                if (isPlainNumber(c)) {
                    cell.setCellValue(Double.parseDouble(c));
                } else {
                    cell.setCellValue(c);
                }
            }
            return ++line;
        }

        /** Codes with leading zeros, such as 0610, stay text; amounts become numbers. */
        private static boolean isPlainNumber(String c) {
            return c.matches("-?(0|[1-9]\\d{0,12})(\\.\\d{1,4})?") && c.contains(".");
        }

        /**
         * Writes the workbook, then rewrites the zip with fixed entry times and creation date, so
         * that the same seed gives byte-identical files.
         */
        @Override
        public void close() throws IOException {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(new Date(FIXED_TIME)));
            Path raw = file.resolveSibling(file.getFileName() + ".raw");
            try (OutputStream out = Files.newOutputStream(raw)) {
                workbook.write(out);
            } finally {
                workbook.close();
            }
            try (ZipFile in = new ZipFile(raw.toFile());
                    ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
                for (ZipEntry entry : Collections.list(in.entries())) {
                    ZipEntry fixed = new ZipEntry(entry.getName());
                    fixed.setTime(FIXED_TIME);
                    out.putNextEntry(fixed);
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                    out.closeEntry();
                }
            } finally {
                Files.delete(raw);
            }
        }
    }
}
