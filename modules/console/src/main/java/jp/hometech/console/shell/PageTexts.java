package jp.hometech.console.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Any module's or the console's text by key, for pages and components that get a key rather than a text. */
@Named
@ApplicationScoped
public class PageTexts {

    public String text(String key) {
        return key == null ? "" : Messages.text(key);
    }
}
