package org.secretariat.service.meetings;

import org.secretariat.domain.MotionKind;

/** An agenda item to add: its title and, if it decides a case, about which unit and what. */
public record MotionDraft(String title, MotionKind kind, Long unitId, String targetTierId, String officeId,
                          String personName, String voteId, boolean byName) {

    public static MotionDraft discussion(String title) {
        return new MotionDraft(title, MotionKind.NONE, null, null, null, null, null, false);
    }

    public static MotionDraft general(String title) {
        return new MotionDraft(title, MotionKind.GENERAL, null, null, null, null, null, false);
    }
}
