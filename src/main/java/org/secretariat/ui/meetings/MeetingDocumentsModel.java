package org.secretariat.ui.meetings;

import java.nio.file.Path;
import java.util.Locale;
import org.secretariat.document.Doc;
import org.secretariat.service.meetings.MeetingView;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.UiContext;

/** Exports a meeting's notice, sign-in sheet or minutes as Word or PDF, in the background. */
final class MeetingDocumentsModel {

    enum Kind { NOTICE, SIGN_IN, MINUTES }

    private final UiContext ui;

    MeetingDocumentsModel(UiContext ui) {
        this.ui = ui;
    }

    void export(MeetingView m, Kind kind) {
        if (m == null) {
            return;
        }
        String suggested = m.title() + ui.text("meeting.doc.suffix." + kind.name()) + ".docx";
        ui.dialogs().chooseSaveFile(ui.text("meeting.doc.choose"), suggested, ui.text("meeting.doc.fileTypes"),
                "*.docx", "*.pdf").ifPresent(chosen -> {
                    String name = chosen.getFileName().toString().toLowerCase(Locale.ROOT);
                    Path target = name.endsWith(".pdf") || name.endsWith(".docx") ? chosen
                            : chosen.resolveSibling(chosen.getFileName() + ".docx");
                    ui.executor().execute(BackgroundTask.of(ui.text("meeting.doc.writing", target.getFileName()), p -> {
                        var docs = ui.app().meetingDocuments();
                        Doc doc = switch (kind) {
                            case NOTICE -> docs.notice(m);
                            case SIGN_IN -> docs.signIn(m);
                            case MINUTES -> docs.minutes(m, ui.messages());
                        };
                        docs.write(doc, target);
                        return target;
                    }).onSuccess(t -> ui.dialogs().showInfo(ui.text("meeting.doc.choose"), ui.text("meeting.doc.done", t))));
                });
    }
}
