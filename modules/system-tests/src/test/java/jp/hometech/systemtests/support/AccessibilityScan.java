package jp.hometech.systemtests.support;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * WCAG 2.1 A and AA with axe-core (colour contrast among them) over each page a browser reaches: once per page path
 * and browser, the first time the page is shown. Any violation fails the test that reached the page, with the rule,
 * the elements and what is wrong with them. No rule is excluded.
 */
public final class AccessibilityScan {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Set<String> scanned = new HashSet<>();

    /** Scans the page now shown unless its path was scanned already by this browser. */
    public void scanIfNew(WebDriver driver) {
        String path = URI.create(driver.getCurrentUrl()).getPath();
        if (path == null || !path.endsWith(".xhtml") || !scanned.add(path)) {
            return;
        }
        assertNoViolations(driver, path);
    }

    /** Scans the page as it is now (also after an AJAX update), whatever was scanned before. */
    public static void assertNoViolations(WebDriver driver, String what) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        if (results.getErrorMessage() != null) {
            throw new AssertionError("axe-core could not scan " + what + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("WCAG 2 A/AA violations on " + what + ":\n" + describe(violations));
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + "\n" + rule.getNodes().stream().limit(15).map(AccessibilityScan::node).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String node(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml();
        return "    " + node.getTarget() + " " + (html.length() > 160 ? html.substring(0, 160) + "…" : html)
                + "\n      " + String.valueOf(node.getFailureSummary()).replace("\n", " ");
    }
}
