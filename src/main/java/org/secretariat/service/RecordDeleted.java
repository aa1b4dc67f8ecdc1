package org.secretariat.service;

import java.time.LocalDateTime;

/**
 * A save or an action on a record another PC (or another window) has deleted since the screen
 * loaded it: {@link EditConflict}'s sibling. Names who deleted it and when, from the audit trail's
 * deletion entry; both are null when the trail does not record the deletion (decision 0022).
 * 「此记录已被 王芳 于 10:05 删除，请刷新后再操作」.
 */
public final class RecordDeleted extends ChangedElsewhere {

    public RecordDeleted(String entityType, Long entityId, String who, LocalDateTime at) {
        super("deleted", "edit.deleted", "edit.deleted.unknown", entityType, entityId, who, at, null);
    }
}
