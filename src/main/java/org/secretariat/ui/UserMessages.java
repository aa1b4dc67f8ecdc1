package org.secretariat.ui;

import java.io.IOException;
import org.secretariat.exchange.SheetReadException;
import org.secretariat.i18n.Messages;
import org.secretariat.persistence.DataInUseException;
import org.secretariat.service.ChangedElsewhere;
import org.secretariat.service.safety.StorageProblems;

/** Turns an exception into a sentence for the user: what happened and what to do. */
public final class UserMessages {

    private UserMessages() {
    }

    public static String describe(Throwable error, Messages messages) {
        var storage = StorageProblems.describe(error); // a full disk or a read-only folder, named
        if (storage.isPresent()) {
            return messages.get(storage.get());
        }
        Throwable e = error;
        while (e.getCause() != null && !(e instanceof ChangedElsewhere) && !(e instanceof DataInUseException) && !(e instanceof SheetReadException)
                && !(e instanceof IOException) && !(e instanceof org.secretariat.persistence.ServerRefusedException)) {
            e = e.getCause();
        }
        if (e instanceof ChangedElsewhere c) { // another PC saved a newer version, or deleted what this screen shows
            return messages.get(c.text());
        }
        if (e instanceof org.secretariat.persistence.ServerRefusedException r) { // login, rights, no such database
            return messages.get(r.text());
        }
        if (e instanceof DataInUseException d) {
            return messages.get("data.inUse", d.dataDir(), messages.get(d.holderText()));
        }
        if (e instanceof SheetReadException s) {
            return messages.get(s.text());
        }
        if (e instanceof IOException io) {
            return messages.get("ui.error.io", String.valueOf(io.getMessage()));
        }
        return messages.get("ui.error.unexpected", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
}
