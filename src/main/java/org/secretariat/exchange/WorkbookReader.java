package org.secretariat.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.secretariat.i18n.Text;

/**
 * Reads one worksheet of an .xlsx or .xls into rows of text as Excel shows them: the one asked for,
 * else the active one if it has a roster header, else the first that has one. Formulas give the
 * value Excel saved with them and are never evaluated; a cell merged over several rows gives its
 * value to each of them. Rows below the last one with content (formatted but empty, common after a
 * copy-paste in Excel or WPS) are not read and do not count toward the row limit. POI's zip-bomb
 * guard (ZipSecureFile) stays at its defaults.
 */
final class WorkbookReader {

    /** The rows of the worksheet read, its name, and every worksheet of the file. */
    record Book(String sheetName, List<Sheet.SheetInfo> sheets, List<List<String>> rows) {
    }

    private WorkbookReader() {
    }

    static Book read(Path file, int maxRows, int maxColumns, String wanted, int headerRows) throws SheetReadException {
        OldFormats.refuse(file);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            if (wb.getNumberOfSheets() == 0) {
                throw new SheetReadException(Text.of("import.error.empty"), null);
            }
            DataFormatter formatter = new DataFormatter(Locale.CHINA);
            List<Sheet.SheetInfo> infos = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                org.apache.poi.ss.usermodel.Sheet sh = wb.getSheetAt(i);
                List<List<String>> top = rows(sh, Math.min(lastWithContent(sh, formatter), headerRows - 1), maxColumns, formatter);
                infos.add(new Sheet.SheetInfo(i + 1, wb.getSheetName(i), countWithContent(sh, formatter),
                        SheetReader.hasRosterHeader(top)));
            }
            int chosen = choose(wb, infos, wanted);
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheetAt(chosen);
            int last = lastWithContent(sheet, formatter);
            if (last >= maxRows) {
                throw new SheetReadException(Text.of("import.error.tooManyRows", SheetReader.MAX_ROWS), null);
            }
            List<List<String>> rows = rows(sheet, last, maxColumns, formatter);
            fillMergedDown(sheet.getMergedRegions(), rows, maxColumns);
            return new Book(wb.getSheetName(chosen), List.copyOf(infos), rows);
        } catch (EncryptedDocumentException e) {
            throw new SheetReadException(Text.of("import.error.encrypted"), e);
        } catch (IOException | RuntimeException e) {
            throw UnreadableFile.of(e);
        }
    }

    /** The worksheet named or numbered (1-based) by {@code wanted}; otherwise the active one or the first with a roster header. */
    private static int choose(Workbook wb, List<Sheet.SheetInfo> infos, String wanted) throws SheetReadException {
        if (wanted != null && !wanted.isBlank()) {
            String w = CellText.clean(wanted);
            for (Sheet.SheetInfo info : infos) {
                if (info.name().equals(w) || Integer.toString(info.number()).equals(w)) {
                    return info.number() - 1;
                }
            }
            throw new SheetReadException(Text.of("import.error.noSuchSheet", w, SheetReader.describe(infos)), null);
        }
        int active = wb.getActiveSheetIndex();
        if (active >= 0 && active < infos.size() && infos.get(active).hasRosterHeader()) {
            return active;
        }
        return infos.stream().filter(Sheet.SheetInfo::hasRosterHeader).findFirst()
                .map(i -> i.number() - 1).orElse(Math.max(0, Math.min(active, infos.size() - 1)));
    }

    private static List<List<String>> rows(org.apache.poi.ss.usermodel.Sheet sheet, int last, int maxColumns,
            DataFormatter formatter) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= last; r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                int lastCell = Math.min(row.getLastCellNum(), maxColumns);
                for (int c = 0; c < lastCell; c++) {
                    cells.add(cellText(row.getCell(c), formatter));
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The 0-based index of the last row with a visible value; -1 if none. Styled empty rows do not count. */
    private static int lastWithContent(org.apache.poi.ss.usermodel.Sheet sheet, DataFormatter formatter) {
        int last = -1;
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            if (row.getRowNum() > last && hasContent(row, formatter)) {
                last = row.getRowNum();
            }
        }
        return last;
    }

    private static int countWithContent(org.apache.poi.ss.usermodel.Sheet sheet, DataFormatter formatter) {
        int n = 0;
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            if (hasContent(row, formatter)) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasContent(org.apache.poi.ss.usermodel.Row row, DataFormatter formatter) {
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.BLANK && !CellText.clean(cellText(cell, formatter)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A cell merged over several rows (a unit type beside three units) reads as its value in each row. */
    private static void fillMergedDown(List<CellRangeAddress> regions, List<List<String>> rows, int maxColumns) {
        for (CellRangeAddress region : regions) {
            int top = region.getFirstRow();
            int col = region.getFirstColumn();
            if (region.getLastRow() == top || top >= rows.size() || col >= maxColumns) {
                continue;
            }
            List<String> first = rows.get(top);
            String value = col < first.size() ? first.get(col) : "";
            if (value.isEmpty()) {
                continue;
            }
            for (int r = top + 1; r <= Math.min(region.getLastRow(), rows.size() - 1); r++) {
                List<String> cells = rows.get(r);
                while (cells.size() <= col) {
                    cells.add("");
                }
                if (cells.get(col).isEmpty()) {
                    cells.set(col, value);
                }
            }
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        boolean formula = cell.getCellType() == CellType.FORMULA;
        if (formula && cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
            return ""; // a formula saved without its value: nothing to show, and it is never evaluated
        }
        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime d = cell.getLocalDateTimeCellValue();
            if (d != null) {
                return d.toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
        }
        if (type == CellType.NUMERIC) {
            double v = cell.getNumericCellValue();
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v); // phone numbers typed as numbers: no "1.38E+10"
            }
        }
        if (formula) {
            return switch (type) {
                case STRING -> cell.getStringCellValue();
                case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
                case NUMERIC -> Double.toString(cell.getNumericCellValue());
                default -> "";
            };
        }
        return formatter.formatCellValue(cell);
    }
}
