package jp.hometech.console.recruitment;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jp.hometech.console.shell.Messages;

/** What the recruitment pages need beyond the shell's {@link Messages}: warnings, and messages for this response only. */
final class PageMessages {

    static void warn(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.text(key, arguments), null));
    }

    /** The page answers the postback itself (no redirect), so the messages must not show again on the next request. */
    static void onThisPageOnly() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
    }

    private PageMessages() {
    }
}
