package org.integritydesk.app;

import java.nio.file.Path;
import java.util.Locale;
import org.integritydesk.ui.main.MainView;

/** The main window's menu actions doing nothing: for tests of what the window shows, not what it starts. */
final class NoMainActions implements MainView.Actions {
    @Override
    public void switchLanguage(Locale locale) {
    }

    @Override
    public void exit() {
    }

    @Override
    public void changePassword() {
    }

    @Override
    public void lockScreen() {
    }

    @Override
    public void restoreFrom(Path backup) {
    }

    @Override
    public void about() {
    }
}
