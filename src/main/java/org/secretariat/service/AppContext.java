package org.secretariat.service;

import org.secretariat.service.cases.CalendarService;
import org.secretariat.service.cases.CaseService;
import org.secretariat.service.cases.CaseSteps;
import org.secretariat.service.cases.LetterDocuments;
import org.secretariat.service.certificates.CertificateOutput;
import org.secretariat.service.certificates.CertificateService;
import org.secretariat.service.certificates.CertificateTemplates;
import org.secretariat.service.fees.FeeService;
import org.secretariat.service.meetings.ActivityService;
import org.secretariat.service.meetings.MeetingDocuments;
import org.secretariat.service.meetings.MeetingService;
import org.secretariat.service.meetings.MotionService;
import org.secretariat.service.meetings.ObligationService;
import org.secretariat.service.meetings.ParticipationService;
import org.secretariat.service.meetings.ResolutionEffects;
import org.secretariat.service.overview.DueService;
import org.secretariat.service.overview.TimelineService;
import org.secretariat.service.reports.AnnualReportService;
import org.secretariat.service.roster.ExportService;
import org.secretariat.service.roster.ImportService;
import org.secretariat.service.roster.RosterService;
import org.secretariat.service.safety.BackupService;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.logging.log4j.LogManager;
import org.secretariat.charter.CharterCatalog;
import org.secretariat.charter.CharterLoadException;
import org.secretariat.charter.CharterProfile;
import org.secretariat.persistence.AuditRepository;
import org.secretariat.persistence.DataLock;
import org.secretariat.persistence.DataInUseException;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.DatabaseKey;
import org.secretariat.persistence.PasswordException;
import org.secretariat.persistence.ServerRefusedException;
import org.secretariat.persistence.ServerTarget;
import org.secretariat.persistence.MemberUnitRepository;
import org.secretariat.persistence.OrganisationRepository;
import org.secretariat.persistence.Settings;
import org.secretariat.service.filing.Filing;
import org.secretariat.service.roster.membership.Membership;

/**
 * Everything the window and the commands use, built once by hand through constructors: the
 * database of one data folder, the charter it runs by, and the services.
 */
public final class AppContext implements AutoCloseable {

    private final Path dataDir;
    private final Settings settings;
    private final Database database;
    private final CharterCatalog catalog;
    private final AtomicReference<CharterProfile> charter = new AtomicReference<>();
    private final AuditTrail audit;
    private final org.secretariat.service.charters.CharterHistory history;
    private final RosterService roster;
    private final ImportService importer;
    private final ExportService exporter;
    private final SetupService setup;
    private final MeetingService meetings;
    private final MotionService motions;
    private final MeetingDocuments meetingDocuments;
    private final ObligationService obligations;
    private final CertificateTemplates certificateTemplates;
    private final CertificateService certificates;
    private final CertificateOutput certificateOutput;
    private final CalendarService calendar;
    private final CaseService cases;
    private final CaseSteps caseSteps;
    private final ActivityService activities;
    private final ParticipationService participation;
    private final DueService due;
    private final TimelineService timeline;
    private final LetterDocuments letters;
    private final FeeService fees;
    private final AnnualReportService reports;
    private final DocumentWriter documents = new DocumentWriter();
    private final BackupService backups;
    private final Clock clock;

