package jp.hometech.console.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jp.hometech.platform.api.account.AccountService;
import jp.hometech.platform.api.account.AccountView;

import java.io.Serializable;
import java.util.Locale;

/**
 * The signed-in user's name and language. Japanese until the user picks English; the choice is stored on the
 * account, so it follows the user to the next session.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale JAPANESE = Locale.JAPANESE;

    @EJB
    AccountService accounts;

    private Locale locale = JAPANESE;
    private String username;
    private String displayName;

    public void signedIn(AccountView account) {
        username = account.getUsername();
        displayName = account.getDisplayName();
        locale = Locale.forLanguageTag(account.getPreferredLanguage());
    }

    public void switchLanguage(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : JAPANESE;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        if (username != null) {
            accounts.changePreferredLanguage(username, locale.getLanguage());
        }
    }

    /** The login page's ?lang= parameter, so a user who logs out in English stays in English. */
    public void setLanguageParameter(String language) {
        if (language != null && username == null) {
            locale = "en".equals(language) ? Locale.ENGLISH : JAPANESE;
        }
    }

    public String getLanguageParameter() {
        return null;
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isJapanese() {
        return JAPANESE.getLanguage().equals(locale.getLanguage());
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }
}
