package org.secretariat.charter;

/** A body must meet at least {@code times} per {@code per} (only "year" is used by the charters). */
public record MeetingFrequency(int times, String per, Citation citation) {
}
