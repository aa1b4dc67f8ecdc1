package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * roster import of files built to hurt or simply wrong: a clear FILE:ROW:COLUMN message, exit 2,
 * within a bounded time, and nothing written.
 */
class HostileImportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK).run(all);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void setUp() {
        assertEquals(0, run("setup", "--charter", "xinxiang-cbec").code());
    }

    /** Imports the file: refused with exit 2 in bounded time, the roster still empty; returns stderr. */
    private String refused(Path file) {
        Run r = assertTimeoutPreemptively(BOUND, () -> run("roster", "import", file.toString()));
        assertEquals(Cli.BAD_INPUT, r.code(), r.out() + r.err());
        Run list = run("roster", "list");
        assertEquals(1, list.out().lines().count(), "nothing written: " + list.out());
        return r.err();
    }

    private Path xlsx(String name, Object[]... rows) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("名单");
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        row.createCell(c).setCellValue(b);
                    } else if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(dateStyle);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void aHundredThousandCharacterCellIsNamedByRowAndColumn() throws Exception {
        Path file = dir.resolve("long.csv");
        Files.writeString(file, "单位名称,备注\n新乡学院,正常\n河南科技学院," + "长".repeat(100_000) + "\n"
                + "长".repeat(5000) + ",\n", StandardCharsets.UTF_8);
        String err = refused(file);
        assertTrue(err.contains(file + ":3:2: 备注：单元格内容过长：100000 个字，每格最多 2000 个字"), err);
        assertTrue(err.contains(file + ":4:1: 单位名称：单元格内容过长：5000 个字"), err);
        assertTrue(!err.contains("内容过长，最多"), "the long name is reported once: " + err);
    }

    @Test
    void aTextFileRenamedXlsxAndATruncatedWorkbookAreUnreadable() throws Exception {
        Path text = Files.writeString(dir.resolve("名单.xlsx"), "单位名称\n新乡学院\n", StandardCharsets.UTF_8);
        assertTrue(refused(text).startsWith(text + ":1:1: 无法读取此文件"), text.toString());
        Path whole = xlsx("whole.xlsx", new Object[] {"单位名称"}, new Object[] {"新乡学院"});
        byte[] bytes = Files.readAllBytes(whole);
        Path half = Files.write(dir.resolve("half.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        String err = refused(half);
        assertTrue(err.startsWith(half + ":1:1: 无法读取此文件") && err.contains("不完整或已损坏"), err);
    }

    @Test
    void wrongTypesAndInvalidDatesAreErrorsAtTheirCells() throws Exception {
        Path file = xlsx("types.xlsx", new Object[] {"单位名称", "单位类型", "联系电话", "入会日期"},
                new Object[] {"新乡学院", 3, LocalDate.of(2023, 5, 1), "2023-02-30"},
                new Object[] {"河南科技学院", "高校", "13800138000", true},
                new Object[] {"新乡医学院", "高校", "13800138000", "2023-13-01"},
                new Object[] {"新乡工程学院", "高校", "13800138000", "明年"});
        String err = refused(file);
        assertTrue(err.contains(file + ":2:2: 单位类型：单位类型「3」无法识别"), err);
        assertTrue(err.contains(file + ":2:3: 联系电话："), err);
        assertTrue(err.contains(file + ":2:4: 入会日期：日期「2023-02-30」无法识别或不存在"), err);
        assertTrue(err.contains(file + ":3:4: 入会日期：日期「TRUE」"), err);
        assertTrue(err.contains(file + ":4:4: 入会日期：日期「2023-13-01」"), err);
        assertTrue(err.contains(file + ":5:4: 入会日期：日期「明年」"), err);
    }

    @Test
    void aRepeatedCreditCodeIsAnErrorAtItsSecondRow() throws Exception {
        Path file = xlsx("dup.xlsx", new Object[] {"单位名称", "统一社会信用代码"},
                new Object[] {"新乡学院", "12410700MB1957204F"},
                new Object[] {"河南科技学院", "12410700mb1957204f"});
        String err = refused(file);
        assertTrue(err.contains(file + ":3:2: 统一社会信用代码：「12410700MB1957204F」与第 2 行重复"), err);
    }

    @Test
    void formulasAndMergedCellsImportAsExcelShowsThem() throws Exception {
        Path file = dir.resolve("merged.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("名单");
            Row h = sheet.createRow(0);
            h.createCell(0).setCellValue("单位类型");
            h.createCell(1).setCellValue("单位名称");
            for (int r = 1; r <= 3; r++) {
                sheet.createRow(r).createCell(1).setCellValue("学校" + r);
            }
            sheet.getRow(1).createCell(0).setCellValue("高校");
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 3, 0, 0));
            var f = sheet.getRow(3).getCell(1);
            f.setCellFormula("HYPERLINK(\"http://evil.example\",\"学校3\")");
            f.setCellValue("学校3");
            wb.write(out);
        }
        Run r = assertTimeoutPreemptively(BOUND, () -> run("roster", "import", file.toString()));
        assertEquals(Cli.OK, r.code(), r.err());
        Run list = run("roster", "list");
        assertEquals(List.of("学校1\t普通会员单位\t高等院校", "学校2\t普通会员单位\t高等院校", "学校3\t普通会员单位\t高等院校"),
                list.out().lines().skip(1).map(l -> String.join("\t", Arrays.asList(l.split("\t")).subList(0, 3)))
                        .sorted().toList());
    }
}