    private AppContext(Path dataDir, Settings settings, Database database, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.settings = settings;
        this.database = database;
        this.catalog = new CharterCatalog(dataDir.resolve("charters"));
        MemberUnitRepository units = new MemberUnitRepository();
        this.audit = new AuditTrail(new AuditRepository(), settings::operator, clock);
        this.history = new org.secretariat.service.charters.CharterHistory(database, audit, charter::get, clock);
        this.roster = new RosterService(database, units, audit, history, clock);
        this.importer = new ImportService(database, roster, history, settings);
        this.exporter = new ExportService(history);
        this.setup = new SetupService(database, new OrganisationRepository(), units, audit, clock);
        this.calendar = new CalendarService(database);
        Membership membership = new Membership(audit, history, clock);
        this.cases = new CaseService(database, units, audit, history, calendar::current, clock, membership, history);
        this.caseSteps = new CaseSteps(database, audit, history, calendar::current, membership, history);
        this.meetings = new MeetingService(database, audit, history, clock);
        this.motions = new MotionService(database, meetings, new ResolutionEffects(membership, history), membership,
                audit, history);
        this.motions.addListener(caseSteps);
        Filing filing = new Filing(database, settings::get, () -> new Filing.Names(setup.organisation()
                .map(o -> o.getName()).orElse(history.get().organisation().name()), setup.organisation()
                .map(o -> o.getShortName()).filter(n -> n != null && !n.isBlank())
                .orElse(history.get().organisation().shortName())));
        this.meetingDocuments = new MeetingDocuments(setup, history, clock, filing);
        this.obligations = new ObligationService(database, history, clock);
        this.certificateTemplates = new CertificateTemplates(database, history, audit);
        this.certificates = new CertificateService(database, units, certificateTemplates, audit, history, clock);
        this.certificateOutput = new CertificateOutput(database, certificateTemplates, history, clock);
        this.activities = new ActivityService(database, audit);
        this.participation = new ParticipationService(database, units, audit, history, clock);
        this.due = new DueService(database, cases, participation, obligations, history, clock);
        this.timeline = new TimelineService(database, cases);
        this.fees = new FeeService(database, units, audit, history, clock);
        this.reports = new AnnualReportService(database, fees, history, clock, audit);
        this.due.setFees(fees);
        this.letters = new LetterDocuments(history, () -> setup.organisation().map(o -> o.getName())
                .orElse(history.get().organisation().name()), clock, filing);
        this.backups = new BackupService(database, dataDir, settings, clock, settings.backupRotation());
    }

    /**
     * Opens the data folder. The charter is loaded if the folder has been set up; if the profile it
     * names no longer loads, the exception says why.
     */
    public static AppContext open(Path dataDir, String purpose, Clock clock)
            throws DataInUseException, IOException, CharterLoadException {
        long begun = System.nanoTime();
        Settings settings = Settings.load(dataDir);
        return start(dataDir, settings, Database.open(dataDir, purpose), clock, begun);
    }

    /**
     * Opens a data folder whose database may be encrypted with {@code key}.
     *
     * @throws PasswordException if it is encrypted and the key is missing or wrong (nothing opened)
     */
    public static AppContext open(Path dataDir, String purpose, DatabaseKey key, Clock clock)
            throws DataInUseException, IOException, CharterLoadException, PasswordException {
        long begun = System.nanoTime();
        Settings settings = Settings.load(dataDir);
        return start(dataDir, settings, Database.open(dataDir, purpose, key), clock, begun);
    }

    /**
     * Opens the office server's database (issue 17); {@code dataDir} keeps this PC's settings, logs and
     * charters as before.
     *
     * @param password null when the server needs none from this PC
     * @throws ServerRefusedException if the server refuses the login or the rights (nothing opened)
     */
    public static AppContext open(Path dataDir, ServerTarget server, String password, String purpose, Clock clock)
            throws IOException, CharterLoadException, ServerRefusedException {
        long begun = System.nanoTime();
        Settings settings = Settings.load(dataDir);
        return start(dataDir, settings, Database.open(dataDir, server, password, purpose), clock, begun);
    }

    /** Opens a folder whose lock the caller holds (a restore checking what it put in place). */
    public static AppContext openLocked(Path dataDir, DataLock lock, DatabaseKey key, Clock clock)
            throws DataInUseException, IOException, CharterLoadException, PasswordException {
        long begun = System.nanoTime();
        Settings settings = Settings.load(dataDir);
        return start(dataDir, settings, Database.openLocked(dataDir, lock, key), clock, begun);
    }

