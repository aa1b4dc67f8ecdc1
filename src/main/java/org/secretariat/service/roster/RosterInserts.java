package org.secretariat.service.roster;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.secretariat.domain.AuditAction;
import org.secretariat.domain.AuditEntry;
import org.secretariat.domain.MemberUnit;
import org.secretariat.domain.Person;
import org.secretariat.service.AuditTrail;

/**
 * New, checked units written in JDBC batches through a stateless session on the caller's
 * connection and transaction (an import, decision 0025). Each unit gets the fields of
 * {@link RosterService#apply}, and an audit entry in the caller's chain, as {@link RosterService}'s
 * one write path gives them; what differs is only how the rows reach the database: units, then
 * their people, then the audit entries, one batch per table per {@code batchSize} units, with no
 * persistence context to check on every flush.
 */
final class RosterInserts implements AutoCloseable {

    private final StatelessSession ss;
    private final AuditTrail.Chain chain;
    private final Clock clock;
    private final List<Person> people = new ArrayList<>();
    private final List<AuditEntry> entries = new ArrayList<>();

    RosterInserts(SessionFactory factory, Connection connection, AuditTrail.Chain chain, Clock clock, int batchSize) {
        this.ss = factory.withStatelessOptions().connection(connection).openStatelessSession();
        this.chain = chain;
        this.clock = clock;
        ss.setJdbcBatchSize(batchSize);
        // Hibernate batches only in a transaction it sees as active. The connection is already in
        // the caller's: begin() finds auto-commit off and changes nothing. It is never committed
        // here; the caller's commit (or rollback) ends it.
        ss.getTransaction().begin();
        chain.insertingWith(entries::add);
    }

    /** Inserts the unit (its id from the sequence) and queues its people and audit entry. */
    long add(UnitDraft d, AuditAction action) {
        LocalDateTime now = LocalDateTime.now(clock);
        MemberUnit unit = new MemberUnit();
        unit.setCreatedAt(now);
        RosterService.apply(d, unit);
        unit.setUpdatedAt(now);
        ss.insert(unit);
        people.addAll(unit.getPeople()); // a stateless session does not cascade
        chain.record(action, RosterService.ENTITY, unit.getId(), unit.getName(),
                AuditTrail.diff(Map.of(), RosterService.snapshot(unit)));
        return unit.getId();
    }

    /** Writes the queued people and audit entries after the units, and runs the pending batch. */
    void flush() {
        people.forEach(ss::insert);
        people.clear();
        entries.forEach(ss::insert);
        entries.clear();
        ((SharedSessionContractImplementor) ss).getJdbcCoordinator().executeBatch();
    }

    /**
     * Flushes what is queued and hands the chain back to the session; the caller's connection stays
     * open and its transaction unended.
     */
    @Override
    public void close() {
        try {
            flush();
        } finally {
            chain.insertingWith(null);
            ss.close();
        }
    }
}
