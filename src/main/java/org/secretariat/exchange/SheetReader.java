package org.secretariat.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.secretariat.i18n.Text;

/**
 * Reads a roster from .xlsx (or .xls) or .csv into a {@link Sheet}. Dates in date-formatted cells
 * come out as 2023-05-01 text; everything else as the user sees it in Excel. The header row is the
 * first of the top ten rows with at least two recognised headers (a title row above is skipped).
 */
public final class SheetReader {

    public static final int MAX_ROWS = 100_000;
    public static final int MAX_COLUMNS = 200;
    /** A roster of {@link #MAX_ROWS} rows fits in far less; a larger file is refused before it is read. */
    public static final long MAX_BYTES = 64L << 20;
    private static final int HEADER_SEARCH_ROWS = 10;

    public Sheet read(Path file) throws SheetReadException {
        return read(file, null);
    }

    /**
     * Reads the worksheet {@code sheet} names (its name, or its 1-based position); null or blank
     * picks the active worksheet if it has a roster header, else the first that has one.
     */
    public Sheet read(Path file, String sheet) throws SheetReadException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw new SheetReadException(Text.of("import.error.notFound", file.toString()), null);
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new SheetReadException(Text.of("import.error.tooLarge", MAX_BYTES >> 20), null);
            }
        } catch (IOException e) {
            throw UnreadableFile.of(e);
        }
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            return toSheet(name, "", List.of(), readCsv(file), java.util.Set.of());
        }
        WorkbookReader.Book book = WorkbookReader.read(file, MAX_ROWS + HEADER_SEARCH_ROWS, MAX_COLUMNS, sheet,
                HEADER_SEARCH_ROWS);
        return toSheet(name, book.sheetName(), book.sheets(), book.rows(), book.hidden());
    }

    /** True if one of {@code top} rows has at least two headers the importer knows. */
    static boolean hasRosterHeader(List<List<String>> top) {
        return top.stream().limit(HEADER_SEARCH_ROWS)
                .anyMatch(row -> row.stream().filter(h -> RosterField.forHeader(h).isPresent()).count() >= 2);
    }

    /** 「名册（120 行）、说明（3 行）」: the worksheets for a message. */
    public static String describe(List<Sheet.SheetInfo> sheets) {
        return String.join("、", sheets.stream().map(s -> "「" + s.name() + "」（" + s.rowsWithContent() + " 行）").toList());
    }

    private List<List<String>> readCsv(Path file) throws SheetReadException {
        String text;
        try {
            text = decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw UnreadableFile.of(e);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t'
                : firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                .setIgnoreEmptyLines(false).build(); // row numbers as Excel shows them
        List<List<String>> rows = new ArrayList<>();
        try (Reader r = new StringReader(text); CSVParser parser = CSVParser.parse(r, format)) {
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS + HEADER_SEARCH_ROWS) {
                    throw new SheetReadException(Text.of("import.error.tooManyRows", MAX_ROWS), null);
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.min(record.size(), MAX_COLUMNS); i++) {
                    cells.add(record.get(i));
                }
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw UnreadableFile.of(e);
        }
        return rows;
    }

    /** UTF-8 (with or without BOM) or UTF-16 by BOM; otherwise GB18030, as Excel saves CSV in China. */
    public static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    private static Sheet toSheet(String name, String sheetName, List<Sheet.SheetInfo> sheets, List<List<String>> raw,
                                 java.util.Set<Integer> hidden) throws SheetReadException {
        int headerIndex = -1;
        int firstNonEmpty = -1;
        for (int r = 0; r < Math.min(raw.size(), HEADER_SEARCH_ROWS); r++) {
            List<String> row = raw.get(r);
            if (row.stream().allMatch(s -> CellText.clean(s).isEmpty())) {
                continue;
            }
            if (firstNonEmpty < 0 && row.stream().filter(c -> !CellText.clean(c).isEmpty()).count() >= 2) {
                firstNonEmpty = r; // a title row has one cell (often merged); a header row has several
            }
            long known = row.stream().filter(h -> RosterField.forHeader(h).isPresent()).count();
            if (known >= 2) {
                headerIndex = r;
                break;
            }
        }
        if (headerIndex < 0) {
            headerIndex = firstNonEmpty;
        }
        for (int r = 0; headerIndex < 0 && r < raw.size(); r++) {
            if (raw.get(r).stream().anyMatch(c -> !CellText.clean(c).isEmpty())) {
                headerIndex = r; // a one-column file
            }
        }
        if (headerIndex < 0) {
            throw new SheetReadException(Text.of("import.error.empty"), null);
        }
        List<String> headers = raw.get(headerIndex).stream().map(CellText::clean).toList();
        int nameColumn = -1;
        for (int c = 0; c < headers.size() && nameColumn < 0; c++) {
            if (RosterField.forHeader(headers.get(c)).filter(f -> f == RosterField.NAME).isPresent()) {
                nameColumn = c;
            }
        }
        List<Sheet.Row> rows = new ArrayList<>();
        List<Sheet.Skipped> skipped = new ArrayList<>();
        int noteRow = -1;
        for (int r = headerIndex + 1; r < raw.size(); r++) {
            List<String> cells = new ArrayList<>(raw.get(r));
            while (cells.size() < headers.size()) {
                cells.add("");
            }
            Sheet.Row row = new Sheet.Row(r + 1, List.copyOf(cells));
            if (row.isBlank()) {
                continue;
            }
            if (hidden.contains(r)) { // not on the clerk's screen (hidden, or filtered out): left out, and said so
                skipped.add(new Sheet.Skipped(r + 1, TableEnd.excerpt(String.join(" ", cells.stream().map(CellText::clean)
                        .filter(t -> !t.isEmpty()).toList())), Text.of("import.skipped.hidden")));
                continue;
            }
            java.util.Optional<Text> note = TableEnd.noteReason(cells, headers.size(), nameColumn);
            if (note.isPresent() || noteRow > 0) {
                noteRow = noteRow > 0 ? noteRow : r + 1;
                String text = TableEnd.excerpt(String.join(" ", cells.stream().map(CellText::clean)
                        .filter(t -> !t.isEmpty()).toList())); // only a skipped row is shown as text
                skipped.add(new Sheet.Skipped(r + 1, text, note.orElse(Text.of("import.skipped.afterNote", noteRow))));
                continue;
            }
            rows.add(row);
        }
        return new Sheet(name, sheetName, sheets, headerIndex + 1, headers, List.copyOf(rows), List.copyOf(skipped));
    }
}