    private static AppContext start(Path dataDir, Settings settings, Database db, Clock clock, long begun)
            throws CharterLoadException {
        long databaseOpened = System.nanoTime();
        AppContext ctx = new AppContext(dataDir, settings, db, clock);
        try {
            Optional<SetupService.Header> org = ctx.setup.header(); // plain JDBC: Hibernate may still be booting
            if (org.isPresent()) {
                ctx.charter.set(ctx.catalog.load(org.get().charterId()));
                ctx.history.versions(); // read once here, not inside a later transaction
            }
        } catch (CharterLoadException | RuntimeException e) {
            db.close();
            throw e;
        }
        if (!db.heldByWindow()) {
            ctx.backups.automatically(ctx.backups::backupIfDue); // the window takes it once it shows (DataSession)
        }
        LogManager.getLogger(AppContext.class).info("data opened in {} ms (database {} ms, charter and services {} ms): {}",
                (System.nanoTime() - begun) / 1_000_000, (databaseOpened - begun) / 1_000_000,
                (System.nanoTime() - databaseOpened) / 1_000_000, db.server().map(Object::toString).orElse(dataDir.toString()));
        return ctx;
    }

    /** The charter in force on each date: the original and its amendments (issue 19). */
    public org.secretariat.service.charters.CharterHistory charterHistory() {
        return history;
    }

    /** The app's clock: what every screen and command takes today from (tests give a fixed one). */
    public Clock clock() {
        return clock;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Settings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    public CharterCatalog catalog() {
        return catalog;
    }

    /** The active charter, or empty before setup. */
    public Optional<CharterProfile> charter() {
        return Optional.ofNullable(charter.get()).map(original -> history.get());
    }

    public boolean isSetUp() {
        return charter.get() != null;
    }

    public AuditTrail audit() {
        return audit;
    }

    public RosterService roster() {
        return roster;
    }

    public ImportService importer() {
        return importer;
    }

    public ExportService exporter() {
        return exporter;
    }

    public MeetingService meetings() {
        return meetings;
    }

    public CertificateTemplates certificateTemplates() {
        return certificateTemplates;
    }

    public CalendarService calendar() {
        return calendar;
    }

    public CaseService cases() {
        return cases;
    }

    public CaseSteps caseSteps() {
        return caseSteps;
    }

    public ActivityService activities() {
        return activities;
    }

    public ParticipationService participation() {
        return participation;
    }

    public DueService due() {
        return due;
    }

    public TimelineService timeline() {
        return timeline;
    }

    public FeeService fees() {
        return fees;
    }

    /** Writes documents as .docx or .pdf; the machine's fonts are read once. */
    public DocumentWriter documents() {
        return documents;
    }

    public AnnualReportService reports() {
        return reports;
    }

    public LetterDocuments letters() {
        return letters;
    }

    public CertificateOutput certificateOutput() {
        return certificateOutput;
    }

    public CertificateService certificates() {
        return certificates;
    }

    public ObligationService obligations() {
        return obligations;
    }

    public MeetingDocuments meetingDocuments() {
        return meetingDocuments;
    }

    public MotionService motions() {
        return motions;
    }

    public SetupService setupService() {
        return setup;
    }

    /** Sets up the organisation and makes the profile active; returns the problems if refused. */
    public java.util.List<org.secretariat.i18n.Text> setUp(CharterProfile profile, SetupService.Details details) {
        var problems = setup.setup(profile, details);
        if (problems.isEmpty()) {
            charter.set(profile);
        }
        CharterProfile before = charter.get();
        // a tier the new profile lacks is named as the clerk knows it (理事长单位), from the profile in force
        return before == null ? problems : problems.stream().map(t -> !t.key().equals("setup.error.tierInUse") ? t
                : org.secretariat.i18n.Text.of(t.key(), before.tier((String) t.args()[0])
                        .map(org.secretariat.charter.Tier::name).orElse((String) t.args()[0]), t.args()[1])).toList();
    }

    public BackupService backups() {
        return backups;
    }

    /** Closes the data folder, first backing it up if anything was written since the last backup. */
    @Override
    public void close() {
        try {
            backups.automatically(backups::backupIfChanged);
        } finally {
            database.close();
        }
    }
}
