package org.integritydesk.ui.rectification;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.integritydesk.model.OrgUnit;
import org.integritydesk.ui.common.Columns;
import org.integritydesk.ui.common.Converters;
import org.integritydesk.ui.common.UnitChoiceBox;

/** Binds the 问题分析 sub-tab to {@link ProblemAnalysisViewModel}: the choices, the table and the bar chart. */
public final class ProblemAnalysisView {
    private final ProblemAnalysisViewModel model;

    @FXML private ComboBox<Integer> analysisYear;
    @FXML private CheckBox analysisCustomPeriod;
    @FXML private DatePicker analysisFrom;
    @FXML private DatePicker analysisTo;
    @FXML private ComboBox<OrgUnit> analysisUnit;
    @FXML private ComboBox<ProblemAnalysisViewModel.Dimension> analysisDimension;
    @FXML private Button analysisRefresh;
    @FXML private Button analysisPrint;
    @FXML private Label analysisSummary;
    @FXML private Label analysisMostOpen;
    @FXML private Label analysisError;
    @FXML private TableView<ProblemAnalysisViewModel.Row> analysisTable;
    @FXML private TableColumn<ProblemAnalysisViewModel.Row, String> nameColumn;
    @FXML private TableColumn<ProblemAnalysisViewModel.Row, String> itemsColumn;
    @FXML private TableColumn<ProblemAnalysisViewModel.Row, String> openColumn;
    @FXML private TableColumn<ProblemAnalysisViewModel.Row, String> overdueColumn;
    @FXML private TableColumn<ProblemAnalysisViewModel.Row, String> rectifiedColumn;
    @FXML private TableColumn<ProblemAnalysisViewModel.Row, String> onTimeColumn;
    @FXML private TableColumn<ProblemAnalysisViewModel.Row, String> rateColumn;
    @FXML private BarChart<String, Number> analysisChart;

    public ProblemAnalysisView(ProblemAnalysisViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        analysisYear.setItems(model.years());
        analysisYear.valueProperty().bindBidirectional(model.yearProperty());
        analysisCustomPeriod.selectedProperty().bindBidirectional(model.customPeriodProperty());
        org.integritydesk.ui.common.DateFields.bind(analysisFrom, model.fromProperty(), (bad, text) -> { });
        org.integritydesk.ui.common.DateFields.bind(analysisTo, model.toProperty(), (bad, text) -> { });
        analysisYear.disableProperty().bind(model.customPeriodProperty());
        analysisFrom.disableProperty().bind(model.customPeriodProperty().not());
        analysisTo.disableProperty().bind(model.customPeriodProperty().not());
        UnitChoiceBox.bind(analysisUnit, model.unitChoices(), model.unitProperty(), model::unitLabel);
        analysisDimension.getItems().setAll(ProblemAnalysisViewModel.Dimension.values());
        analysisDimension.setConverter(Converters.showing(model::dimensionLabel));
        analysisDimension.valueProperty().bindBidirectional(model.dimensionProperty());
        analysisRefresh.disableProperty().bind(model.busyProperty());
        analysisSummary.textProperty().bind(model.summaryProperty());
        analysisMostOpen.textProperty().bind(model.mostOpenProperty());
        analysisError.textProperty().bind(model.errorProperty());
        analysisError.managedProperty().bind(model.errorProperty().isNotEmpty());
        Columns.text(nameColumn, ProblemAnalysisViewModel.Row::name);
        Columns.text(itemsColumn, r -> Long.toString(r.items()));
        Columns.text(openColumn, r -> Long.toString(r.open()));
        Columns.text(overdueColumn, r -> Long.toString(r.overdue()));
        Columns.text(rectifiedColumn, r -> Long.toString(r.rectified()));
        Columns.text(onTimeColumn, r -> Long.toString(r.onTime()));
        Columns.text(rateColumn, ProblemAnalysisViewModel.Row::rate);
        analysisTable.setItems(model.rows());
        analysisChart.setAnimated(false);
        model.rows().addListener((ListChangeListener<ProblemAnalysisViewModel.Row>) c -> showChart());
        model.start();
    }

    private void showChart() {
        List<String> names = model.seriesNames();
        List<XYChart.Series<String, Number>> series = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(names.get(i));
            for (ProblemAnalysisViewModel.Row row : model.rows()) {
                s.getData().add(new XYChart.Data<>(row.name(), model.values(row).get(i)));
            }
            series.add(s);
        }
        analysisChart.getData().setAll(series);
    }

    @FXML
    private void onRefresh() {
        model.refresh();
    }

    @FXML
    private void onPrint() {
        model.print();
    }
}
