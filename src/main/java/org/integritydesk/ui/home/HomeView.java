package org.integritydesk.ui.home;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.integritydesk.model.HomeChart;
import org.integritydesk.model.HomeFigure;
import org.integritydesk.ui.common.TabRefresh;

/**
 * Binds the home tab (首页) to {@link HomeViewModel}: a row of big numbers, one bar chart per
 * {@link HomeChart} (a bar opens the list behind it), and the to-do list (a line opens its tab).
 */
public final class HomeView implements TabRefresh {
    private final HomeViewModel model;

    @FXML private Label homeTitle;
    @FXML private Label homeStatus;
    @FXML private Button homeRefresh;
    @FXML private FlowPane homeFigures;
    @FXML private FlowPane homeCharts;
    @FXML private ListView<HomeViewModel.TodoLine> homeTodos;

    public HomeView(HomeViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        homeTitle.textProperty().bind(model.titleProperty());
        homeStatus.textProperty().bind(model.statusProperty());
        homeRefresh.disableProperty().bind(model.loadingProperty());
        model.loadingProperty().addListener((o, a, loading) -> {
            if (loading) {
                showPlaceholders();
            }
        });
        model.figures().addListener((ListChangeListener<HomeFigure>) c -> showFigures());
        model.charts().addListener((ListChangeListener<HomeChart>) c -> showCharts());
        homeTodos.setItems(model.todos());
        homeTodos.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(HomeViewModel.TodoLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("todo-heading", "todo-item", "todo-more");
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                setText(line.text());
                getStyleClass().add(switch (line.kind()) {
                    case HEADING -> "todo-heading";
                    case ITEM -> "todo-item";
                    case MORE -> "todo-more";
                });
            }
        });
        homeTodos.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                model.open(homeTodos.getSelectionModel().getSelectedItem());
            }
        });
        homeTodos.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                model.open(homeTodos.getSelectionModel().getSelectedItem());
            }
        });
        model.load();
    }

    /** Grey tiles and an empty chart area while the figures are being counted. */
    private void showPlaceholders() {
        if (homeFigures.getChildren().isEmpty()) {
            for (int i = 0; i < 4; i++) {
                homeFigures.getChildren().add(tile("…", "", null));
            }
        }
    }

    private void showFigures() {
        homeFigures.getChildren().clear();
        for (HomeFigure figure : model.figures()) {
            homeFigures.getChildren().add(tile(figure.value(), figure.label(), figure));
        }
    }

    private VBox tile(String value, String label, HomeFigure figure) {
        Label number = new Label(value);
        number.getStyleClass().add("home-figure-value");
        Label caption = new Label(label);
        caption.getStyleClass().add("home-figure-label");
        VBox tile = new VBox(2, number, caption);
        tile.getStyleClass().add("home-figure");
        if (figure != null && figure.tabId() != null) {
            tile.setCursor(Cursor.HAND);
            tile.setOnMouseClicked(e -> model.open(figure));
        }
        return tile;
    }

    private void showCharts() {
        homeCharts.getChildren().clear();
        for (HomeChart chart : model.charts()) {
            homeCharts.getChildren().add(chartOf(chart));
        }
    }

    private BarChart<String, Number> chartOf(HomeChart chart) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        BarChart<String, Number> bars = new BarChart<>(x, y);
        bars.setTitle(chart.title());
        bars.setAnimated(false);
        bars.setCategoryGap(6);
        bars.setBarGap(1);
        bars.setLegendVisible(chart.seriesNames().size() > 1);
        bars.setPrefSize(390, 260);
        bars.setMinSize(320, 220);
        bars.getStyleClass().add("home-chart");
        for (int i = 0; i < chart.seriesNames().size(); i++) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(chart.seriesNames().get(i));
            for (HomeChart.Category category : chart.categories()) {
                double value = i < category.values().size() ? category.values().get(i) : 0;
                XYChart.Data<String, Number> data = new XYChart.Data<>(category.label(), value);
                data.nodeProperty().addListener((o, old, node) -> {
                    if (node != null) {
                        node.setCursor(Cursor.HAND);
                        node.setOnMouseClicked(e -> {
                            e.consume();
                            model.open(chart, category);
                        });
                    }
                });
                series.getData().add(data);
            }
            bars.getData().add(series);
        }
        bars.setOnMouseClicked(e -> model.open(chart, null));
        return bars;
    }

    @FXML
    private void onRefresh() {
        model.load();
    }

    /** Reads the records again for what other users changed (the filters and selection stay). */
    @Override
    public boolean refresh() {
        model.load();
        return true;
    }
}
