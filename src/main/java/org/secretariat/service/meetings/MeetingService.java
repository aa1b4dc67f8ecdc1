package org.secretariat.service.meetings;

import org.secretariat.service.roster.membership.RosterSnapshot;

import org.secretariat.service.AuditTrail;
import org.secretariat.service.EditConflicts;

import org.secretariat.domain.AuditAction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.secretariat.charter.Body;
import org.secretariat.charter.CharterInForce;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.MeetingRules;
import org.secretariat.charter.Seating;
import org.secretariat.domain.AgendaItem;
import org.secretariat.domain.Attendance;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.Meeting;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.Database;

/**
 * Meetings of the charter's bodies: planning one, the seats in force on its date, attendance and
 * the live quorum. Motions and votes are {@link MotionService}'s.
 */
public final class MeetingService {

    public static final String ENTITY = "Meeting";

    /** A line of the meetings list. */
    public record Row(long id, String bodyName, String title, LocalDate date, boolean held, long present, long seated) {
    }

    /**
     * How one seat was filled, as the attendance table sends it back, with the row's version as the
     * table loaded it (null: not checked; decision 0018).
     */
    public record AttendanceInput(long attendanceId, AttendanceStatus status, String attendeeName, String remarks,
                                  Long loadedVersion) {

        public AttendanceInput(long attendanceId, AttendanceStatus status, String attendeeName, String remarks) {
            this(attendanceId, status, attendeeName, remarks, null);
        }
    }

    private final Database db;
    private final AuditTrail audit;
    private final CharterInForce charter;
    private final Clock clock;
    final EditConflicts conflicts;

    public MeetingService(Database db, AuditTrail audit, CharterInForce charter,
                          Clock clock) {
        this.db = db;
        this.conflicts = new EditConflicts(db, audit);
        this.audit = audit;
        this.charter = charter;
        this.clock = clock;
    }

    /** The body as today's charter describes it. */
    Body body(String bodyId) {
        return body(bodyId, LocalDate.now(clock));
    }

    /** The body as the charter in force on the date describes it (a meeting's own date). */
    Body body(String bodyId, LocalDate date) {
        return charter.on(date).body(bodyId).orElseThrow(() -> new IllegalArgumentException("no body " + bodyId));
    }

    public List<Row> list() {
        return db.fromTransaction(s -> s.createSelectionQuery("from Meeting m order by m.date desc, m.id desc", Meeting.class)
                .getResultList().stream().map(m -> {
                    // a planned meeting's seats are the roster's as it stands now (see sync)
                    long seated = m.isHeld() ? m.getAttendance().stream().filter(Attendance::isSeated).count()
                            : charter.on(m.getDate()).body(m.getBodyId()).map(b -> (long) seats(s, b, m.getDate()).size()).orElse(0L);
                    long present = m.getAttendance().stream().filter(Attendance::isPresentSeat).count();
                    String bodyName = charter.on(m.getDate()).body(m.getBodyId()).map(Body::name).orElse(m.getBodyId());
                    return new Row(m.getId(), bodyName, m.getTitle(), m.getDate(), m.isHeld(), present, seated);
                }).toList());
    }

    /** The seats of a body on a date, for review before the meeting. */
    public List<Seating.Seat> seats(String bodyId, LocalDate date) {
        return db.fromTransaction(s -> seats(s, body(bodyId, date), date));
    }

    List<Seating.Seat> seats(Session s, Body body, LocalDate date) {
        return Seating.seatsOf(charter.on(date), body, date, RosterSnapshot.read(s));
    }

    /** Plans a meeting (or changes one); a new meeting gets the seats in force on its date. */
    public long save(MeetingDraft d) {
        return conflicts.guard(ENTITY, d.id(), () -> db.fromTransaction(s -> {
            Body body = body(d.bodyId(), d.date());
            Meeting m = d.id() == null ? new Meeting() : conflicts.found(s, Meeting.class, ENTITY, d.id(), d.id());
            if (d.id() != null) {
                conflicts.refuseIfChanged(s, ENTITY, d.id(), d.version(), m.getVersion());
            }
            boolean isNew = d.id() == null;
            boolean reseat = isNew || !m.getBodyId().equals(d.bodyId()) || !m.getDate().equals(d.date());
            if (isNew) {
                m.setCreatedAt(LocalDateTime.now(clock));
            }
            m.setBodyId(d.bodyId());
            m.setTitle(d.title() == null || d.title().isBlank() ? body.name() + "会议" : d.title().strip());
            m.setDate(Objects.requireNonNull(d.date(), "date"));
            m.setStartTime(blank(d.startTime()));
            m.setPlace(blank(d.place()));
            m.setConvener(blank(d.convener()));
            m.setKind(d.kind());
            m.setNotes(blank(d.notes()));
            if (isNew) {
                s.persist(m);
            }
            if (reseat && !m.isHeld()) {
                reseat(s, m, body);
            }
            s.flush();
            audit.record(s, isNew ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, m.getId(), m.getTitle(),
                    "meeting" + AuditTrail.SEP + "" + AuditTrail.SEP + body.name() + " " + m.getDate() + "\n");
            return m.getId();
        }));
    }

