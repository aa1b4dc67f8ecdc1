package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** roster import of rosters as offices keep them: notes under a 序号 table, an instructions sheet. */
class OfficeRosterImportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

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

    private Path workbook(String name, boolean instructionsFirst) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            if (instructionsFirst) {
                wb.createSheet("填表说明").createRow(0).createCell(0).setCellValue("单位名称必填");
            }
            XSSFSheet sheet = wb.createSheet("会员单位");
            String[] headers = {"序号", "单位名称", "会员级别", "联系人", "联系电话"};
            Row h = sheet.createRow(0);
            for (int c = 0; c < headers.length; c++) {
                h.createCell(c).setCellValue(headers[c]);
            }
            String[][] units = {{"1", "新乡学院", "理事单位", "李明", "0373-3682000"},
                    {"2", "河南科技学院", "普通会员单位", "张华", "0373-3040001"}};
            for (int r = 0; r < units.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < units[r].length; c++) {
                    row.createCell(c).setCellValue(units[r][c]);
                }
            }
            sheet.createRow(4).createCell(0).setCellValue("注：以上排名不分先后");
            Row signer = sheet.createRow(5);
            signer.createCell(0).setCellValue("填表人：王芳");
            signer.createCell(3).setCellValue("填表日期：2025年3月1日");
            wb.setActiveSheet(0);
            wb.write(out);
        }
        return file;
    }

    @Test
    void notesUnderANumberedTableAreSkippedAndTheUnitsImported() throws Exception {
        Path file = workbook("notes.xlsx", false);
        Run r = run("roster", "import", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(file + ":5:1: 已跳过：表格下方的说明「注：以上排名不分先后」"), r.err());
        assertTrue(r.err().contains(file + ":6:1: 已跳过："), r.err());
        String list = run("roster", "list").out();
        assertTrue(list.contains("新乡学院") && list.contains("河南科技学院"), list);
        assertFalse(list.contains("填表") || list.contains("注："), list);
    }

    @Test
    void theRosterSheetIsFoundBehindAnActiveInstructionsSheetAndNamed() throws Exception {
        Path file = workbook("two.xlsx", true);
        Run r = run("roster", "import", file.toString(), "--dry-run");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("读取的是工作表「会员单位」；本文件还有工作表：「填表说明」（1 行）"), r.err());
    }

    @Test
    void theInstructionsSheetChosenByHandIsRefusedNamingTheOtherSheet() throws Exception {
        Path file = workbook("chosen.xlsx", true);
        Run r = run("roster", "import", file.toString(), "--sheet", "填表说明");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("工作表「填表说明」中缺少「单位名称」列；本文件还有工作表：「会员单位」（5 行）"), r.err());
        assertFalse(run("roster", "list").out().contains("新乡学院"));
    }

    @Test
    void imeAndOfficeHabitsAreNormalisedShownAndKept() throws Exception {
        Path file = dir.resolve("habits.csv");
        String csv = "单位名称,联系电话,入会日期,备注\r\n"
                + "新乡学院,１３８０３７３１２３４（微信同号）,2023年5月,\r\n"
                + "河南科技学院,0373－3682001-801,二〇二一年六月十八日,老会员\r\n"
                + "新乡医学院,0373—3682002,2022.03,\r\n";
        Files.write(file, csv.getBytes(java.nio.charset.Charset.forName("GB18030")));
        Run r = run("roster", "import", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(file + ":2:2: 已规范：联系电话「１３８０３７３１２３４（微信同号）」→「13803731234，『微信同号』记入备注」"), r.err());
        assertTrue(r.err().contains(file + ":3:3: 已规范：入会日期「二〇二一年六月十八日」→「2021-06-18」"), r.err());
        String list = run("roster", "list").out();
        assertTrue(list.contains("2023年5月") && list.contains("2022年3月"), list);
        assertTrue(list.contains("0373-3682001转801"), list);
        assertFalse(list.contains("2023-05-01"), "no day invented: " + list);
    }

    @Test
    void aCreditCodeExcelTurnedIntoScientificNotationIsNamedWithTheFix() throws Exception {
        Path file = dir.resolve("sci.csv");
        Files.writeString(file, "单位名称,统一社会信用代码\n新乡学院,1.241E+17\n", StandardCharsets.UTF_8);
        Run r = run("roster", "import", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(file + ":2:2: 统一社会信用代码：「1.241E+17」是 Excel 把信用代码当成数字显示的科学计数法"), r.err());
    }
}
