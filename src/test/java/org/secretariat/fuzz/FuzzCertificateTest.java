package org.secretariat.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.document.BorderStyle;
import org.secretariat.document.CertificateDesign;
import org.secretariat.document.CertificatePdf;
import org.secretariat.document.FontRole;
import org.secretariat.document.FontSet;
import org.secretariat.document.NoChineseFontException;
import org.secretariat.document.Paper;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.certificates.CertificateService;
import org.secretariat.service.certificates.TemplateSettings;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.UnitDraft;

/**
 * Certificate inputs a user chooses: the number pattern (saved, then used to number a real
 * certificate), the seal and logo pictures, and the font files. A pattern is refused with a message
 * or numbers certificates; a broken picture or font is refused with an IOException's message or,
 * for a font, passed over for the font set's own.
 */
class FuzzCertificateTest {

    private static final Messages ZH = Messages.forLanguage("zh");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 18);

    @TempDir
    Path dir;

    private static TemplateSettings withPattern(TemplateSettings t, String pattern) {
        return new TemplateSettings(t.kindId(), t.paper(), t.landscape(), t.border(), t.title(), t.body(),
                t.showHolderLine(), t.issuer(), pattern, t.orgCode(), t.titleFont(), t.bodyFont(), t.titleSize(),
                t.bodySize(), t.logoPng(), t.sealPng());
    }

    @Test
    void mutatedNumberPatternsAreRefusedOrNumberCertificates() throws Exception {
        List<String> seeds = SeedCorpus.NUMBER_PATTERNS;
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            TemplateSettings base = ctx.certificateTemplates().settings("member");
            new FuzzRun("number-pattern", "txt", 150).run((i, r) -> {
                Mutator m = new Mutator(r);
                String seed = seeds.get(r.nextInt(seeds.size()));
                String other = seeds.get(r.nextInt(seeds.size()));
                return m.text(seed, other).getBytes(StandardCharsets.UTF_8);
            }, (file, i) -> {
                String pattern = Files.readString(file, StandardCharsets.UTF_8);
                var problems = ctx.certificateTemplates().save(withPattern(base, pattern));
                if (!problems.isEmpty()) {
                    return FuzzRun.Outcome.refuse(String.join("\n", problems.stream().map(ZH::get).toList()));
                }
                UnitDraft d = TestWorkspace.unit("单位" + i, "");
                long unit = ctx.roster().save(d).id();
                CertificateService.Issued issued = ctx.certificates().issue("member", List.of(unit), DAY, false);
                return issued.ids().size() == 1 ? FuzzRun.Outcome.accept()
                        : FuzzRun.Outcome.broken("a saved pattern did not number a certificate: " + issued.problems());
            }, t -> null);
        }
    }

    private static FontSet fonts() {
        try {
            return FontSet.discover();
        } catch (NoChineseFontException e) {
            Assumptions.abort("no Chinese font installed: " + e.getMessage());
            return null;
        }
    }

    private static CertificateDesign design(byte[] logo, byte[] seal, Path titleFont, Path bodyFont) {
        return new CertificateDesign(Paper.A4, true, BorderStyle.DOUBLE, "成员证书", "兹有新乡学院为跨境电商联盟普通会员单位，特发此证。",
                "新乡学院", "编号：KJDSLM-2026-0001", null, "跨境电商联盟", "二〇二六年六月十八日", logo, seal, null, null,
                titleFont, bodyFont, 0, 0);
    }

    /** A picture or font that cannot be used is an IOException (unchecked when it comes through the renderer). */
    private static String ioRefusal(Throwable t) {
        return t instanceof IOException || t instanceof UncheckedIOException ? t.getMessage() : null;
    }

    @Test
    void mutatedSealAndLogoPicturesAreDrawnOrRefused() throws Exception {
        byte[] seal = SeedCorpus.sealPng();
        CertificatePdf pdf = new CertificatePdf(fonts());
        new FuzzRun("seal-png", "png", 150).run((i, r) -> new Mutator(r).bytes(seal, seal), (file, i) -> {
            byte[] png = Files.readAllBytes(file);
            pdf.toBytes(design(i % 3 == 0 ? png : null, png, null, null));
            return FuzzRun.Outcome.accept();
        }, FuzzCertificateTest::ioRefusal);
    }

    @Test
    void mutatedFontFilesFallBackToTheFontSet() throws Exception {
        FontSet fonts = fonts();
        Path seedFile = fonts.file(FontRole.HEI);
        byte[] font = Files.readAllBytes(seedFile);
        String ext = seedFile.toString().substring(seedFile.toString().lastIndexOf('.') + 1);
        CertificatePdf pdf = new CertificatePdf(fonts);
        new FuzzRun("font", ext, 15).run((i, r) -> {
            Mutator m = new Mutator(r);
            byte[] out = font;
            for (int k = 0; k < 8; k++) { // a few bytes in a 5 MB file rarely hit a table: more of them
                out = m.bytes(out, font);
            }
            return out;
        }, (file, i) -> {
            Path named = Files.copy(file, dir.resolve("font-" + i + "." + ext)); // fonts are kept by name: a new one each time
            try {
                pdf.toBytes(design(null, null, named, named));
            } finally {
                Files.delete(named);
            }
            return FuzzRun.Outcome.accept();
        }, t -> null);
    }
}