    /** Replaces the seats with those in force on the meeting date, keeping observers. */
    private void reseat(Session s, Meeting m, Body body) {
        List<Attendance> observers = m.getAttendance().stream().filter(a -> !a.isSeated()).toList();
        m.getAttendance().clear();
        s.flush();
        for (Seating.Seat seat : seats(s, body, m.getDate())) {
            Attendance a = new Attendance();
            a.setUnitId(seat.unitId());
            a.setPersonId(seat.personId());
            a.setUnitName(seat.unitName());
            a.setSeatLabel(seat.label());
            a.setStatus(AttendanceStatus.ABSENT);
            m.addAttendance(a);
        }
        for (Attendance o : observers) {
            Attendance copy = new Attendance();
            copy.setSeated(false);
            copy.setSeatLabel(o.getSeatLabel());
            copy.setUnitName(o.getUnitName());
            copy.setUnitId(o.getUnitId());
            copy.setStatus(AttendanceStatus.OBSERVER);
            copy.setAttendeeName(o.getAttendeeName());
            m.addAttendance(copy);
        }
    }

    /** Records who came; the meeting counts as held, and attendance counts as taking part. */
    public MeetingView recordAttendance(long meetingId, List<AttendanceInput> inputs) {
        return conflicts.guard(ENTITY, meetingId, () -> db.fromTransaction(s -> {
            Meeting m = conflicts.found(s, Meeting.class, ENTITY, meetingId, meetingId);
            Map<Long, AttendanceInput> byId = new HashMap<>();
            inputs.forEach(i -> byId.put(i.attendanceId(), i));
            // a row changed since the table loaded it: another PC recorded first (decisions 0018, 0022);
            // a seat no longer there (the roster reseated a planned meeting) is left out, as before
            for (Attendance a : m.getAttendance()) {
                AttendanceInput in = byId.get(a.getId());
                if (in != null) {
                    conflicts.refuseIfChanged(s, ENTITY, meetingId, in.loadedVersion(), a.getVersion());
                }
            }
            StringBuilder details = new StringBuilder();
            for (Attendance a : m.getAttendance()) {
                AttendanceInput in = byId.get(a.getId());
                if (in == null) {
                    continue;
                }
                AttendanceStatus status = a.isSeated() && in.status() == AttendanceStatus.OBSERVER
                        ? AttendanceStatus.PRESENT : in.status();
                if (status != a.getStatus()) {
                    details.append(a.getSeatLabel()).append(AuditTrail.SEP).append(a.getStatus().name())
                            .append(AuditTrail.SEP).append(status.name()).append('\n');
                }
                a.setStatus(status);
                a.setAttendeeName(blank(in.attendeeName()));
                a.setRemarks(blank(in.remarks()));
            }
            m.setHeld(true);
            if (!details.isEmpty()) {
                audit.record(s, AuditAction.UPDATE, ENTITY, m.getId(), m.getTitle(), details.toString());
            }
            s.flush(); // the rows' new versions, for the table's next save
            return view(s, m);
        }));
    }

    /** Adds an observer (列席): present, without a seat or a vote. */
    public MeetingView addObserver(long meetingId, String name, String unitName) {
        return db.fromTransaction(s -> {
            Meeting m = conflicts.found(s, Meeting.class, ENTITY, meetingId, meetingId);
            Attendance a = new Attendance();
            a.setSeated(false);
            a.setStatus(AttendanceStatus.OBSERVER);
            a.setSeatLabel(unitName == null || unitName.isBlank() ? name.strip() : name.strip() + "（" + unitName.strip() + "）");
            a.setAttendeeName(name.strip());
            a.setUnitName(blank(unitName));
            m.addAttendance(a);
            s.flush();
            return view(s, m);
        });
    }

    /**
     * The meeting as it stands; a meeting not yet held first takes its seats from the roster as it is
     * now (理事 entered or ended since it was planned), and the view says what changed.
     */
    public MeetingView load(long meetingId) {
        return db.fromTransaction(s -> {
            Meeting m = conflicts.found(s, Meeting.class, ENTITY, meetingId, meetingId);
            Text note = sync(s, m);
            return view(s, m).withSeatNote(note);
        });
    }

