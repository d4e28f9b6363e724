package jp.hometech.systemtests.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
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
 * every console journey needs: open a page, log in, find a field by its label, wait for AJAX.
 */
public final class Browser implements AutoCloseable {

    public static final String BASE_URL = System.getProperty("backoffice.it.base-url", "http://localhost:8180");
    private final WebDriver driver;

    public Browser() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1400,1000", "--lang=ja");
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(BASE_URL + path);
    }

    public void logIn(String username, String password) {
        open("/login.xhtml");
        driver.findElement(By.id("loginForm:username")).clear();
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:submit")).click();
    }

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
