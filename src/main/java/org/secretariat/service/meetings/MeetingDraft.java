package org.secretariat.service.meetings;

import java.time.LocalDate;
import org.secretariat.domain.MeetingKind;

/** A meeting's details as the form gives them; {@code id} null for a new meeting. */
public record MeetingDraft(Long id, String bodyId, String title, LocalDate date, String startTime, String place,
                           String convener, MeetingKind kind, String notes) {
}
