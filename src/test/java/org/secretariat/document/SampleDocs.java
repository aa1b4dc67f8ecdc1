package org.secretariat.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/** Documents and fonts the renderer tests share. */
final class SampleDocs {

    static final String TITLE = "关于召开第二届理事会第三次会议的通知";
    static final String BODY = "经秘书处研究，定于2025年6月20日在新乡学院召开第二届理事会第三次会议。现将有关事项通知如下。";
    static final String ISSUER = "新乡市高校科技成果转化联盟秘书处";
    static final LocalDate DATE = LocalDate.of(2025, 6, 5);

    private static FontSet fonts;

    private SampleDocs() {
    }

    /** A notice with every kind of block. */
    static Doc notice() {
        return Doc.official()
                .title(TITLE)
                .subtitle("新校联秘〔2025〕5号")
                .plain("各成员单位：")
                .paragraph(BODY)
                .heading1("一、会议时间和地点")
                .paragraph("时间：2025年6月20日（星期五）上午9:00。地点：新乡学院行政楼三楼会议室。")
                .heading2("（一）参会人员")
                .labelled("出席：", "各理事单位代表一人。")
                .table(List.of("序号", "单位名称", "联系人", "电话"),
                        List.of(List.of("1", "新乡学院", "张三", "0373-1234567"),
                                List.of("2", "河南师范大学", "李四", "138 0013 8000")),
                        1, 4, 2, 3)
                .image(png(200, 100), 60)
                .signature(ISSUER, DATE);
    }

    /** {@code n} one-line body paragraphs 「第1行」…, to count lines per page. */
    static Doc lines(Doc doc, int n) {
        for (int i = 1; i <= n; i++) {
            doc.plain("第" + i + "行");
        }
        return doc;
    }

    /** A long document: the sample notice and enough paragraphs for a second page. */
    static Doc twoPages() {
        Doc doc = notice();
        for (int i = 0; i < 20; i++) {
            doc.paragraph(BODY);
        }
        return doc;
    }

    static List<List<String>> rows(int n) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(List.of(Integer.toString(i), "成员单位" + i, "联系人" + i));
        }
        return rows;
    }

    static byte[] png(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                img.setRGB(x, y, (x + y) % 20 < 10 ? 0xC00000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The machine's fonts, shared by the tests; skips the test when there is no Chinese font at all. */
    static synchronized FontSet fonts() {
        if (fonts == null) {
            try {
                fonts = FontSet.discover();
            } catch (NoChineseFontException e) {
                Assumptions.abort("no Chinese font installed: " + e.getMessage());
            }
        }
        return fonts;
    }
}
