package org.imon.etl.landing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * A landing file's cells as text, row by row, with the line (CSV) or row (Excel) number an analyst
 * sees when opening the file. Numbers in Excel cells keep the digits stored, not the display format;
 * a cell formatted as a date reads as its month, YYYY-MM.
 */
public final class LandingTable {

    /**
     * The widest row read: Excel's own limit (column XFD). A wider CSV is no department's table; it
     * is rejected for its header rather than read.
     */
    public static final int MAX_COLUMNS = 16_384;

    /** One row: its number in the file (1-based) and its cells. */
    public record Line(long number, String[] cells) {
    }

    /** A CSV row wider than {@link #MAX_COLUMNS}; {@code line} is where it was met. */
    public static final class TooWideException extends Exception {
        private final long line;

        TooWideException(long line) {
            super("第 " + line + " 行超过 " + MAX_COLUMNS + " 列");
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    private LandingTable() {
    }

    public static List<Line> read(LandingFile file)
            throws IOException, LandingText.UndecodableException, TooWideException {
        return file.isExcel() ? readExcel(Path.of(file.path())) : readCsv(Path.of(file.path()));
    }

    private static List<Line> readCsv(Path path)
            throws IOException, LandingText.UndecodableException, TooWideException {
        String text = LandingText.decode(Files.readAllBytes(path)).text();
        CsvParserSettings s = new CsvParserSettings();
        s.setLineSeparatorDetectionEnabled(true);
        s.setHeaderExtractionEnabled(false);
        s.setSkipEmptyLines(true);
        s.setNullValue("");
        s.setEmptyValue("");
        s.setMaxCharsPerColumn(100_000);
        s.setMaxColumns(MAX_COLUMNS);
        CsvParser parser = new CsvParser(s);
        parser.beginParsing(new StringReader(text));
        List<Line> lines = new ArrayList<>();
        try {
            String[] cells;
            while ((cells = parser.parseNext()) != null) {
                lines.add(new Line(parser.getContext().currentLine(), cells));
            }
        } catch (TextParsingException e) {
            if (e.getCause() instanceof ArrayIndexOutOfBoundsException) {
                throw new TooWideException(e.getLineIndex() + 1);
            }
            throw e;
        }
        return lines;
    }

    private static List<Line> readExcel(Path path) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(path); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                String[] cells = new String[Math.max(0, row.getLastCellNum())];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = text(row.getCell(c));
                }
                lines.add(new Line(row.getRowNum() + 1L, cells));
            }
        }
        return lines;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString().substring(0, 7)
                    : NumberToTextConverter.toText(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
