package org.secretariat.service;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.secretariat.i18n.Messages;
import org.secretariat.i18n.Text;

/**
 * A save refused because the record changed since the form loaded it: another PC (or another
 * window) saved a newer version. Names who and when, from the audit trail's last entry for the
 * record; both are null when the trail has no entry for it (decision 0018).
 */
public final class EditConflict extends RuntimeException {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final String entityType;
    private final Long entityId;
    private final String who;
    private final LocalDateTime at;

    public EditConflict(String entityType, Long entityId, String who, LocalDateTime at, Throwable cause) {
        super(entityType + " " + entityId + " was changed by " + who + " at " + at, cause);
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

    /** The operator name of the newer save, or null if the audit trail does not say. */
    public String who() {
        return who;
    }

    /** When the newer save was made, or null if the audit trail does not say. */
    public LocalDateTime at() {
        return at;
    }

    /** 「此记录已被 王芳 于 14:05 修改，请查看后再保存」. */
    public Text text() {
        return who == null || at == null ? Text.of("edit.conflict.unknown")
                : Text.of("edit.conflict", who, HH_MM.format(at));
    }

    /** The message in Chinese, for logs and the commands' fallback. */
    @Override
    public String getLocalizedMessage() {
        return Messages.chinese(text());
    }
}
