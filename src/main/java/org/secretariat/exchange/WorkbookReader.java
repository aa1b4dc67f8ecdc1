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
 * Reads the active sheet of an .xlsx or .xls into rows of text as Excel shows them. Formulas give
 * the value Excel saved with them and are never evaluated; a cell merged over several rows gives
 * its value to each of them. POI's zip-bomb guard (ZipSecureFile) stays at its defaults.
 */
final class WorkbookReader {

    private WorkbookReader() {
    }

    static List<List<String>> read(Path file, int maxRows, int maxColumns) throws SheetReadException {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            if (wb.getNumberOfSheets() == 0) {
                throw new SheetReadException(Text.of("import.error.empty"), null);
            }
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheetAt(wb.getActiveSheetIndex());
            DataFormatter formatter = new DataFormatter(Locale.CHINA);
            int last = sheet.getLastRowNum();
            if (last >= maxRows) {
                throw new SheetReadException(Text.of("import.error.tooManyRows", SheetReader.MAX_ROWS), null);
            }
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
            fillMergedDown(sheet.getMergedRegions(), rows, maxColumns);
            return rows;
        } catch (EncryptedDocumentException e) {
            throw new SheetReadException(Text.of("import.error.encrypted"), e);
        } catch (IOException | RuntimeException e) {
            throw UnreadableFile.of(e);
        }
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
