package org.secretariat.persistence;

import jakarta.persistence.LockModeType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.hibernate.Session;
import org.secretariat.domain.SequenceCounter;

/**
 * Rows of {@code sequence_counter} taken under a row lock ({@code SELECT … FOR UPDATE}) until the
 * caller's transaction ends, so that several writers (threads, or PCs on one server) hand out each
 * number once and append to the audit chain one after the other (decision 0019).
 *
 * <p>The first use of a scope has no row to lock: it is inserted under a savepoint, and a unique
 * violation there means another writer inserted it first (PostgreSQL and H2 both make the second
 * insert wait for the first's commit, then refuse it). The savepoint is rolled back, the caller's
 * transaction goes on, and the row, committed now, is locked as any other time.
 */
public final class CounterRows {

    /** The row whose lock is the audit chain's head: who holds it may read the last entry and append. */
    public static final String AUDIT_HEAD = "audit#head";

    private static final String UNIQUE_VIOLATION = "23505";

    private CounterRows() {
    }

    /** The counter of {@code scope}, locked for the rest of the transaction; created (at 0) if no writer has. */
    public static SequenceCounter lock(Session s, String scope) {
        SequenceCounter counter = s.find(SequenceCounter.class, scope, LockModeType.PESSIMISTIC_WRITE);
        if (counter != null) {
            return counter;
        }
        create(s, scope);
        counter = s.find(SequenceCounter.class, scope, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            throw new IllegalStateException("counter row " + scope + " neither inserted nor found");
        }
        return counter;
    }

    /** Takes the audit chain's head: held until commit or rollback; taken again in the same transaction at no cost. */
    public static void lockAuditHead(Session s) {
        lock(s, AUDIT_HEAD);
    }

    private static void create(Session s, String scope) {
        s.doWork(c -> {
            Savepoint before = c.setSavepoint();
            try (PreparedStatement insert = c.prepareStatement("insert into sequence_counter (scope, last_value) values (?, 0)")) {
                insert.setString(1, scope);
                insert.executeUpdate();
                c.releaseSavepoint(before);
            } catch (SQLException e) {
                if (!isUniqueViolation(e)) {
                    throw e;
                }
                c.rollback(before); // another writer created it first: theirs is the row, committed
            }
        });
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (UNIQUE_VIOLATION.equals(x.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
