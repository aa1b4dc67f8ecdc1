package org.secretariat.persistence;

/** A restore of a portable export was refused: the target database already holds records. */
public final class TargetNotEmptyException extends Exception {

    private final transient BackupCounts counts;

    public TargetNotEmptyException(BackupCounts counts) {
        super("the target database is not empty: " + counts);
        this.counts = counts;
    }

    /** What the target holds. */
    public BackupCounts counts() {
        return counts;
    }
}
