package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every .docx names its faces in word/fontTable.xml with what Word and WPS fall back to: on an office
 * PC without 仿宋_GB2312 the body is drawn in 仿宋, without 方正小标宋简体 the title in 华文中宋 or 宋体.
 */
class WordFontsTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** One font table entry as Word reads it. */
    record Entry(String altName, String charset, String panose) {
    }

    @Test
    void aNoticeNamesEachFaceWithItsFallbacksAndTheGb2312Charset() throws Exception {
        try (XWPFDocument docx = open(new WordRenderer().toBytes(SampleDocs.notice()))) {
            Map<String, Entry> table = fontTable(docx);
            assertEquals("仿宋", table.get("仿宋_GB2312").altName());
            assertEquals("02010609030101010101", table.get("仿宋_GB2312").panose());
            assertEquals("华文中宋,宋体", table.get("方正小标宋简体").altName());
            assertEquals("楷体", table.get("楷体_GB2312").altName());
            assertNotNull(table.get("黑体"));
            for (String fallback : new String[] {"仿宋", "华文中宋", "宋体", "楷体"}) {
                assertNotNull(table.get(fallback), fallback + " is described for substitution too");
            }
            table.forEach((name, e) -> assertEquals("86", e.charset(), name));

            assertEquals("方正小标宋简体", eastAsia(docx, SampleDocs.TITLE));
            assertEquals("仿宋_GB2312", eastAsia(docx, SampleDocs.BODY));
            assertEquals("黑体", eastAsia(docx, "一、会议时间和地点"));
            assertEquals("楷体_GB2312", eastAsia(docx, "（一）参会人员"));
            assertTrue(table.keySet().containsAll(runFonts(docx)), "every face a run names is in the table: "
                    + runFonts(docx) + " vs " + table.keySet());
        }
    }

    @Test
    void aCertificateNamesItsTitleAndBodyFacesToo() throws Exception {
        try (XWPFDocument docx = open(new CertificateWord().toBytes(CertificateSamples.member("新乡学院")))) {
            Map<String, Entry> table = fontTable(docx);
            assertEquals("华文中宋,宋体", table.get("方正小标宋简体").altName());
            assertEquals("楷体", table.get("楷体_GB2312").altName());
            assertTrue(table.keySet().containsAll(runFonts(docx)), runFonts(docx) + " vs " + table.keySet());
        }
    }

    @Test
    void aFontFileChosenForACertificateIsDeclaredAsChinese() throws Exception {
        java.nio.file.Path file = SampleDocs.fonts().file(FontRole.HEI);
        String family = CertificateFonts.familyName(file);
        CertificateDesign d = CertificateSamples.member("新乡学院");
        d = new CertificateDesign(d.paper(), d.landscape(), d.border(), d.title(), d.body(), d.holderLine(),
                d.numberLine(), d.validityLine(), d.issuer(), d.dateLine(), null, null, null, null, file, null, 0, 0);
        try (XWPFDocument docx = open(new CertificateWord().toBytes(d))) {
            Entry e = fontTable(docx).get(family);
            assertNotNull(e, family + " in " + fontTable(docx).keySet());
            assertEquals("86", e.charset());
        }
    }

    private static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static Map<String, Entry> fontTable(XWPFDocument docx) throws Exception {
        PackagePart main = docx.getPackagePart();
        var rels = main.getRelationshipsByType(WordFonts.RELATION);
        assertEquals(1, rels.size(), "one font table");
        PackagePart part = main.getRelatedPart(rels.getRelationship(0));
        assertEquals(WordFonts.CONTENT_TYPE, part.getContentType());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Map<String, Entry> entries = new HashMap<>();
        try (InputStream in = part.getInputStream()) {
            NodeList fonts = f.newDocumentBuilder().parse(in).getElementsByTagNameNS(W, "font");
            for (int i = 0; i < fonts.getLength(); i++) {
                Element font = (Element) fonts.item(i);
                entries.put(font.getAttributeNS(W, "name"),
                        new Entry(child(font, "altName"), child(font, "charset"), child(font, "panose1")));
            }
        }
        return entries;
    }

    private static String child(Element font, String name) {
        NodeList l = font.getElementsByTagNameNS(W, name);
        return l.getLength() == 0 ? null : ((Element) l.item(0)).getAttributeNS(W, "val");
    }

    private static String eastAsia(XWPFDocument docx, String text) {
        XWPFParagraph p = docx.getParagraphs().stream().filter(x -> x.getText().replace(" ", "").contains(text))
                .findFirst().orElseThrow(() -> new AssertionError("no paragraph " + text));
        return p.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia);
    }

    private static Set<String> runFonts(XWPFDocument docx) {
        Set<String> names = new LinkedHashSet<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                names.add(r.getFontFamily(XWPFRun.FontCharRange.eastAsia));
            }
        }
        names.remove(null);
        return names;
    }
}
