package org.secretariat.service.meetings;

import java.time.LocalDate;
import org.secretariat.domain.MeetingKind;

/**
 * A meeting's details as the form gives them; {@code id} null for a new meeting. {@code version} is the
 * meeting's as the form loaded it: a save over a newer one is refused (decision 0018); null is not checked.
 */
public record MeetingDraft(Long id, String bodyId, String title, LocalDate date, String startTime, String place,
                           String convener, MeetingKind kind, String notes, Long version) {

    public MeetingDraft(Long id, String bodyId, String title, LocalDate date, String startTime, String place,
                        String convener, MeetingKind kind, String notes) {
        this(id, bodyId, title, date, startTime, place, convener, kind, notes, null);
    }
}
