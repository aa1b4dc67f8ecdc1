package org.secretariat.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * The font table ({@code word/fontTable.xml}) of every .docx the application writes: each face a
 * run names, with the names Word and WPS look for next when it is missing ({@code w:altName}), its
 * character set (86 = GB2312), family, pitch and Panose number, so that an office PC without
 * 仿宋_GB2312 draws 仿宋 and one without 方正小标宋简体 draws 华文中宋 or 宋体 instead of a Latin font.
 * Call {@link #declare} once the document's content is complete, before it is written.
 */
final class WordFonts {

    /** A face in the font table; {@code panose} null where it is not known for certain. */
    record Face(String name, String altNames, String panose, String family, String pitch) {
    }

    static final String RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * The faces GB/T 9704 names, as Windows and the GB2312-era font packages spell them. Panose
     * numbers are those the fonts carry (SimSun, SimHei, FangSong, KaiTi, the _GB2312 faces).
     */
    static final List<Face> KNOWN = List.of(
            new Face("仿宋_GB2312", "仿宋", "02010609030101010101", "modern", "fixed"),
            new Face("仿宋", null, "02010609060101010101", "modern", "fixed"),
            new Face("方正小标宋简体", "华文中宋,宋体", null, "auto", "variable"),
            new Face("华文中宋", "宋体", "02010600040101010101", "auto", "variable"),
            new Face("宋体", null, "02010600030101010101", "auto", "variable"),
            new Face("黑体", null, "02010609060101010101", "modern", "fixed"),
            new Face("楷体_GB2312", "楷体", "02010609030101010101", "modern", "fixed"),
            new Face("楷体", null, "02010609060101010101", "modern", "fixed"));

    private WordFonts() {
    }

    /** Writes the font table for every face the document's runs and styles name (and their fallbacks). */
    static void declare(XWPFDocument d) throws IOException {
        Set<String> used = new LinkedHashSet<>();
        collect(d.getDocument(), used);
        if (d.getStyles() != null) {
            collect(d.getStyles().getCtStyles(), used);
        }
        for (XWPFFooter f : d.getFooterList()) {
            collect(f._getHdrFtr(), used);
        }
        for (XWPFHeader h : d.getHeaderList()) {
            collect(h._getHdrFtr(), used);
        }
        Set<String> names = new LinkedHashSet<>();
        for (String name : used) {
            names.add(name);
            Face face = known(name);
            if (face != null && face.altNames() != null) {
                names.addAll(List.of(face.altNames().split(",")));
            }
        }
        write(d, xml(names));
    }

    /** The font table's entry for a face this class knows, else null. */
    static Face known(String name) {
        return KNOWN.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    /** The {@code fontTable.xml} text for the faces; unknown names (a certificate's chosen file) are still Chinese. */
    static String xml(Set<String> names) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<w:fonts xmlns:w=\"").append(W).append("\">");
        for (String name : names) {
            Face f = known(name);
            b.append("<w:font w:name=\"").append(escape(name)).append("\">");
            if (f != null && f.altNames() != null) {
                b.append("<w:altName w:val=\"").append(escape(f.altNames())).append("\"/>");
            }
            if (f != null && f.panose() != null) {
                b.append("<w:panose1 w:val=\"").append(f.panose()).append("\"/>");
            }
            b.append("<w:charset w:val=\"86\"/>")
                    .append("<w:family w:val=\"").append(f != null ? f.family() : "auto").append("\"/>")
                    .append("<w:pitch w:val=\"").append(f != null ? f.pitch() : "variable").append("\"/>")
                    .append("</w:font>");
        }
        return b.append("</w:fonts>").toString();
    }

    private static void collect(XmlObject xml, Set<String> names) {
        try (XmlCursor c = xml.newCursor()) {
            c.selectPath("declare namespace w='" + W + "' .//w:rFonts");
            while (c.toNextSelection()) {
                for (String attr : new String[] {"eastAsia", "ascii", "hAnsi", "cs"}) {
                    String v = c.getAttributeText(new javax.xml.namespace.QName(W, attr));
                    if (v != null && !v.isBlank()) {
                        names.add(v);
                    }
                }
            }
        }
    }

    private static void write(XWPFDocument d, String xml) throws IOException {
        try {
            OPCPackage pkg = d.getPackage();
            PackagePart main = d.getPackagePart();
            PackagePart part;
            var existing = main.getRelationshipsByType(RELATION);
            if (existing.isEmpty()) {
                PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
                part = pkg.containPart(name) ? pkg.getPart(name) : pkg.createPart(name, CONTENT_TYPE);
                main.addRelationship(name, TargetMode.INTERNAL, RELATION);
            } else {
                part = main.getRelatedPart(existing.getRelationship(0));
            }
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.getBytes(StandardCharsets.UTF_8));
            }
        } catch (InvalidFormatException e) {
            throw new IOException("cannot write the font table", e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
