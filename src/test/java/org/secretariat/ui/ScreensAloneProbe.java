
package org.secretariat.ui;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;

/**
 * Issue 18's floor for "roster's first rows, home screen first": the window, the home screen and the
 * roster screen as the app lays them out (menu bar, header tabs, a 18 675-row due table and a
 * 10 000-unit chooser, then a 10-column 10 000-row table with its tool bar and detail pane), built in
 * plain JavaFX code with the app's style sheet and their data generated in memory: no database, no
 * FXML, no Hibernate. It prints {@code BENCH alone MS} (process start to the roster's first layout) and
 * exits. Run beside {@code StartupProbe} (the plain window) under the same display, e.g.
 * <pre>
 * cp="target/classes:target/test-classes:$(cat target/gallery-cp.txt)"   # as src/site/screens.sh makes it
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -cp "$cp" org.secretariat.ui.ScreensAloneProbe
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -cp "$cp" org.secretariat.ui.StartupProbe
 * </pre>
 * and with the window's own options ({@code WindowJvm.OPTIONS}, a class-data archive) for the fair figure.
 */
public class ScreensAloneProbe {
    public static void main(String[] a) {
        Application.launch(App.class, a);
    }

    static long ms() { return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime(); }

    public static final class App extends Application {
        BorderPane root = new BorderPane();
        Scene scene;
        List<String[]> units = new ArrayList<>();
        List<String[]> due = new ArrayList<>();

        @Override public void start(Stage stage) {
            scene = new Scene(root, 1280, 800);
            scene.getStylesheets().add(ScreensAloneProbe.class.getResource("/org/secretariat/ui/secretariat.css").toExternalForm());
            MenuBar bar = new MenuBar();
            for (String m : new String[] {"文件", "编辑", "会员", "会议", "报告", "帮助"}) {
                Menu menu = new Menu(m);
                for (int i = 0; i < 5; i++) menu.getItems().add(new MenuItem(m + "项目" + i));
                bar.getMenus().add(menu);
            }
            HBox header = new HBox();
            header.getStyleClass().add("header");
            Label title = new Label("中国某某协会"); title.getStyleClass().add("title");
            Label charter = new Label("章程 2023"); charter.getStyleClass().add("subtitle");
            Region spacer = new Region(); HBox.setHgrow(spacer, Priority.ALWAYS);
            header.getChildren().addAll(title, charter, spacer);
            ToggleGroup g = new ToggleGroup();
            for (String t : new String[] {"首页", "会员", "事项", "会议", "活动", "证书", "报告", "数据安全", "设置"}) {
                ToggleButton b = new ToggleButton(t); b.setToggleGroup(g); header.getChildren().add(b);
            }
            root.setTop(new VBox(bar, header));
            root.setCenter(new Label("正在打开…"));
            stage.setScene(scene);
            stage.setMaximized(true);
            stage.show();
            System.out.println("TRACE shown " + ms());
            Thread t = new Thread(() -> {
                Random r = new Random(1);
                String chars = "中华人民共和国北京上海天津重庆河北山西辽宁吉林黑龙江江苏浙江安徽福建江西山东河南湖北湖南广东海南四川贵州云南陕西甘肃青海科技信息产业发展集团有限公司研究院大学";
                for (int i = 0; i < 10_000; i++) {
                    StringBuilder n = new StringBuilder();
                    for (int k = 0; k < 12; k++) n.append(chars.charAt(r.nextInt(chars.length())));
                    units.add(new String[] {n + "有限公司", "理事单位", "企业", "会员", "2023年5月", "91110000MA00" + (100000 + i),
                            "张三", "李四", "010-6" + (1000000 + i), "a" + i + "@example.cn"});
                }
                for (int i = 0; i < 18_675; i++) due.add(new String[] {"2026年12月" + (1 + i % 28) + "日", units.get(i % 10_000)[0] + " 会费到期，请催缴", "第十二条"});
                Platform.runLater(this::home);
            });
            t.setDaemon(true);
            t.start();
        }

        void afterLayout(Runnable then) {
            Runnable[] l = new Runnable[1];
            l[0] = () -> { scene.removePostLayoutPulseListener(l[0]); then.run(); };
            scene.addPostLayoutPulseListener(l[0]);
            Platform.requestNextPulse();
        }

