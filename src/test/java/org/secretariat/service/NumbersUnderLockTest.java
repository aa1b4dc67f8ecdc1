package org.secretariat.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.AuditAction;
import org.secretariat.service.filing.Filing;

/**
 * Writers at once in one process, on H2 and (with {@code -Dsecretariat.test.postgresql}) on the server
 * (decision 0019): a scope's first numbers, document numbers and audit entries asked for by several
 * threads together, each in its own transaction, come out once each and in an unbroken run. The same
 * locks serve several PCs: {@code SeveralWritersTest} runs them from processes.
 */
class NumbersUnderLockTest {

    static final int THREADS = 5;
    static final int EACH = 6;

    @TempDir
    Path dir;

    private AppContext ctx;
    private ExecutorService pool;

    @BeforeEach
    void open() throws Exception {
        ctx = TestWorkspace.open(dir, "xinxiang-cbec");
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void close() throws Exception {
        pool.shutdownNow();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        ctx.close();
    }

    @Test
    void aNewScopesNumbersAskedForTogetherAreGivenOnceEachWithoutAGap() throws Exception {
        LocalDate on = LocalDate.of(2026, 11, 21);
        List<String> numbers = together(() -> ctx.database().fromTransaction(
                s -> Numbering.next(s, "{org}-{kind}-{year}-{seq:000}", "XXKJ", "TEST", on)));
        assertEquals(run("XXKJ-TEST-2026-%03d"), numbers.stream().sorted().toList());
    }

    @Test
    void documentNumbersAskedForTogetherAreGivenOnceEachWithoutAGap() throws Exception {
        Filing filing = new Filing(ctx.database(), (key, fallback) -> fallback, () -> new Filing.Names("新乡跨境电商联盟", "新跨联"));
        LocalDate on = LocalDate.of(2026, 11, 21);
        java.util.concurrent.atomic.AtomicInteger keys = new java.util.concurrent.atomic.AtomicInteger();
        List<String> numbers = together(() -> filing.number("notice/" + keys.incrementAndGet(), "通知", on));
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= THREADS * EACH; i++) {
            expected.add("新跨联秘〔2026〕" + i + "号");
        }
        assertEquals(expected.stream().sorted().toList(), numbers.stream().sorted().toList());
    }

    @Test
    void auditEntriesWrittenTogetherMakeOneUnbrokenChain() throws Exception {
        long before = ctx.database().fromTransaction(s -> ctx.audit().verify(s).entries());
        together(() -> {
            ctx.database().inTransaction(s -> {
                ctx.audit().record(s, AuditAction.UPDATE, "Test", 1L, "一", "x");
                ctx.audit().record(s, AuditAction.UPDATE, "Test", 2L, "二", "y"); // the head already held: no second wait
            });
            return "";
        });
        AuditTrail.Verification v = ctx.database().fromTransaction(s -> ctx.audit().verify(s));
        assertTrue(v.intact(), "chain broken at " + v.firstBroken());
        assertEquals(before + 2L * THREADS * EACH, v.entries());
        long last = ctx.database().fromTransaction(s -> s.createSelectionQuery("select max(a.seq) from AuditEntry a", Long.class)
                .getSingleResult());
        assertEquals(v.entries(), last, "sequence numbers 1…n without a gap");
    }

    @Test
    void aUnitIssuedTheSameCertificateByWritersAtOnceHoldsOne() throws Exception {
        long unit = ctx.roster().save(TestWorkspace.unit("新乡并发测试有限公司", TestWorkspace.legalPersonCode())).id();
        LocalDate on = LocalDate.of(2026, 11, 21);
        List<String> issued = together(() -> Integer.toString(ctx.certificates().issue("member", List.of(unit), on, true).ids().size()));
        assertEquals(1, issued.stream().mapToInt(Integer::parseInt).sum(), "certificates issued: " + issued);
        assertEquals(1, ctx.certificates().list().stream().filter(c -> c.unitId() != null && c.unitId() == unit).count());
    }

    /** Runs {@code work} {@link #EACH} times on each of {@link #THREADS} threads released at once. */
    private List<String> together(Callable<String> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                List<String> mine = new ArrayList<>();
                for (int i = 0; i < EACH; i++) {
                    mine.add(work.call());
                }
                return mine;
            }));
        }
        start.countDown();
        List<String> all = new ArrayList<>();
        for (Future<List<String>> f : futures) {
            all.addAll(f.get(120, TimeUnit.SECONDS));
        }
        return all;
    }

    private static List<String> run(String format) {
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= THREADS * EACH; i++) {
            expected.add(String.format(format, i));
        }
        return expected.stream().sorted().toList();
    }
}
