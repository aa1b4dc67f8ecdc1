package org.secretariat.exchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.secretariat.i18n.Text;
import org.xml.sax.SAXException;

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
    record Book(String sheetName, List<Sheet.SheetInfo> sheets, List<List<String>> rows, java.util.Set<Integer> hidden) {
    }

    private WorkbookReader() {
    }

    static Book read(Path file, int maxRows, int maxColumns, String wanted, int headerRows) throws SheetReadException {
        return read(file, maxRows, maxColumns, wanted, headerRows, true);
    }

    /**
     * {@code streaming}: an .xlsx is read with POI's streaming API ({@link XlsxStream}); false reads it
     * with the usermodel, as an .xls always is (kept to compare the two).
     */
    static Book read(Path file, int maxRows, int maxColumns, String wanted, int headerRows, boolean streaming)
            throws SheetReadException {
        OldFormats.refuse(file);
        List<SheetText> texts;
        int active;
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(raw))) {
            if (streaming && FileMagic.valueOf(in) == FileMagic.OOXML) {
                XlsxStream.Workbook wb = XlsxStream.read(in, maxRows, maxColumns);
                texts = new ArrayList<>(wb.sheets());
                active = wb.activeSheet();
            } else {
                try (Workbook wb = WorkbookFactory.create(in)) {
                    DataFormatter formatter = new DataFormatter(Locale.CHINA);
                    texts = new ArrayList<>();
                    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                        texts.add(texts(wb.getSheetAt(i), maxRows, maxColumns, formatter));
                    }
                    active = wb.getActiveSheetIndex();
                }
            }
        } catch (EncryptedDocumentException e) {
            throw new SheetReadException(Text.of("import.error.encrypted"), e);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw UnreadableFile.of(e);
        }
        if (texts.isEmpty()) {
            throw new SheetReadException(Text.of("import.error.empty"), null);
        }
        List<Sheet.SheetInfo> infos = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            SheetText t = texts.get(i);
            List<List<String>> top = t.rows().subList(0, Math.min(t.rows().size(), Math.max(0, headerRows)));
            infos.add(new Sheet.SheetInfo(i + 1, t.name(), t.count(), SheetReader.hasRosterHeader(top)));
        }
        SheetText sheet = texts.get(choose(active, infos, wanted));
        texts.clear(); // the other worksheets' text is no longer needed
        if (sheet.last() >= maxRows) {
            throw new SheetReadException(Text.of("import.error.tooManyRows", SheetReader.MAX_ROWS), null);
        }
        List<List<String>> rows = sheet.rows();
        fillMergedDown(sheet.merged(), rows, maxColumns);
        return new Book(sheet.name(), List.copyOf(infos), rows, sheet.hidden());
    }

    /** The worksheet named or numbered (1-based) by {@code wanted}; otherwise the active one or the first with a roster header. */
    private static int choose(int active, List<Sheet.SheetInfo> infos, String wanted) throws SheetReadException {
        if (wanted != null && !wanted.isBlank()) {
            String w = CellText.clean(wanted);
            for (Sheet.SheetInfo info : infos) {
                if (info.name().equals(w) || Integer.toString(info.number()).equals(w)) {
                    return info.number() - 1;
                }
            }
            throw new SheetReadException(Text.of("import.error.noSuchSheet", w, SheetReader.describe(infos)), null);
        }
        if (active >= 0 && active < infos.size() && infos.get(active).hasRosterHeader()) {
            return active;
        }
        return infos.stream().filter(Sheet.SheetInfo::hasRosterHeader).findFirst()
                .map(i -> i.number() - 1).orElse(Math.max(0, Math.min(active, infos.size() - 1)));
    }

    /** One worksheet's text read with the usermodel (see {@link SheetText}). */
    private static SheetText texts(org.apache.poi.ss.usermodel.Sheet sheet, int maxRows, int maxColumns,
            DataFormatter formatter) {
        SheetText.Builder builder = new SheetText.Builder(maxRows);
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            int lastCell = Math.min(row.getLastCellNum(), maxColumns);
            List<String> cells = new ArrayList<>(Math.max(lastCell, 0));
            boolean content = false;
            for (int c = 0; c < lastCell; c++) {
                Cell cell = row.getCell(c);
                String text = cellText(cell, formatter);
                cells.add(text);
                content = content || cell != null && cell.getCellType() != CellType.BLANK && SheetText.hasText(text);
            }
            if (!content) {
                content = hasContentBeyond(row, maxColumns, formatter);
            }
            builder.add(row.getRowNum(), cells, content, row.getZeroHeight());
        }
        return builder.build(sheet.getSheetName(), sheet.getMergedRegions());
    }

    /** A visible value in a column past the ones read (it still makes the row count). */
    private static boolean hasContentBeyond(org.apache.poi.ss.usermodel.Row row, int maxColumns, DataFormatter formatter) {
        if (row.getLastCellNum() <= maxColumns) {
            return false;
        }
        for (Cell cell : row) {
            if (cell.getColumnIndex() >= maxColumns && cell.getCellType() != CellType.BLANK
                    && SheetText.hasText(cellText(cell, formatter))) {
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
            if (Math.abs(v) >= 1e15) {
                return XlsxCellText.lostDigits(v); // digits Excel did not keep, whatever the cell's format shows
            }
        }
        if (!formula && type == CellType.STRING) {
            return cell.getStringCellValue(); // what DataFormatter gives for a text cell, without its dispatch
        }
        if (formula) {
            return switch (type) {
                case STRING -> cell.getStringCellValue();
                case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
                case NUMERIC -> Double.toString(cell.getNumericCellValue());
                case ERROR -> org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString();
                default -> "";
            };
        }
        return formatter.formatCellValue(cell);
    }
}
