package org.secretariat.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.secretariat.service.certificates.CertificateOutput;

/**
 * Writes one PDF of each document the app prints, from a year of records of the 新乡 charter (the
 * fee receipt from the 联席会议's, the one that charges fees), plus the statistics workbook and a
 * certificate, into the folder given as the argument. {@code src/site/documents/render.sh} runs it
 * and renders the first page of each for the README.
 */
public final class DocumentGallery {

    /** The documents shown, by their sample file name, and the charter each comes from. */
    private static final List<String> SHOWN = List.of("notice-council", "sign-in-council", "minutes-council",
            "form-member-application", "form-director-application", "approval", "withdrawal", "expulsion", "annual-report");

    private DocumentGallery() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: DocumentGallery OUTPUT_FOLDER");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        Path data = Files.createTempDirectory("gallery");
        try (AppContext ctx = PrintableSamples.workspace(data.resolve("xinxiang"), "xinxiang-cbec")) {
            for (PrintableSamples.Sample s : PrintableSamples.documents(ctx)) {
                if (SHOWN.contains(s.file())) {
                    ctx.documents().write(s.doc(), out.resolve(s.file() + ".pdf"));
                }
            }
            ctx.reports().writeStatistics(2026, out.resolve("statistics.xlsx"));
            List<Long> certificates = ctx.certificates().issuedIds();
            List<Path> written = ctx.certificateOutput().write(certificates.subList(0, 1), data.resolve("certificates"),
                    CertificateOutput.Format.PDF, false, Progress.NONE);
            Files.copy(written.get(0), out.resolve("certificate.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (AppContext ctx = PrintableSamples.workspace(data.resolve("county"), "county-joint")) {
            for (PrintableSamples.Sample s : PrintableSamples.documents(ctx)) {
                if (s.file().equals("receipt")) {
                    ctx.documents().write(s.doc(), out.resolve("receipt.pdf"));
                }
            }
        }
        System.out.println("written to " + out);
    }
}
