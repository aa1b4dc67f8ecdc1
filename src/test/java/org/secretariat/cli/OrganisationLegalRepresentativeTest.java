package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.service.AppContext;
import org.secretariat.service.SetupService;

/**
 * The organisation's legal representative: set up on the command line, kept by a Settings save that
 * does not touch it, and named in the annual report's basic information in Word and PDF alike.
 */
class OrganisationLegalRepresentativeTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.in(dir.resolve("data"), args);
    }

    @Test
    void setUpKeptAndNamedInTheReportInBothFormats() throws Exception {
        assertEquals(0, run("setup", "--charter", "xinxiang-cbec", "--legal-representative", "王建国").code());
        try (AppContext ctx = AppContext.open(dir.resolve("data"), "test", CliRun.CLOCK)) {
            SetupService.Details d = ctx.setupService().details().orElseThrow();
            assertEquals("王建国", d.legalRepresentative());
            SetupService.Details renamed = new SetupService.Details("新乡市跨境电商产教联盟（更名）", d.shortName(), d.creditCode(),
                    d.secretariatSeat(), d.address(), d.contactName(), d.phone(), d.email(), d.legalRepresentative());
            assertTrue(ctx.setupService().update(renamed).isEmpty());
            assertEquals("王建国", ctx.setupService().details().orElseThrow().legalRepresentative(), "a save of other fields keeps it");
        }
        Path pdf = dir.resolve("r.pdf");
        Path docx = dir.resolve("r.docx");
        assertEquals(0, run("report", "annual", "--year", "2025", "--out", pdf.toString()).code());
        assertEquals(0, run("report", "annual", "--year", "2025", "--out", docx.toString()).code());
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
        String pdfText = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s", "");
        reader.close();
        assertTrue(pdfText.contains("法定代表人：王建国"), pdfText);
        try (XWPFDocument doc = new XWPFDocument(java.nio.file.Files.newInputStream(docx));
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            assertTrue(ex.getText().contains("法定代表人：王建国"), ex.getText());
        }
    }

    @Test
    void switchingToAProfileWithoutTheRostersTiersNamesThemAsTheClerkKnowsThem() {
        assertEquals(0, run("setup", "--charter", "xinxiang-cbec").code());
        assertEquals(0, run("roster", "import", CliRun.SAMPLE).code());
        CliRun refused = run("setup", "--charter", "hengshui-tech");
        assertEquals(Cli.BAD_INPUT, refused.code());
        assertTrue(refused.err().contains("会员级别「理事长单位」，但章程配置「hengshui-tech」中没有这一级别"), refused.err());
        assertTrue(!refused.err().contains("chair-unit"), "no internal id: " + refused.err());
    }
}
