package jp.hometech.console.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.List;
import java.util.Set;

/**
 * The menu parts the modules bring: every {@code /WEB-INF/menu/*.xhtml} of the WAR, in file-name order
 * ({@code 10-recruitment.xhtml}, {@code 20-training.xhtml}, …). The template includes them between the
 * console's own entries, so adding a module adds a file and edits no menu code.
 */
@Named
@ApplicationScoped
public class ConsoleMenu {

    static final String FOLDER = "/WEB-INF/menu/";

    private volatile List<String> parts;

    public List<String> getParts() {
        List<String> found = parts;
        if (found == null) {
            found = partsOf(FacesContext.getCurrentInstance().getExternalContext().getResourcePaths(FOLDER));
            parts = found;
        }
        return found;
    }

    static List<String> partsOf(Set<String> paths) {
        return paths == null ? List.of()
                : paths.stream().filter(path -> path.endsWith(".xhtml")).sorted().toList();
    }
}