        void home() {
            System.out.println("TRACE data " + ms());
            Parent roster = roster(); // built beside the home screen, as the app does
            VBox home = new VBox(10);
            home.setPadding(new Insets(16, 20, 16, 20));
            Label t = new Label("待办事项"); t.getStyleClass().add("setup-title");
            TableView<String[]> table = new TableView<>();
            table.setPlaceholder(new Label("没有待办"));
            for (int c = 0; c < 3; c++) { final int k = c; TableColumn<String[], String> col = new TableColumn<>("列" + c);
                col.setPrefWidth(c == 1 ? 700 : 120); col.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue()[k])); table.getColumns().add(col); }
            table.setItems(FXCollections.observableArrayList(due));
            VBox.setVgrow(table, Priority.ALWAYS);
            Button open = new Button("打开"); open.getStyleClass().add("accent");
            HBox inactive = new HBox(8, new Label("理由"), new TextField(), new Button("不予处理"), new Button("确认退会…"));
            ComboBox<String> body = new ComboBox<>(FXCollections.observableArrayList("理事会", "常务理事会"));
            ComboBox<String> unit = new ComboBox<>();
            unit.getItems().setAll(units.stream().map(u -> u[0]).toList());
            HBox proposal = new HBox(8, new Label("提议"), body, unit, new Button("记录"));
            home.getChildren().addAll(t, new Label("共 18675 项"), table, new HBox(8, open), inactive, proposal);
            root.setCenter(home);
            afterLayout(() -> {
                System.out.println("TRACE home " + ms());
                root.setCenter(roster);
                afterLayout(() -> { System.out.println("BENCH alone " + ms()); System.out.flush(); Platform.exit(); System.exit(0); });
            });
        }

        Parent roster() {
            ToolBar tb = new ToolBar();
            TextField search = new TextField(); search.setPromptText("名称、信用代码、拼音"); search.setPrefWidth(260);
            tb.getItems().add(search);
            for (int i = 0; i < 3; i++) { CheckComboBox<String> c = new CheckComboBox<>(FXCollections.observableArrayList("甲", "乙", "丙", "丁")); c.setPrefWidth(150); c.setTitle("全部"); tb.getItems().add(c); }
            tb.getItems().add(new Separator(Orientation.VERTICAL));
            for (String s : new String[] {"新增", "修改", "删除"}) tb.getItems().add(new Button(s));
            tb.getItems().add(new Separator(Orientation.VERTICAL));
            for (String s : new String[] {"导入", "导出", "模板"}) tb.getItems().add(new Button(s));
            TableView<String[]> table = new TableView<>();
            table.setPlaceholder(new Label("没有会员"));
            String[] names = {"单位名称", "会员级别", "单位类型", "状态", "入会日期", "统一社会信用代码", "法定代表人", "联系人", "电话", "电子邮箱"};
            int[] widths = {230, 100, 100, 70, 90, 160, 80, 70, 110, 150};
            for (int c = 0; c < 10; c++) { final int k = c; TableColumn<String[], String> col = new TableColumn<>(names[c]);
                col.setPrefWidth(widths[c]); col.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue()[k])); table.getColumns().add(col); }
            ObservableList<String[]> all = FXCollections.observableArrayList(units);
            table.setItems(new FilteredList<>(new SortedList<>(all), x -> true));
            VBox.setVgrow(table, Priority.ALWAYS);
            HBox status = new HBox(new Label("共 10000 个单位")); status.setPadding(new Insets(4, 8, 4, 8));
            VBox left = new VBox(table, status);
            VBox detail = new VBox(8);
            detail.setPadding(new Insets(10, 12, 10, 12));
            TableView<String> people = new TableView<>(); people.setPrefHeight(140); people.setPlaceholder(new Label("没有人员"));
            for (String s : new String[] {"姓名", "职务", "电话", "邮箱"}) people.getColumns().add(new TableColumn<>(s));
            ListView<String> tl = new ListView<>(); tl.setPrefHeight(160);
            ListView<String> hl = new ListView<>(); hl.setPrefHeight(200);
            detail.getChildren().addAll(new Label("未选择单位"), new GridPane(), new Label("人员"), people, new Label("时间线"), tl, new Label("修改记录"), hl);
            ScrollPane sp = new ScrollPane(detail); sp.setFitToWidth(true);
            SplitPane split = new SplitPane(left, sp); split.setDividerPositions(0.66);
            BorderPane p = new BorderPane(split); p.setTop(tb);
            return p;
        }
    }
}
