package org.secretariat.service;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.secretariat.i18n.Messages;
import org.secretariat.i18n.Text;

/**
 * A save or an action refused because another PC (or another window) changed the record since the
 * screen loaded it: {@link EditConflict} (a newer version) or {@link RecordDeleted} (gone). Names who
 * and when from the audit trail; both are null when the trail does not say (decisions 0018, 0022).
 */
public abstract class ChangedElsewhere extends RuntimeException {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final String entityType;
    private final Long entityId;
    private final String who;
    private final LocalDateTime at;
    private final String key;
    private final String keyUnknown;

    /** {@code key} names the message with who and when, {@code keyUnknown} the one without. */
    ChangedElsewhere(String what, String key, String keyUnknown, String entityType, Long entityId, String who,
                     LocalDateTime at, Throwable cause) {
        super(entityType + " " + entityId + " was " + what + " by " + who + " at " + at);
        if (cause != null) {
            initCause(cause); // left open otherwise: a refusal found at flush gets Hibernate's failure as its cause
        }
        this.key = key;
        this.keyUnknown = keyUnknown;
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

    /** The operator name of the other PC's change, or null if the audit trail does not say. */
    public String who() {
        return who;
    }

    /** When the other PC made it, or null if the audit trail does not say. */
    public LocalDateTime at() {
        return at;
    }

    /** 「此记录已被 王芳 于 14:05 修改，请查看后再保存」 and the like. */
    public Text text() {
        return who == null || at == null ? Text.of(keyUnknown) : Text.of(key, who, HH_MM.format(at));
    }

    /** The message in Chinese, for logs and the commands' fallback. */
    @Override
    public String getLocalizedMessage() {
        return Messages.chinese(text());
    }
}
