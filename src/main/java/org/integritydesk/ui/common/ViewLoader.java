package org.integritydesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import org.integritydesk.service.Messages;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/** Loads an FXML view with the current bundle and the composition root's controller factory. */
public final class ViewLoader {
    private final Messages messages;
    private final Callback<Class<?>, Object> controllerFactory;

    /** Given every table of every loaded view with "View/fx:id" (the export menu attaches itself); may be null. */
    private final java.util.function.BiConsumer<javafx.scene.control.TableView<?>, String> tables;

    public ViewLoader(Messages messages, Callback<Class<?>, Object> controllerFactory) {
        this(messages, controllerFactory, null);
    }

    public ViewLoader(Messages messages, Callback<Class<?>, Object> controllerFactory,
            java.util.function.BiConsumer<javafx.scene.control.TableView<?>, String> tables) {
        this.messages = messages;
        this.controllerFactory = controllerFactory;
        this.tables = tables;
    }

    /** A loaded view: its root node and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }

    /** Loads {@code name}.fxml from the package of {@code controllerType}. */
    public <C> Loaded<C> load(Class<C> controllerType, String name) {
        return loadWith(controllerType, name, controllerFactory);
    }

    /** Loads a view whose controller was built by the caller (one per dialog, with its own view-model). */
    public <C> Loaded<C> load(Class<C> controllerType, String name, C controller) {
        return loadWith(controllerType, name, type -> type == controllerType ? controller : controllerFactory.call(type));
    }

    private <C> Loaded<C> loadWith(Class<C> controllerType, String name, Callback<Class<?>, Object> factory) {
        URL url = controllerType.getResource(name + ".fxml");
        if (url == null) {
            throw new IllegalStateException("missing view " + name + ".fxml beside " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setControllerFactory(factory);
        try {
            Parent root = loader.load();
            if (tables != null) {
                loader.getNamespace().forEach((id, node) -> {
                    if (node instanceof javafx.scene.control.TableView<?> table) {
                        tables.accept(table, name + "/" + id);
                    }
                });
            }
            return new Loaded<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + name, e);
        }
    }

    public Messages messages() {
        return messages;
    }
}
