package org.integritydesk.app;

/**
 * Work done ahead on a spare core so that what follows finds it done: loading classes, reading texts,
 * a first printout. It changes nothing the app depends on; a failure only means the work is done
 * later, where it always was, and meets its error there.
 */
final class HeadStart {
    private HeadStart() {
    }

    /** Starts {@code work} on a daemon thread named {@code name} (it never keeps the process alive). */
    static void start(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError e) {
                // only a head start
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }
}
