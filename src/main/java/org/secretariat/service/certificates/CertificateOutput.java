package org.secretariat.service.certificates;

import org.secretariat.service.Progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.secretariat.charter.CharterProfile;
import org.secretariat.document.BorderStyle;
import org.secretariat.document.CertificateDesign;
import org.secretariat.document.CertificateLayout;
import org.secretariat.document.NoChineseFontException;
import org.secretariat.document.CertificatePdf;
import org.secretariat.document.CertificateWord;
import org.secretariat.document.ChineseDates;
import org.secretariat.document.FontSet;
import org.secretariat.document.Paper;
import org.secretariat.document.QrCodes;
import org.secretariat.document.QrText;
import org.secretariat.domain.Certificate;
import org.secretariat.persistence.Database;

/**
 * Certificates on paper: a certificate and its template become a {@link CertificateDesign}, written
 * as PDF (one file each or one combined file) or Word, in batches that report progress and can be
 * cancelled. The fonts are read once per batch.
 */
public final class CertificateOutput {

    public enum Format { PDF, DOCX }

    private final Clock clock;
    private final Database db;
    private final CertificateTemplates templates;
    private final Supplier<CharterProfile> charter;
    private FontSet fonts;
    private CertificatePdf previewPdf;

    public CertificateOutput(Database db, CertificateTemplates templates, Supplier<CharterProfile> charter, Clock clock) {
        this.clock = clock;
        this.db = db;
        this.templates = templates;
        this.charter = charter;
    }

    synchronized FontSet fonts() {
        if (fonts == null) {
            fonts = FontSet.discover();
        }
        return fonts;
    }

    /**
     * The font files the PDF uses for the design's title and body, in that order, for the preview
     * and JavaFX printing: asks {@link CertificatePdf#fontFile}, so screen and paper cannot differ.
     * Without any Chinese font the design's own choices are returned.
     */
    public Path[] fontFiles(CertificateDesign d) {
        try {
            CertificatePdf pdf = previewPdf();
            return new Path[] {pdf.fontFile(d, CertificateLayout.FontUse.TITLE), pdf.fontFile(d, CertificateLayout.FontUse.BODY)};
        } catch (NoChineseFontException e) {
            return new Path[] {d.titleFont(), d.bodyFont()};
        }
    }

    private synchronized CertificatePdf previewPdf() {
        if (previewPdf == null) {
            previewPdf = new CertificatePdf(fonts());
        }
        return previewPdf;
    }

    /** The design of an issued certificate, with its verification code and QR. */
    public CertificateDesign design(long certificateId) {
        return db.fromTransaction(s -> {
            Certificate c = s.find(Certificate.class, certificateId);
            TemplateSettings t = templates.settings(s, c.getKindId());
            String code = VerificationCodes.codeOf(c, VerificationCodes.key(s));
            return fill(t, c.getPersonId() == null ? null : c.getHolderName(), c.getUnitName(), c.getAttests(),
                    c.getNumber(), c.getIssuedOn(), c.getValidUntil(), code);
        });
    }

    /**
     * The designs of many certificates, in their order: one query for the certificates, each template
     * and the key read once, in one read-only transaction.
     */
    public List<CertificateDesign> designs(List<Long> ids) {
        return db.fromTransaction(s -> {
            s.setDefaultReadOnly(true);
            return batch(s, ids).designs();
        });
    }

    /** Certificates to write: their designs and their holders' names, in the order asked. */
    private record Batch(List<CertificateDesign> designs, List<String> holders) {
    }

    private Batch batch(org.hibernate.Session s, List<Long> ids) {
        byte[] key = VerificationCodes.key(s);
        java.util.Map<String, TemplateSettings> templatesByKind = new java.util.HashMap<>();
        List<CertificateDesign> designs = new ArrayList<>(ids.size());
        List<String> holders = new ArrayList<>(ids.size());
        for (Certificate c : load(s, ids)) {
            TemplateSettings t = templatesByKind.computeIfAbsent(c.getKindId(), k -> templates.settings(s, k));
            designs.add(fill(t, c.getPersonId() == null ? null : c.getHolderName(), c.getUnitName(), c.getAttests(),
                    c.getNumber(), c.getIssuedOn(), c.getValidUntil(), VerificationCodes.codeOf(c, key)));
            holders.add(c.getHolderName());
        }
        return new Batch(designs, holders);
    }

