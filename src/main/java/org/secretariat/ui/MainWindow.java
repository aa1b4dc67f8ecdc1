package org.secretariat.ui;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.SetupService;
import org.secretariat.ui.activities.ActivitiesView;
import org.secretariat.ui.cases.CasesView;
import org.secretariat.ui.certificates.CertificatesView;
import org.secretariat.ui.home.HomeView;
import org.secretariat.ui.reports.ReportsView;
import org.secretariat.ui.safety.DataSafetyView;
import org.secretariat.ui.meetings.MeetingsView;
import org.secretariat.ui.roster.RosterView;
import org.secretariat.ui.settings.SettingsView;
import org.secretariat.ui.setup.SetupView;

/**
 * The main window: a header with the organisation and the screens, the current screen, and a status
 * bar with the running task's progress and a cancel button. It shows at once with a loading state;
 * the data opens in the background.
 */
public final class MainWindow {

    private static final String CSS = Objects.requireNonNull(
            MainWindow.class.getResource("secretariat.css")).toExternalForm();

    private final Stage stage;
    private final TaskExecutor executor;
    private final BorderPane root = new BorderPane();
    private UiContext ui;
    private RosterView roster;
    private DataSession session;
    private Runnable showSafety = () -> { };
    private Messages messages;
    private DialogService dialogs;
    private ToggleButton currentTab;
    /** 「张三 于 10:42 修改了数据」: the last change others made, in the status bar. */
    private final Label othersNote = new Label();

