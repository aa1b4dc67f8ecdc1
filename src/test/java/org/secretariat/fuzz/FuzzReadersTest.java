package org.secretariat.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.charter.CharterLoadException;
import org.secretariat.charter.CharterLoader;
import org.secretariat.exchange.SheetReadException;
import org.secretariat.exchange.SheetReader;
import org.secretariat.i18n.Messages;

/**
 * Mutated rosters (.xlsx and .csv) and charter profiles: each is read, or refused with the
 * reader's own exception and a message for the user, within the bound; see {@link FuzzRun}.
 */
class FuzzReadersTest {

    private static final Messages ZH = Messages.forLanguage("zh");

    @TempDir
    Path dir;

    /** A SheetReadException's Chinese message, short enough for a dialog; any other exception is not a refusal. */
    static String sheetRefusal(Throwable t) {
        String m = t instanceof SheetReadException e ? ZH.get(e.text()) : null;
        return m != null && m.length() <= MAX_MESSAGE ? m : null;
    }

    /** A message the user reads in a dialog: a file name and a reason, not a page of text. */
    static final int MAX_MESSAGE = 600;

    /** Every problem of a CharterLoadException in Chinese, one a line; null if it names none. */
    static String charterRefusal(Throwable t) {
        if (!(t instanceof CharterLoadException e) || e.problems().isEmpty()) {
            return null;
        }
        List<String> messages = e.problems().stream().map(p -> ZH.get(p.message())).toList();
        return messages.stream().allMatch(FuzzRun::usable) ? messages.stream().collect(Collectors.joining("\n")) : null;
    }

    /** Mutated workbooks: mostly inside the zip (the XML), sometimes the zip bytes themselves. */
    static byte[] mutatedXlsx(byte[] seed, byte[] other, Random random) {
        Mutator m = new Mutator(random);
        ZipMutator z = new ZipMutator(m);
        byte[] out = seed;
        for (int k = random.nextInt(4) == 0 ? 2 : 1; k > 0; k--) {
            out = random.nextInt(10) < 8 ? z.mutate(out, seed) : m.bytes(out, other);
        }
        return out;
    }

    /** Mutated CSV: text mutations in the file's own encoding, or byte mutations (broken encodings). */
    static byte[] mutatedCsv(List<byte[]> seeds, Random random) {
        Mutator m = new Mutator(random);
        int which = random.nextInt(seeds.size());
        byte[] seed = seeds.get(which);
        if (random.nextBoolean()) {
            java.nio.charset.Charset cs = which == 0 ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName("GB18030");
            String text = new String(seed, cs);
            String mutated = m.text(text, SeedCorpus.rosterCsv());
            return mutated.getBytes(cs);
        }
        return m.bytes(seed, seeds.get(1 - which));
    }

    @Test
    void mutatedWorkbooksAreReadOrRefusedWithAMessage() throws Exception {
        byte[] seed = SeedCorpus.rosterXlsx(dir);
        byte[] csv = SeedCorpus.rosterCsvFiles().get(0);
        SheetReader reader = new SheetReader();
        new FuzzRun("sheet-xlsx", "xlsx", 300).run((i, r) -> mutatedXlsx(seed, csv, r), (file, i) -> {
            reader.read(file);
            return FuzzRun.Outcome.accept();
        }, FuzzReadersTest::sheetRefusal);
    }

    @Test
    void mutatedCsvFilesAreReadOrRefusedWithAMessage() throws Exception {
        List<byte[]> seeds = SeedCorpus.rosterCsvFiles();
        SheetReader reader = new SheetReader();
        new FuzzRun("sheet-csv", "csv", 600).run((i, r) -> mutatedCsv(seeds, r), (file, i) -> {
            reader.read(file);
            return FuzzRun.Outcome.accept();
        }, FuzzReadersTest::sheetRefusal);
    }

    @Test
    void mutatedChartersAreLoadedOrRefusedWithTheirProblems() throws Exception {
        List<String> seeds = SeedCorpus.charters();
        CharterLoader loader = new CharterLoader();
        new FuzzRun("charter", "yaml", 600).run((i, r) -> {
            Mutator m = new Mutator(r);
            String seed = seeds.get(r.nextInt(seeds.size()));
            String other = seeds.get(r.nextInt(seeds.size()));
            return r.nextInt(4) > 0 ? m.text(seed, other).getBytes(StandardCharsets.UTF_8)
                    : m.bytes(seed.getBytes(StandardCharsets.UTF_8), other.getBytes(StandardCharsets.UTF_8));
        }, (file, i) -> {
            loader.load(file);
            return FuzzRun.Outcome.accept();
        }, FuzzReadersTest::charterRefusal);
    }
}