    /** The certificates with these ids, in the same order, read with one query. */
    private static List<Certificate> load(org.hibernate.Session s, List<Long> ids) {
        java.util.Map<Long, Certificate> byId = new java.util.HashMap<>();
        for (Certificate c : s.createSelectionQuery("from Certificate c where c.id in :ids", Certificate.class)
                .setParameterList("ids", ids).getResultList()) {
            byId.put(c.getId(), c);
        }
        List<Certificate> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Certificate c = byId.get(id);
            if (c == null) {
                throw new IllegalArgumentException("no certificate " + id);
            }
            out.add(c);
        }
        return out;
    }

    /** A design for the template editor's preview, with a sample holder. */
    public CertificateDesign preview(TemplateSettings t, String unitName, String personName, String attests) {
        LocalDate today = LocalDate.now(clock);
        String number = t.numberPattern().replace("{org}", t.orgCode()).replace("{year}", Integer.toString(today.getYear()))
                .replace("{kind}", t.kindId().toUpperCase(java.util.Locale.ROOT)).replaceAll("\\{seq(:(0+))?}", "0001");
        return fill(t, personName, unitName, attests, number, today, null, number + ".ABCD2345");
    }

    private CertificateDesign fill(TemplateSettings t, String person, String unit, String attests, String number,
                                   LocalDate issued, LocalDate validUntil, String code) {
        String org = t.issuer();
        String validity = validUntil == null ? null
                : "有效期：" + ChineseDates.numeralsYearMonth(issued) + "至" + ChineseDates.numeralsYearMonth(validUntil);
        String body = t.body().replace("{unit}", unit).replace("{person}", person == null ? unit : person)
                .replace("{org}", org).replace("{attests}", attests == null ? "" : attests).replace("{number}", number)
                .replace("{issued}", ChineseDates.numerals(issued))
                .replace("{valid}", validity == null ? "" : validity).replace("{kind}", t.title());
        return new CertificateDesign(Paper.valueOf(t.paper()), t.landscape(), BorderStyle.valueOf(t.border()),
                t.title(), body, t.showHolderLine() ? (person == null ? unit : person) : null, "编号：" + number,
                validity, org, ChineseDates.numerals(issued), t.logoPng(), t.sealPng(),
                QrCodes.png(QrText.compose(org, t.title(), person == null ? unit : person, number, issued, code), 360), code,
                t.titleFont() == null ? null : Path.of(t.titleFont()), t.bodyFont() == null ? null : Path.of(t.bodyFont()),
                t.titleSize(), t.bodySize());
    }

    /**
     * Writes the certificates into {@code dir}: one file each ("编号-持证人.pdf"), or with
     * {@code combined} one PDF with a page each. Returns the files written.
     */
    public List<Path> write(List<Long> ids, Path dir, Format format, boolean combined, Progress progress) throws IOException {
        Batch batch = db.fromTransaction(s -> {
            s.setDefaultReadOnly(true);
            return batch(s, ids);
        });
        return write(batch, dir, format, combined, progress, new ArrayList<>());
    }

    /**
     * As {@link #write}, for certificates being issued, read in the issuing transaction {@code s}
     * ({@link CertificateService.Printing}): if a file cannot be written or the batch is cancelled, the
     * files this batch wrote are deleted again, so no file is left of a certificate the register
     * does not hold.
     */
    public List<Path> writeIssuing(org.hibernate.Session s, List<Long> ids, Path dir, Format format, boolean combined,
                                   Progress progress) throws IOException {
        List<Path> written = new ArrayList<>();
        try {
            return write(batch(s, ids), dir, format, combined, progress, written);
        } catch (IOException | RuntimeException | Error e) {
            for (Path f : written) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    private List<Path> write(Batch batch, Path dir, Format format, boolean combined, Progress progress, List<Path> written)
            throws IOException {
        Files.createDirectories(dir);
        List<CertificateDesign> all = batch.designs();
        int n = all.size();
        if (combined && format == Format.PDF) {
            progress.checkCancelled();
            progress.update(n, n * 2L);
            Path target = dir.resolve("证书-" + LocalDate.now(clock) + "-" + n + "张.pdf");
            new CertificatePdf(fonts()).writeAll(all, target, new CertificatePdf.Progress() {
                @Override
                public void page(int done, int total) {
                    progress.update(n + done, n * 2L);
                }

                @Override
                public boolean cancelled() {
                    return progress.isCancelled();
                }
            });
            written.add(target);
            return written;
        }
        CertificatePdf pdf = format == Format.PDF ? new CertificatePdf(fonts()) : null;
        CertificateWord word = format == Format.DOCX ? new CertificateWord() : null;
        for (int i = 0; i < n; i++) {
            if (progress.isCancelled()) {
                throw new CancellationException("cancelled after " + i + " certificates");
            }
            CertificateDesign d = all.get(i);
            Path target = dir.resolve(fileName(d.numberLine().replace("编号：", ""), batch.holders().get(i))
                    + (format == Format.PDF ? ".pdf" : ".docx"));
            if (pdf != null) {
                pdf.write(d, target);
            } else {
                word.write(d, target);
            }
            written.add(target);
            progress.update(i + 1, n);
        }
        return written;
    }

    /** Characters of a holder's name a file name keeps: 40 Chinese characters are 120 bytes of the 255 a name may have. */
    static final int NAME_IN_FILE = 40;

    /** 「编号-持证人」, the holder's name cut to {@link #NAME_IN_FILE} characters (the number keeps it unique). */
    static String fileName(String number, String holder) {
        String h = holder.codePointCount(0, holder.length()) <= NAME_IN_FILE ? holder
                : holder.substring(0, holder.offsetByCodePoints(0, NAME_IN_FILE));
        return safe(number + "-" + h);
    }

    /** A file name without characters Windows refuses. */
    static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }
}
