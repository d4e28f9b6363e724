package jp.hometech.console.recruitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jp.hometech.console.shell.Messages;
import jp.hometech.recruitment.api.R4cTopic;

import java.util.List;

/**
 * Texts of the recruitment bundle that take arguments, for pages: the screening reasons (R8) come from the
 * module as a message key with arguments and are formatted here in the viewer's language.
 */
@Named
@ApplicationScoped
public class RecruitmentTexts {

    public String format(String key, Object[] arguments) {
        return key == null ? "" : Messages.text(key, arguments == null ? new Object[0] : arguments);
    }

    /** For argument lists written in the page, e.g. {@code [row.id, row.name]}. */
    public String formatList(String key, List<?> arguments) {
        return format(key, arguments == null ? null : arguments.toArray());
    }

    public R4cTopic[] getTopics() {
        return R4cTopic.values();
    }
}
