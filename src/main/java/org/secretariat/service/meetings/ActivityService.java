package org.secretariat.service.meetings;

import org.secretariat.service.AuditTrail;
import org.secretariat.service.EditConflicts;

import org.secretariat.domain.AuditAction;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.secretariat.domain.Activity;
import org.secretariat.persistence.Database;

/** The register of activities that are not formal meetings, and who took part. */
public final class ActivityService {

    public static final String ENTITY = "Activity";
    public static final List<String> KINDS = List.of("training", "fair", "matchmaking", "visit", "other");

    /**
     * An activity as the screen shows and edits it; {@code id} null for a new one. {@code version} is
     * the activity's as the screen loaded it: a save over a newer one is refused (decision 0018);
     * null is not checked.
     */
    public record ActivityView(Long id, String title, String kind, LocalDate heldOn, String place, String notes,
                               List<Long> unitIds, Long version) {

        public ActivityView(Long id, String title, String kind, LocalDate heldOn, String place, String notes,
                            List<Long> unitIds) {
            this(id, title, kind, heldOn, place, notes, unitIds, null);
        }
    }

    private final Database db;
    private final AuditTrail audit;
    private final EditConflicts conflicts;

    public ActivityService(Database db, AuditTrail audit) {
        this.db = db;
        this.audit = audit;
        this.conflicts = new EditConflicts(db, audit);
    }

    public List<ActivityView> list() {
        return db.fromTransaction(s -> s.createSelectionQuery("from Activity a order by a.heldOn desc, a.id desc", Activity.class)
                .getResultList().stream().map(a -> new ActivityView(a.getId(), a.getTitle(), a.getKind(), a.getHeldOn(),
                        a.getPlace(), a.getNotes(), List.copyOf(a.getUnitIds()), a.getVersion())).toList());
    }

    public long save(ActivityView v) {
        if (v.title() == null || v.title().isBlank() || v.heldOn() == null || !KINDS.contains(v.kind())) {
            throw new IllegalArgumentException("an activity needs a title, a date and a kind");
        }
        return conflicts.guard(ENTITY, v.id(), () -> db.fromTransaction(s -> {
            Activity a = v.id() == null ? new Activity() : conflicts.found(s, Activity.class, ENTITY, v.id(), v.id());
            if (v.id() != null) {
                conflicts.refuseIfChanged(s, ENTITY, v.id(), v.version(), a.getVersion());
            }
            a.setTitle(v.title().strip());
            a.setKind(v.kind());
            a.setHeldOn(v.heldOn());
            a.setPlace(v.place() == null || v.place().isBlank() ? null : v.place().strip());
            a.setNotes(v.notes() == null || v.notes().isBlank() ? null : v.notes().strip());
            a.getUnitIds().clear();
            a.getUnitIds().addAll(new LinkedHashSet<>(v.unitIds()));
            if (v.id() == null) {
                s.persist(a);
            }
            s.flush();
            audit.record(s, v.id() == null ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, a.getId(), a.getTitle(),
                    "participants" + AuditTrail.SEP + "" + AuditTrail.SEP + a.getUnitIds().size() + "\n");
            return a.getId();
        }));
    }

    public void delete(long id) {
        db.inTransaction(s -> {
            Activity a = s.find(Activity.class, id);
            if (a != null) {
                audit.record(s, AuditAction.DELETE, ENTITY, a.getId(), a.getTitle(), "-");
                s.remove(a);
            }
        });
    }
}