    /**
     * Brings a planned meeting's seats in line with the roster on its date: seats of people or units
     * no longer seated go, new ones come; observers and what was typed for a kept seat stay. Once
     * the meeting is held (attendance or a vote recorded) its seats are frozen. Returns the note for
     * the screen (「应到人员已按名册更新：增加 …；减少 …」), or null when nothing changed.
     */
    Text sync(Session s, Meeting m) {
        if (m.isHeld()) {
            return null;
        }
        Body body = body(m.getBodyId(), m.getDate());
        Map<String, Seating.Seat> wanted = new java.util.LinkedHashMap<>();
        seats(s, body, m.getDate()).forEach(x -> wanted.put(x.unitId() + "/" + x.personId(), x));
        List<String> removed = new java.util.ArrayList<>();
        for (Attendance a : List.copyOf(m.getAttendance())) {
            if (!a.isSeated()) {
                continue;
            }
            Seating.Seat keep = wanted.remove(a.getUnitId() + "/" + a.getPersonId());
            if (keep == null) {
                removed.add(a.getSeatLabel());
                m.getAttendance().remove(a);
            } else {
                a.setSeatLabel(keep.label());
                a.setUnitName(keep.unitName());
            }
        }
        List<String> added = new java.util.ArrayList<>();
        for (Seating.Seat seat : wanted.values()) {
            Attendance a = new Attendance();
            a.setUnitId(seat.unitId());
            a.setPersonId(seat.personId());
            a.setUnitName(seat.unitName());
            a.setSeatLabel(seat.label());
            a.setStatus(AttendanceStatus.ABSENT);
            m.addAttendance(a);
            added.add(seat.label());
        }
        if (added.isEmpty() && removed.isEmpty()) {
            return null;
        }
        m.renumberAttendance();
        s.flush();
        StringBuilder details = new StringBuilder();
        added.forEach(x -> details.append("seat").append(AuditTrail.SEP).append(AuditTrail.SEP).append(x).append('\n'));
        removed.forEach(x -> details.append("seat").append(AuditTrail.SEP).append(x).append(AuditTrail.SEP).append('\n'));
        audit.record(s, AuditAction.UPDATE, ENTITY, m.getId(), m.getTitle(), details.toString());
        if (removed.isEmpty()) {
            return Text.of("meeting.seats.synced.added", String.join("、", added));
        }
        return added.isEmpty() ? Text.of("meeting.seats.synced.removed", String.join("、", removed))
                : Text.of("meeting.seats.synced", String.join("、", added), String.join("、", removed));
    }

    /** What became of a request to delete a meeting. */
    public enum Deletion { DELETED, HELD, MISSING }

    /**
     * Deletes a meeting not yet held (audited). A held meeting stays on the record: what it recorded
     * can change only through a correction.
     */
    public Deletion delete(long meetingId) {
        return db.fromTransaction(s -> {
            Meeting m = s.find(Meeting.class, meetingId);
            if (m == null) {
                return Deletion.MISSING;
            }
            if (m.isHeld() || m.getAgenda().stream().anyMatch(i -> i.getVerdict() != null)) {
                return Deletion.HELD;
            }
            audit.record(s, AuditAction.DELETE, ENTITY, m.getId(), m.getTitle(), "meeting" + AuditTrail.SEP
                    + charter.on(m.getDate()).body(m.getBodyId()).map(Body::name).orElse(m.getBodyId()) + " " + m.getDate()
                    + AuditTrail.SEP + "\n");
            s.remove(m);
            return Deletion.DELETED;
        });
    }

    MeetingView view(Session s, Meeting m) {
        Body body = body(m.getBodyId(), m.getDate());
        List<MeetingView.Seat> seats = m.getAttendance().stream().map(a -> new MeetingView.Seat(a.getId(), a.getUnitId(),
                a.getPersonId(), a.getSeatLabel(), a.getUnitName(), a.isSeated(), a.getStatus(), a.getAttendeeName(),
                a.getRemarks(), a.getVersion())).toList();
        List<MeetingView.Item> items = m.getAgenda().stream().map(MeetingService::item).toList();
        long seated = seats.stream().filter(MeetingView.Seat::seated).count();
        long present = seats.stream().filter(x -> AttendanceStatus.presentSeat(x.seated(), x.status())).count();
        return new MeetingView(m.getId(), m.getBodyId(), body.name(), m.getTitle(), m.getDate(), m.getStartTime(),
                m.getPlace(), m.getConvener(), m.getKind(), m.isHeld(), m.getNotes(), seats, items,
                MeetingRules.quorum(charter.on(m.getDate()), body, seated, present), null, m.getVersion());
    }

    private static MeetingView.Item item(AgendaItem i) {
        return new MeetingView.Item(i.getId(), i.getPosition(), i.getTitle(), i.getMotionKind(), i.getUnitId(),
                i.getUnitName(), i.getTargetTierId(), i.getOfficeId(), i.getPersonName(), i.getVoteId(), i.isByName(),
                i.getYes(), i.getNo(), i.getAbstain(), i.getVerdict(), i.getVerdictNote(), i.getEffectNote(),
                i.getCorrectionNote(), i.getVersion());
    }

    /** "出席 14 / 应到 20，需 14（第十五条：三分之二以上）— 达到" */
    public static Text quorumLine(Body body, MeetingRules.Quorum q) {
        String rule = q.rule().citation().article() + "：" + q.rule().canonicalWording();
        if (q.seated() == 0) {
            // only a body whose charter names no members has no seats by rule; otherwise the roster is empty
            return body.seats() == null ? Text.of("meeting.quorum.noSeats")
                    : Text.of("meeting.quorum.nobodyYet", body.name(), body.seats().citation() == null ? "" : body.seats().citation().article());
        }
        Text line = q.met()
                ? Text.of("meeting.quorum.met", q.present(), q.seated(), q.required(), rule)
                : Text.of("meeting.quorum.short", q.present(), q.seated(), q.required(), rule, q.shortfall());
        return q.rule().citation().isDefault() ? Text.of("meeting.quorum.default", line) : line;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
