package org.secretariat.fuzz;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.secretariat.exchange.RosterField;
import org.secretariat.exchange.RosterWorkbook;

/**
 * Valid inputs the mutations start from, made when the tests run (no binaries in the repository):
 * a roster workbook as the app exports it, the same roster as CSV in UTF-8 with BOM and in GB18030,
 * the charter profiles, number patterns and a seal picture.
 */
final class SeedCorpus {

    /** Rows in the order of {@link RosterWorkbook#COLUMNS}: 单位名称, 统一社会信用代码, 单位类型, 会员级别, …, 状态. */
    static final List<List<String>> ROWS = List.of(
            List.of("新乡学院", "12410700MB1957204F", "高等院校", "普通会员单位", "王强", "河南省新乡市金穗大道东段191号",
                    "李明", "13800138000", "liming@example.cn", "2023-05-01", "首批成员", "会员"),
            List.of("河南科技学院", "", "高校", "理事单位", "张伟", "新乡市华兰大道东段", "赵敏", "0373-3040000", "", "2023/5/1",
                    "", ""),
            List.of("新乡市跨境电商产业园有限公司", "", "企业", "", "刘洋", "", "陈静", "13900139000", "chen@example.com",
                    "2024年3月15日", "=1+1 不是公式", "会员"));

    private SeedCorpus() {
    }

    static byte[] rosterXlsx(Path dir) {
        try {
            Path file = dir.resolve("seed-roster.xlsx");
            new RosterWorkbook().writeRoster(file, "会员名单", ROWS);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String rosterCsv() {
        StringBuilder b = new StringBuilder();
        b.append(String.join(",", RosterWorkbook.COLUMNS.stream().map(RosterField::chineseHeader).toList())).append("\r\n");
        for (List<String> row : ROWS) {
            b.append(String.join(",", row.stream().map(c -> c.contains(",") || c.startsWith("=") ? "\"" + c + "\"" : c)
                    .toList())).append("\r\n");
        }
        return b.toString();
    }

    /** The CSV as Excel saves it: UTF-8 with a byte-order mark, or GB18030 (「CSV（逗号分隔）」 on a Chinese Windows). */
    static List<byte[]> rosterCsvFiles() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        return List.of(Mutator.concat(bom, rosterCsv().getBytes(StandardCharsets.UTF_8)),
                rosterCsv().getBytes(Charset.forName("GB18030")));
    }

    /** The five charter profiles of charters/, as text. */
    static List<String> charters() {
        try (Stream<Path> files = Files.list(Path.of("charters"))) {
            List<String> out = new ArrayList<>();
            for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            if (out.size() < 5) {
                throw new IllegalStateException("expected the five charter profiles in charters/, found " + out.size());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final List<String> NUMBER_PATTERNS = List.of("{org}-{year}-{seq:0000}", "{org}{year}{seq:000}",
            "{kind}-{seq}", "{org}-SJ-{year}-{seq:0000}", "证字第{year}{seq:0000}号", "{year}/{kind}/{seq:00000}");

    /** A small round red seal on a transparent background, as a scanned seal would be. */
    static byte[] sealPng() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xD2, 0x1F, 0x26, 235));
        g.fillOval(4, 2, 44, 44);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
