package org.secretariat.charter;

import java.util.List;
import java.util.Optional;

/** A body the charter sets up (理事会, 主席团, 联席会议 …) and the rules of its meetings. */
public record Body(String id, String name, BodyKind kind, String role, Citation citation,
                   Seats seats, SizeLimit sizeLimit, Term term, MeetingFrequency meets,
                   Threshold quorum, Threshold resolution, List<Vote> votes, ExtraMeeting extraMeeting) {

    /** Who sits: holders of the listed offices and one seat per unit of the listed tiers. */
    public record Seats(List<String> offices, List<String> tiers, Citation citation) {
    }

    /** At most {@code fraction} of the seats of body {@code of} (e.g. 常务理事 ≤ 1/3 of 理事). */
    public record SizeLimit(Fraction fraction, String of, Enforcement enforcement, Citation citation) {
    }

    /** A decision of this body with its own threshold (e.g. electing the chair unit). */
    public record Vote(String id, String name, Threshold threshold) {
    }

    /** Members may call an extra meeting when this many units propose it. */
    public record ExtraMeeting(int proposers, Citation citation) {
    }

    public Optional<Threshold> ownQuorum() {
        return Optional.ofNullable(quorum);
    }

    public Optional<Threshold> ownResolution() {
        return Optional.ofNullable(resolution);
    }
}
