package org.secretariat.charter;

import java.util.List;
import java.util.Optional;

/** One organisation's charter as rules, loaded from a YAML profile in {@code charters/}. */
public record CharterProfile(String id, String source, String file, Organisation organisation,
                             Threshold defaultQuorum, Threshold defaultResolution, Membership membership,
                             List<Body> bodies, List<Tier> tiers, List<Office> offices,
                             List<Procedure> procedures, Inactivity inactivity, Fees fees,
                             List<CertificateKind> certificates, List<Named> forms, List<Unstated> notStated) {

    /** A procedure the charter does not state at all (联席会议: no amendment, no dissolution), with the reading. */
    public record Unstated(ProcedureKind kind, Citation citation) {
    }

    /** Why the charter has no procedure of this kind, where the profile says it states none. */
    public Optional<Unstated> notStated(ProcedureKind kind) {
        return notStated.stream().filter(u -> u.kind() == kind).findFirst();
    }

    /** The charter's procedure of a kind that has one procedure (amendment, dissolution, admission …). */
    public Optional<Procedure> procedureOf(ProcedureKind kind) {
        return procedures.stream().filter(p -> p.kind() == kind).findFirst();
    }

    public record Organisation(String name, String shortName, String englishName, String founded,
                               String headquarters, String secretariatSeat, Citation secretariatCitation,
                               List<String> supervisors) {
    }

    public record Membership(boolean legalPersonsOnly, List<String> eligible, int recommenders,
                             boolean foundersAreMembers, Citation citation) {
        public static final Membership OPEN = new Membership(false, List.of(), 0, false, null);
    }

    public record Inactivity(int years, String action, Citation citation) {
    }

    public record Fees(boolean charged, List<Named> items, Citation citation) {
    }

    /** A certificate kind, form, or fee item: an id, a name, and where it is set out. */
    public record Named(String id, String name, String holder, String period, Citation citation) {
    }

    public Optional<CertificateKind> certificate(String kindId) {
        return certificates.stream().filter(c -> c.id().equals(kindId)).findFirst();
    }

    public Optional<Tier> tier(String tierId) {
        return tiers.stream().filter(t -> t.id().equals(tierId)).findFirst();
    }

    public Optional<Tier> tierNamed(String text) {
        return tiers.stream().filter(t -> t.isNamed(text)).findFirst();
    }

    public Tier entryTier() {
        return tiers.get(0);
    }

    public Optional<Body> body(String bodyId) {
        return bodies.stream().filter(b -> b.id().equals(bodyId)).findFirst();
    }

    public Optional<Office> office(String officeId) {
        return offices.stream().filter(o -> o.id().equals(officeId)).findFirst();
    }

    public Optional<Procedure> procedure(String procedureId) {
        return procedures.stream().filter(p -> p.id().equals(procedureId)).findFirst();
    }

    /** The quorum that applies to a body: its own, or the profile's documented default. */
    public Threshold quorumOf(Body body) {
        return body.ownQuorum().orElse(defaultQuorum);
    }

    /** The resolution rule that applies to a body: its own, or the profile's documented default. */
    public Threshold resolutionOf(Body body) {
        return body.ownResolution().orElse(defaultResolution);
    }

    public String displayName() {
        return organisation.name();
    }
}
