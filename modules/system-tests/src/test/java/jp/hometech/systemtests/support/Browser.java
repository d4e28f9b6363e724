package jp.hometech.systemtests.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Headless Debian Chromium driven by the Debian chromedriver (nothing is downloaded), with the few steps
 * every console journey needs: open a page, log in, find a field by its label, wait for AJAX. Every page it shows
 * for the first time is scanned for WCAG 2 A/AA violations ({@link AccessibilityScan}).
 */
public final class Browser implements AutoCloseable {

    public static final String BASE_URL = System.getProperty("backoffice.it.base-url", "http://localhost:8180");
    private final WebDriver driver;
    private final AccessibilityScan accessibility = new AccessibilityScan();

    private static final int MIN_WINDOW_WIDTH = 500;

    public Browser() {
        this(1400, 1000);
    }

    /** A browser whose window is this wide and high, e.g. 390 × 844 for a phone. */
    public Browser(int width, int height) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=" + Math.max(width, MIN_WINDOW_WIDTH) + "," + height, "--lang=ja");
        if (width < MIN_WINDOW_WIDTH) {
            // Chromium's windows are at least 500 px wide; a phone's screen is emulated instead.
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", width, "height", height, "pixelRatio", 2.0)));
        }
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(BASE_URL + path);
        accessibility.scanIfNew(driver);
    }

    /** Opens the login page, signs in and waits until the answer (the landing page or the login page again) is loaded. */
    public void logIn(String username, String password) {
        open("/login.xhtml");
        driver.findElement(By.id("loginForm:username")).clear();
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        click(By.id("loginForm:submit"));
    }

    /**
     * Clicks something that talks to the server and returns when its answer is on the screen: either a new page
     * has replaced this one and finished loading, or every AJAX request the click started (and any it chained)
     * has completed and the page has been quiet for a moment. Reading an element after this never meets a
     * node that an update is about to replace. For clicks that stay in the browser (a checkbox, a radio label),
     * click the element itself.
     */
    public void click(By target) {
        click(driver.findElement(target));
    }

    public void click(WebElement target) {
        String mark = markPage();
        target.click();
        awaitSettled(mark);
        accessibility.scanIfNew(driver);
    }

    /** Presses Enter in a field of a form that submits on Enter, then waits like {@link #click(By)}. */
    public void submitWithEnter(WebElement field) {
        String mark = markPage();
        field.sendKeys(org.openqa.selenium.Keys.ENTER);
        awaitSettled(mark);
        accessibility.scanIfNew(driver);
    }

    /**
     * Leaves a token in this page's window and, once per page, counts jQuery's AJAX requests (PrimeFaces sends
     * every request through jQuery): a request counts as done only after its complete callback, that is after
     * PrimeFaces has applied the update to the page. A page that starts leaving (a form post, or an AJAX answer
     * that redirects) is busy until the new one has loaded; a new page has no token.
     */
    private String markPage() {
        String mark = java.util.UUID.randomUUID().toString();
        ((JavascriptExecutor) driver).executeScript(PAGE_MARK_SCRIPT, mark);
        return mark;
    }

    private void awaitSettled(String mark) {
        long[] quietSince = {0};
        String[] last = {""};
        new WebDriverWait(driver, Duration.ofSeconds(45), Duration.ofMillis(50)).until(d -> {
            String state = String.valueOf(((JavascriptExecutor) d).executeScript(SETTLE_SCRIPT, mark));
            long now = System.nanoTime();
            if (!state.equals(last[0])) {
                last[0] = state;
                quietSince[0] = now;
                return false;
            }
            // A new page that finished loading, or the same page with at least one answered request and none open.
            boolean answered = state.startsWith("new:0:") || (state.startsWith("same:0:") && !state.endsWith(":0"));
            return answered && now - quietSince[0] >= QUIET.toNanos();
        });
    }

    private static final Duration QUIET = Duration.ofMillis(150);

    private static final String PAGE_MARK_SCRIPT = """
            window.__boMark = arguments[0];
            window.__boAjax = window.__boAjax || { open: 0, done: 0 };
            window.__boAjax.done = 0;
            if (!window.__boUnloadHooked) {
              window.__boUnloadHooked = true;
              window.addEventListener('beforeunload', function () { window.__boLeaving = true; });
            }
            if (window.jQuery && !window.__boAjaxHooked) {
              window.__boAjaxHooked = true;
              jQuery.ajaxPrefilter(function (options) {
                window.__boAjax.open++;
                options.complete = [].concat(options.complete || [], [function () {
                  window.__boAjax.open--;
                  window.__boAjax.done++;
                }]);
              });
            }
            """;

    /** "same|new : requests open (or the page still loading) : requests answered since the mark". */
    private static final String SETTLE_SCRIPT = """
            var page = window.__boMark === arguments[0] ? 'same' : 'new';
            var ajax = window.__boAjax || { open: 0, done: 0 };
            var open = (document.readyState !== 'complete' || window.__boLeaving ? 1 : 0) + (page === 'same' ? ajax.open : 0);
            return page + ':' + open + ':' + (page === 'same' ? ajax.done : 0);
            """;

    /** The input that a {@code <label for=...>} with this text points to, as a screen reader finds it. */
    public WebElement fieldLabelled(String formId, String labelText) {
        if (labelText == null || labelText.isEmpty()) {
            return null;
        }
        WebElement label = driver.findElement(By.xpath("//form[@id='" + formId + "']//label[normalize-space(.)='" + labelText
                + "' or normalize-space(.)='" + labelText + "*']"));
        return driver.findElement(By.id(label.getAttribute("for")));
    }

    public boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    public WebElement waitVisible(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public String sessionId() {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    public void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    /** Status code of a GET with this browser's cookies, which Selenium itself cannot tell. */
    public int statusOf(String path) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + path)).GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    public void screenshot(String name) {
        try {
            Path directory = Path.of(System.getProperty("backoffice.it.screenshots", "target/screenshots"));
            Files.createDirectories(directory);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
