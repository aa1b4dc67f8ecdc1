package org.secretariat.service;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.secretariat.i18n.Messages;
import org.secretariat.i18n.Text;

/**
 * A save or an action on a record another PC (or another window) has deleted since the screen
 * loaded it: {@link EditConflict}'s sibling. Names who deleted it and when, from the audit trail's
 * deletion entry; both are null when the trail does not record the deletion (decision 0022).
 */
public final class RecordDeleted extends RuntimeException {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final String entityType;
    private final Long entityId;
    private final String who;
    private final LocalDateTime at;

    public RecordDeleted(String entityType, Long entityId, String who, LocalDateTime at) {
        super(entityType + " " + entityId + " was deleted by " + who + " at " + at);
        this.entityType = entityType;
        this.entityId = entityId;
        this.who = who;
        this.at = at;
    }

    public String entityType() {
        return entityType;
    }

    public Long entityId() {
        return entityId;
    }

    /** The operator name of the deletion, or null if the audit trail does not say. */
    public String who() {
        return who;
    }

    /** When it was deleted, or null if the audit trail does not say. */
    public LocalDateTime at() {
        return at;
    }

    /** 「此记录已被 王芳 于 10:05 删除，请刷新后再操作」. */
    public Text text() {
        return who == null || at == null ? Text.of("edit.deleted.unknown")
                : Text.of("edit.deleted", who, HH_MM.format(at));
    }

    /** The message in Chinese, for logs and the commands' fallback. */
    @Override
    public String getLocalizedMessage() {
        return Messages.chinese(text());
    }
}
