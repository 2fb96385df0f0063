package org.innovationledger.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.innovationledger.app.LedgerClient;
import org.innovationledger.app.ReadSide;
import org.innovationledger.app.demo.DemoLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web interface in the system's headless Chromium, over the demo portfolio. Every browser test class extends
 * this one, so they share one application (loading the demo takes minutes; Spring's test context cache keeps it for
 * all of them) and each opens its own browser, signed in as nobody yet. Screenshots go to
 * {@code target/screenshots/}. Without Chromium and chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs) the tests are skipped, saying so.
 * <p>
 * The application is shared: a class that records something (a gate decision) changes what later classes see, so
 * tests compare the page with the API at the moment they look, never with fixed figures that another class could
 * have changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DemoInTheBrowser {

    static final Path CHROMIUM = Path.of(System.getProperty("ledger.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("ledger.test.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @DynamicPropertySource
    static void demoOnAFreshFolder(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("ledger-ui-test");
        registry.add("ledger.data-dir", data::toString);
        registry.add("ledger.demo", () -> "true");
    }

    @LocalServerPort
    int port;
    @Autowired
    DemoLoader loader;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;

    WebDriver browser;

    @BeforeAll
    void startTheBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "no " + CHROMIUM + " or "
                + CHROMEDRIVER + ": install Debian's chromium and chromium-driver (.ci/run does); skipping the"
                + " browser tests");
        Files.createDirectories(SCREENSHOTS);
        // the system's driver and browser, named outright: Selenium Manager never downloads anything
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,1000", "--lang=sv");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));

        assertThat(loader.result().outcome()).as(String.valueOf(loader.result())).isEqualTo(DemoLoader.Outcome.LOADED);
        ReadSide.awaitCaughtUp(eventStore, processing, Duration.ofMinutes(2));
    }

    @AfterAll
    void stopTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * Signs out through the menu and waits for the login page that confirms it: the next step's navigation would
     * otherwise race the sign-out's (under load the sign-out landed after it and the next test found itself signed out).
     */
    void signOut() {
        browser.findElement(By.cssSelector("[data-test=logout]")).click();
        awaitUrl("/login?logout");
    }

    /** Signs in through the login form (the demo's users have their name as password) and lands on {@code to}. */
    void signIn(String user, String to) {
        browser.get(base() + to);
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        // the click returns before the sign-in's navigation has always landed (seen under CI load): wait for it
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> !driver.getCurrentUrl().contains("/login"));
        awaitPage(to);
    }

    /** The ledger's answer to a GET, as the manager of the demo's Stockholm region. */
    JsonNode api(String path) {
        return api("manager", path);
    }

    JsonNode api(String user, String path) {
        LedgerClient.Response response = new LedgerClient(base(), user, user).get(path);
        assertThat(response.status()).as(path + ": " + response.raw().body()).isEqualTo(200);
        return response.json();
    }

    /** The text of the element marked {@code data-test=testId}. */
    String text(String testId) {
        return element(testId).getText().strip();
    }

    WebElement element(String testId) {
        return browser.findElement(By.cssSelector("[data-test=" + testId + "]"));
    }

    /** Waits (at most 30 s) for the page a click leads to: its address contains {@code part}. */
    void awaitUrl(String part) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(part));
    }

    /** Waits (at most 30 s) until the address contains {@code part} and that page has loaded, after a click. */
    void awaitPage(String part) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            String url = driver.getCurrentUrl();
            return url != null && url.contains(part)
                    && "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState"));
        });
    }

    /** Waits (at most 30 s) for a page in {@code language}, after a click on the language switch. */
    void awaitLang(String language) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> language.equals(lang()));
    }

    String lang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** Sets an input's value as the form sends it (a date input's typing depends on the browser's locale). */
    void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** Whether the page is no wider than the window (wide tables scroll inside their own box). */
    boolean fitsTheWidth() {
        return (Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth");
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    void screenshot(String name) {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("could not keep the screenshot " + name, e);
        }
    }
}
