package org.secretariat.service;

import java.util.concurrent.CancellationException;

/** How long work reports how far it is, and learns that the user cancelled it. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
            // nobody is watching
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total);

    boolean isCancelled();

    /** Stops the work (rolling back its transaction) if the user has cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled by the user");
        }
    }
}
