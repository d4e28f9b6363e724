package jp.hometech.console.shell;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConsoleMenuTest {

    @Test
    void modulesMenuPartsComeInFileNameOrderAndOnlyPagesCount() {
        Set<String> folder = Set.of("/WEB-INF/menu/20-training.xhtml", "/WEB-INF/menu/README.txt",
                "/WEB-INF/menu/10-recruitment.xhtml", "/WEB-INF/menu/40-scheduling.xhtml");
        assertEquals(List.of("/WEB-INF/menu/10-recruitment.xhtml", "/WEB-INF/menu/20-training.xhtml",
                "/WEB-INF/menu/40-scheduling.xhtml"), ConsoleMenu.partsOf(folder));
    }

    @Test
    void noMenuFolderMeansNoModuleParts() {
        assertEquals(List.of(), ConsoleMenu.partsOf(null));
    }
}
