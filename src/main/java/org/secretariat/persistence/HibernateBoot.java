package org.secretariat.persistence;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.apache.logging.log4j.LogManager;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.secretariat.domain.Activity;
import org.secretariat.domain.AgendaItem;
import org.secretariat.domain.AppSecret;
import org.secretariat.domain.Attendance;
import org.secretariat.domain.AuditEntry;
import org.secretariat.domain.CaseStep;
import org.secretariat.domain.Certificate;
import org.secretariat.domain.CertificateTemplate;
import org.secretariat.domain.CharterVersion;
import org.secretariat.domain.FeePayment;
import org.secretariat.domain.FeeRate;
import org.secretariat.domain.Holiday;
import org.secretariat.domain.InactivityReview;
import org.secretariat.domain.Meeting;
import org.secretariat.domain.MeetingProposal;
import org.secretariat.domain.MemberCase;
import org.secretariat.domain.MemberUnit;
import org.secretariat.domain.Organisation;
import org.secretariat.domain.Person;
import org.secretariat.domain.ReportNarrative;
import org.secretariat.domain.SeatVote;
import org.secretariat.domain.SequenceCounter;

/**
 * Hibernate's SessionFactory for one database, built at once (commands) or, in the window, on a
 * thread of its own when first needed, while the window shows its first screens from plain JDBC
 * reads (issue 18: the boot was a third of start-up). Whoever needs it waits for it.
 */
final class HibernateBoot {

    private static final Class<?>[] ENTITIES = {Organisation.class, CharterVersion.class, MemberUnit.class,
            Person.class, AuditEntry.class, Meeting.class, AgendaItem.class, Attendance.class, SeatVote.class,
            MeetingProposal.class, InactivityReview.class, Certificate.class, CertificateTemplate.class,
            SequenceCounter.class, AppSecret.class, MemberCase.class, CaseStep.class, Activity.class, Holiday.class,
            FeeRate.class, FeePayment.class, ReportNarrative.class};

    private final CompletableFuture<SessionFactory> factory;
    private final DataSource pool;
    private final Class<?> dialect;
    private boolean started;

    private HibernateBoot(CompletableFuture<SessionFactory> factory, DataSource pool, Class<?> dialect) {
        this.factory = factory;
        this.pool = pool;
        this.dialect = dialect;
        this.started = factory.isDone();
    }

    /** Builds the SessionFactory now; a schema Hibernate cannot validate fails here. */
    static HibernateBoot now(DataSource pool) {
        return now(pool, null);
    }

    /** The same with a dialect of its own ({@link ServerDialect} on PostgreSQL), null to let Hibernate choose. */
    static HibernateBoot now(DataSource pool, Class<?> dialect) {
        return new HibernateBoot(CompletableFuture.completedFuture(build(pool, dialect)), pool, dialect);
    }

    /**
     * Builds it on a daemon thread of its own once something first needs it (the window's start shows
     * the window and its first screens from plain JDBC reads meanwhile, and the boot does not compete
     * with them for the CPU); a failure is thrown to whoever asks for it.
     */
    static HibernateBoot whenNeeded(DataSource pool) {
        return whenNeeded(pool, null);
    }

    /** The same with a dialect of its own, null to let Hibernate choose. */
    static HibernateBoot whenNeeded(DataSource pool, Class<?> dialect) {
        return new HibernateBoot(new CompletableFuture<>(), pool, dialect);
    }

    private synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        Thread t = new Thread(() -> {
            try {
                factory.complete(build(pool, dialect));
            } catch (Throwable e) {
                factory.completeExceptionally(e);
            }
        }, "secretariat-hibernate");
        t.setDaemon(true);
        t.start();
    }

    /** The SessionFactory, waiting for the boot if it is still running. */
    SessionFactory get() {
        start();
        if (!factory.isDone() && "JavaFX Application Thread".equals(Thread.currentThread().getName())) {
            LogManager.getLogger(HibernateBoot.class).warn("the window waits for Hibernate's boot",
                    new IllegalStateException("a screen used the database on the FX thread during start-up"));
        }
        try {
            return factory.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Whether the SessionFactory is built and usable (nothing can have been written through it before). */
    boolean ready() {
        return factory.isDone() && !factory.isCompletedExceptionally();
    }

    /** Closes the SessionFactory, after its boot if that is still running; one never needed is never built. */
    void close() {
        synchronized (this) {
            if (!started) {
                factory.cancel(false);
                return;
            }
        }
        SessionFactory sf;
        try {
            sf = factory.join();
        } catch (RuntimeException e) {
            return; // the boot failed: nothing to close
        }
        sf.close();
    }

    private static SessionFactory build(DataSource pool, Class<?> dialect) {
        long start = System.nanoTime();
        Configuration cfg = new Configuration();
        if (dialect != null) {
            cfg.setProperty(AvailableSettings.DIALECT, dialect.getName());
        }
        cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool);
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, "validate");
        cfg.setProperty(AvailableSettings.SHOW_SQL, "false");
        cfg.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "50");
        cfg.setProperty(AvailableSettings.ORDER_INSERTS, "true");
        cfg.setProperty(AvailableSettings.ALLOW_UPDATE_OUTSIDE_TRANSACTION, "false");
        // counts inserts, updates and deletes so closing knows whether anything changed since the last backup
        cfg.setProperty(AvailableSettings.GENERATE_STATISTICS, "true");
        cfg.setProperty(AvailableSettings.LOG_SESSION_METRICS, "false");
        for (Class<?> entity : ENTITIES) {
            cfg.addAnnotatedClass(entity);
        }
        SessionFactory sf = cfg.buildSessionFactory();
        LogManager.getLogger(HibernateBoot.class).info("Hibernate booted in {} ms on {}", (System.nanoTime() - start) / 1_000_000,
                Thread.currentThread().getName());
        return sf;
    }
}
