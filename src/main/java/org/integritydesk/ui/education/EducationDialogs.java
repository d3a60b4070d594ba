package org.integritydesk.ui.education;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.integritydesk.model.ActivitySummary;
import org.integritydesk.model.EducationActivity;
import org.integritydesk.service.EducationService.AttendeeChoice;

/** The windows the 教育活动 tab opens; a fake in tests. */
public interface EducationDialogs {
    /** Opens the activity form, empty for {@code activityId} null; {@code onSaved} gets the stored activity. */
    void openForm(UUID activityId, Consumer<EducationActivity> onSaved);

    /** Asks whom to put on the list; {@code onChosen} is not called when the user cancels. */
    void chooseAttendees(Consumer<AttendeeChoice> onChosen);

    /** Fills the activity's sign-in sheet in the background and shows it in the print preview. */
    void previewSignInSheet(UUID activityId);

    /**
     * Opens 导入签到表 for the activity; {@code onImported} runs after an import recorded attendance.
     * A fake may leave it out.
     */
    default void importAttendance(UUID activityId, String activityTitle, Runnable onImported) {
    }

    /** Fills the 教育活动台账 of these activities (as filtered on screen) and shows it in the print preview. */
    void previewActivityList(int year, List<ActivitySummary> activities,
            String filterText);
}