    public MainWindow(Stage stage, Messages messages, TaskExecutor executor) {
        this.stage = stage;
        this.executor = executor;
        this.messages = messages;
        stage.setTitle(messages.get("app.title"));
        root.setCenter(loading(messages.get("main.loading")));
        root.setBottom(statusBar(messages));
        Scene scene = new Scene(root, 1280, 800);
        style(scene);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        // closing the window and 文件 › 退出 (the same request) ask before typed work is lost
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (!mayLeaveScreen()) {
                e.consume();
            }
        });
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(CSS);
    }

    public Stage stage() {
        return stage;
    }

    public UiContext context() {
        return ui;
    }

    /** The window's hold on the data, for screens that close and reopen it (restore, password). */
    public void setSession(DataSession session) {
        this.session = session;
        session.onOthersChanged(this::othersChanged);
    }

    /** The language the window is in now (it can change while the data is open). */
    public Messages messages() {
        return ui == null ? messages : ui.messages();
    }

    /** The dialogs in the window's language now; set by the app before the data opens. */
    public DialogService dialogs() {
        return ui == null ? dialogs : ui.dialogs();
    }

    public void setDialogs(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Shows the data safety screen (after a restore or a password change reopened the data). */
    public void showSafety() {
        showSafety.run();
    }

    /** While the data is closed for work on the folder: the loading state, and no screens. */
    public void showClosed(String text) {
        root.setTop(null);
        root.setCenter(loading(text));
    }

    public RosterView rosterView() {
        return roster;
    }

    private static Node loading(String text) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label label = new Label(text);
        label.getStyleClass().add("loading");
        VBox box = new VBox(16, spinner, label);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node statusBar(Messages messages) {
        Label message = new Label();
        message.textProperty().bind(executor.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(executor.progressProperty());
        bar.visibleProperty().bind(executor.runningProperty());
        bar.setPrefWidth(220);
        Button cancel = new Button(messages.get("main.cancel"));
        cancel.visibleProperty().bind(executor.runningProperty());
        cancel.setOnAction(e -> executor.cancelCurrent());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        othersNote.setId("othersNote");
        othersNote.setText("");
        HBox bar1 = new HBox(message, spacer, othersNote, TaskList.button(executor, messages), bar, cancel);
        bar1.getStyleClass().add("status-bar");
        return bar1;
    }

    /** The data is open: show setup if the organisation is not set up yet, else the roster. */
    public void open(UiContext context) {
        this.ui = context;
        currentTab = null;
        stage.setTitle(ui.text("app.title"));
        root.setBottom(statusBar(ui.messages()));
        executor.setNotifier(new FxJobNotifier(stage, ui.messages()));
        if (context.app().isSetUp()) {
            showMain();
        } else {
            root.setTop(null);
            root.setCenter(new SetupView(ui, this::showMain,
                    session == null ? null : () -> new ServerConnectFlow(ui, session).connect(false)).root());
        }
    }

    private void showMain() {
        AppContext app = ui.app();
        String org = app.setupService().header().map(SetupService.Header::name).orElse("");
        stage.setTitle(org + " — " + ui.text("app.title"));
        Label title = new Label(org);
        title.getStyleClass().add("title");
        Label charter = new Label(CharterLine.of(ui));
        charter.getStyleClass().add("subtitle");
        ToggleGroup nav = new ToggleGroup();
        ToggleButton homeTab = tab(nav, "navHome", "main.nav.home");
        ToggleButton rosterTab = tab(nav, "navRoster", "main.nav.roster");
        ToggleButton casesTab = tab(nav, "navCases", "main.nav.cases");
        ToggleButton meetingsTab = tab(nav, "navMeetings", "main.nav.meetings");
        ToggleButton activitiesTab = tab(nav, "navActivities", "main.nav.activities");
        ToggleButton certificatesTab = tab(nav, "navCertificates", "main.nav.certificates");
        ToggleButton reportsTab = tab(nav, "navReports", "main.nav.reports");
        ToggleButton safetyTab = tab(nav, "navSafety", "main.nav.safety");
        ToggleButton settingsTab = tab(nav, "navSettings", "main.nav.settings");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, charter, spacer, homeTab, rosterTab, casesTab, meetingsTab, activitiesTab,
                certificatesTab, reportsTab, safetyTab, settingsTab);
        header.getStyleClass().add("header");
        roster = new RosterView(ui);
        root.setTop(new VBox(AppMenu.build(ui, new AppMenu.Target(stage, java.util.List.of(homeTab, rosterTab, casesTab,
                meetingsTab, activitiesTab, certificatesTab, reportsTab, safetyTab, settingsTab), rosterTab, roster::root,
                safetyTab, root::getCenter, this::showAbout)), header));
        Runnable showMeetings = () -> go(meetingsTab, () -> new MeetingsView(ui).root());
        java.util.function.Consumer<Long> showCase = id -> go(casesTab, () -> {
            CasesView view = new CasesView(ui);
            if (id != null) {
                view.select(id);
            }
            return view.root();
        });
        Runnable showCertificates = () -> go(certificatesTab, () -> new CertificatesView(ui).root());
        java.util.function.Consumer<Long> showUnit = id -> go(rosterTab, () -> {
            roster.model().reload(() -> roster.model().allRows().stream().filter(r -> r.id() == id).findFirst()
                    .ifPresent(r -> roster.model().selectedProperty().set(r)));
            return roster.root();
        });
        java.util.function.Consumer<Boolean> showReports = fees -> go(reportsTab, () -> {
            ReportsView view = new ReportsView(ui);
            if (fees) {
                view.showFees();
            }
            return view.root();
        });
        reportsTab.setOnAction(e -> showReports.accept(false));
        homeTab.setOnAction(e -> go(homeTab, () -> new HomeView(ui, new HomeView.Navigation(showMeetings, showCase,
                showUnit, showCertificates, () -> showReports.accept(true))).root()));
        casesTab.setOnAction(e -> showCase.accept(null));
        activitiesTab.setOnAction(e -> go(activitiesTab, () -> new ActivitiesView(ui).root()));
        rosterTab.setOnAction(e -> go(rosterTab, () -> {
            StartupProbe.trace("roster tab");
            roster.model().whenRowsShow(StartupProbe::rosterRowsShown);
            roster.model().refresh(StartupProbe::rosterShown);
            return roster.root();
        }));
        meetingsTab.setOnAction(e -> showMeetings.run());
        certificatesTab.setOnAction(e -> showCertificates.run());
        safetyTab.setOnAction(e -> go(safetyTab, () -> new DataSafetyView(ui, session, this).root()));
        showSafety = safetyTab::fire;
        settingsTab.setOnAction(e -> go(settingsTab, () -> {
            SettingsView view = new SettingsView(ui, this::changeLanguage, name -> {
                title.setText(name); // the organisation renamed in Settings
                stage.setTitle(name + " — " + ui.text("app.title"));
            });
            if (session != null) {
                view.withDataPlace(new ServerConnectFlow(ui, session));
            }
            return view.root();
        }));
        homeTab.fire();
        StartupProbe.trace("home fired");
        if (StartupProbe.wants("roster")) {
            // the benchmark times what a user waits for: the home screen first, then the roster's tab
            StartupProbe.afterHomeShown(rosterTab::fire);
        }
    }

    /**
     * Shows another screen, unless the one shown has typed work the user chose to keep (取消): then
     * its tab stays selected and nothing changes.
     */
    private void go(ToggleButton tab, java.util.function.Supplier<Node> screen) {
        if (!mayLeaveScreen()) {
            if (currentTab != null) {
                currentTab.setSelected(true);
            } else {
                tab.setSelected(false);
            }
            return;
        }
        tab.setSelected(true);
        currentTab = tab;
        root.setCenter(screen.get());
    }

    /**
     * Others (another PC, a command) changed the data: the status bar says who and when, and the
     * shown screen reads its data again in place, unless it holds typed work (which is never
     * replaced: the note says the screen will show the change once that work is saved or dropped).
     */
    public void othersChanged(org.secretariat.service.ExternalChanges.Change change) {
        if (ui == null) {
            return;
        }
        String who = String.join("、", change.actors());
        String at = change.lastAt() == null ? "" : change.lastAt().toLocalTime().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
        Node shown = root.getCenter();
        boolean typing = UnsavedWork.of(shown).map(UnsavedWork::hasUnsavedChanges).orElse(false);
        othersNote.setText(ui.text(typing ? "main.others.changedWhileTyping" : "main.others.changed", who, at));
        if (typing) {
            return;
        }
        if (roster != null && shown == roster.root()) {
            roster.model().reloadChanged();
        } else {
            Refreshable.of(shown).ifPresent(Refreshable::refresh);
        }
    }

    /** Asks the shown screen's editor, if it has unsaved work: 保存 / 不保存 / 取消. */
    public boolean mayLeaveScreen() {
        return ui == null || LeaveGuard.mayLeave(UnsavedWork.of(root.getCenter()).orElse(null), ui.dialogs(), ui.messages());
    }

    /** 帮助 › 关于: the version, the data folder, Java, and the libraries' licences. */
    public void showAbout() {
        AboutDialog.create(ui, AboutInfo.of(ui.app().dataDir()), stage).showAndWait();
    }

    private ToggleButton tab(ToggleGroup group, String id, String key) {
        ToggleButton b = new ToggleButton(ui.text(key));
        b.setToggleGroup(group);
        b.setId(id);
        return b;
    }

    /** Rebuilds every screen in the new language; the data stays open. */
    private void changeLanguage(String language) {
        if (!mayLeaveScreen()) {
            return;
        }
        Messages messages = Messages.forLanguage(language);
        Placeholders.useLanguageForBuiltInTexts(messages);
        FxDialogService dialogs = new FxDialogService(messages);
        dialogs.setOwner(stage);
        executor.setDialogs(dialogs);
        open(new UiContext(ui.app(), messages, dialogs, executor));
    }
}
