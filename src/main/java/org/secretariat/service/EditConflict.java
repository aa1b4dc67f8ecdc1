package org.secretariat.service;

import java.time.LocalDateTime;

/**
 * A save refused because the record changed since the form loaded it: another PC (or another
 * window) saved a newer version. Names who and when, from the audit trail's last entry for the
 * record; both are null when the trail has no entry for it (decision 0018).
 * 「此记录已被 王芳 于 14:05 修改，请查看后再保存」.
 */
public final class EditConflict extends ChangedElsewhere {

    public EditConflict(String entityType, Long entityId, String who, LocalDateTime at, Throwable cause) {
        super("changed", "edit.conflict", "edit.conflict.unknown", entityType, entityId, who, at, cause);
    }
}
