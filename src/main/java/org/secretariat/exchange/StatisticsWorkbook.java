package org.secretariat.exchange;

import org.secretariat.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The statistics table for the annual inspection filing (年检统计表), as .xlsx: label, number, note. */
public final class StatisticsWorkbook {

    /** One line: what is counted, the number, and how it was counted. */
    public record Line(String label, long value, String note) {
    }

    public void write(Path target, String title, List<Line> lines) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("统计表");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.getRow(0).getCell(0).setCellStyle(head);
            var header = sheet.createRow(1);
            String[] names = {"项目", "数量", "说明"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
                header.getCell(i).setCellStyle(head);
            }
            for (int r = 0; r < lines.size(); r++) {
                var row = sheet.createRow(r + 2);
                row.createCell(0).setCellValue(lines.get(r).label());
                row.createCell(1).setCellValue(lines.get(r).value());
                row.createCell(2).setCellValue(lines.get(r).note());
            }
            sheet.setColumnWidth(0, 30 * 256);
            sheet.setColumnWidth(1, 10 * 256);
            sheet.setColumnWidth(2, 60 * 256);
            AtomicFiles.writeAtomically(target, wb::write);
        }
    }
}
