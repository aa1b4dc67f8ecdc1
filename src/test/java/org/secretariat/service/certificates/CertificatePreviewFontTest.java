package org.secretariat.service.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.document.CertificateDesign;
import org.secretariat.document.CertificatePdf;
import org.secretariat.document.FontRole;
import org.secretariat.document.FontSet;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;

/**
 * The template window's preview draws with the typefaces the PDF embeds, also when the settings
 * name only a title font (the body then comes from the font set, not from the screen's default).
 */
class CertificatePreviewFontTest {

    @TempDir
    Path dir;

    @Test
    void withOnlyTheTitleFontSetThePreviewUsesThePdfsFontsForTitleAndBody() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            FontSet fonts = FontSet.discover();
            Path titleFile = fonts.file(FontRole.HEI);
            String title = titleFile.toString().toLowerCase(Locale.ROOT).endsWith(".ttc") ? titleFile + ",0" : titleFile.toString();
            TemplateSettings base = ctx.certificateTemplates().settings("member");
            TemplateSettings onlyTitle = new TemplateSettings(base.kindId(), base.paper(), base.landscape(), base.border(),
                    base.title(), base.body(), base.showHolderLine(), base.issuer(), base.numberPattern(), base.orgCode(),
                    title, null, base.titleSize(), base.bodySize(), base.logoPng(), base.sealPng());
            CertificateDesign d = ctx.certificateOutput().preview(onlyTitle, "新乡学院", null, "成员单位");

            Path[] preview = ctx.certificateOutput().fontFiles(d);
            assertEquals(Path.of(title), preview[0], "the title font chosen in the settings");
            assertNotNull(preview[1], "the body has a file too, not the screen's default font");
            assertEquals(fonts.file(FontRole.KAI), preview[1], "the PDF's 楷体 fallback");

            Set<String> embedded = embeddedFonts(new CertificatePdf(fonts).toBytes(d));
            for (Path file : preview) {
                Set<String> names = postscriptNames(file);
                assertTrue(embedded.stream().anyMatch(e -> names.contains(e.substring(e.indexOf('+') + 1).replace("-Identity-H", ""))),
                        "the PDF embeds " + names + " from " + file + ": " + embedded);
            }
        }
    }

    /**
     * The PostScript name of the font file, of each face for a collection (the PDF picks the Chinese
     * one); a CFF face is embedded as NAME-Identity-H.
     */
    private static Set<String> postscriptNames(Path file) throws Exception {
        String f = file.toString().replaceAll(",\\d+$", "");
        if (!f.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            return Set.of(BaseFont.createFont(f, BaseFont.IDENTITY_H, BaseFont.NOT_EMBEDDED).getPostscriptFontName());
        }
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < BaseFont.enumerateTTCNames(f).length; i++) {
            names.add(BaseFont.createFont(f + "," + i, BaseFont.IDENTITY_H, BaseFont.NOT_EMBEDDED).getPostscriptFontName());
        }
        return names;
    }

    private static Set<String> embeddedFonts(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        Set<String> names = new TreeSet<>();
        for (PdfName key : fonts.getKeys()) {
            PdfDictionary font = (PdfDictionary) PdfReader.getPdfObject(fonts.get(key));
            names.add(PdfName.decodeName(font.getAsName(PdfName.BASEFONT).toString()));
        }
        reader.close();
        return names;
    }
}
