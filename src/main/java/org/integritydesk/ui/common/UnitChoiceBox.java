package org.integritydesk.ui.common;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import org.integritydesk.model.OrgUnit;

/** Binds a unit filter combo box: "all" (null) first, then the view-model's units, which may reload. */
public final class UnitChoiceBox {
    private UnitChoiceBox() {
    }

    public static void bind(ComboBox<OrgUnit> box, ObservableList<OrgUnit> choices, ObjectProperty<OrgUnit> chosen,
            Function<OrgUnit, String> label) {
        box.getItems().add(null);
        choices.addListener((ListChangeListener<OrgUnit>) c -> {
            OrgUnit keep = box.getValue();
            box.getItems().setAll(choices);
            box.getItems().add(0, null);
            box.setValue(keep);
        });
        box.setConverter(Converters.showing(label));
        box.valueProperty().bindBidirectional(chosen);
    }
}
