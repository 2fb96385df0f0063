package org.innovationledger.app.ui;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web interface in the system's headless Chromium, over the demo portfolio, as a portfolio manager: signs in
 * through the login form, sees the API's figures on the dashboard, filters, switches language, reads the ledger as
 * it stood earlier. One browser for all steps, in order.
 */
class DashboardBrowserTest extends DemoInTheBrowser {

    @Test
    @Order(1)
    void theManagerSignsInAndSeesTheApisFigures() {
        browser.get(base() + "/ui");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(lang()).isEqualTo("sv");
        assertThat(text("heading")).as("the interface's own login page, in Swedish").isEqualTo("Logga in");
        browser.findElement(By.id("username")).sendKeys("manager");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        awaitUrl("/login?error");
        assertThat(text("login-error")).isEqualTo("Fel användarnamn eller lösenord.");
        screenshot("01-login");
        signIn("manager", "/ui");

        awaitUrl("/ui");
        assertThat(lang()).isEqualTo("sv");
        assertThat(text("heading")).isEqualTo("Portföljöversikt");
        assertThat(text("principal")).isEqualTo("manager");
        assertThat(text("tenant")).as("the region by its name").isEqualTo("Region Stockholm");
        assertThat(element("tenant").getAttribute("data-tenant")).isEqualTo("region-stockholm");
        assertThat(text("role")).isEqualTo("portföljansvarig");

        JsonNode api = api("/api/portfolio");
        assertThat(api.get("total").asInt()).as("the demo's Stockholm portfolio").isEqualTo(27);
        assertThatFiguresAre(api);
        assertThat(stageCount("TEST")).isEqualTo(count(api.get("byStage"), "stage", "TEST"));
        assertThat(browser.findElements(By.cssSelector("[data-test=decisions] tbody tr"))).isNotEmpty();
        assertThat(script("return document.body.dataset.chartsDrawn"))
                .as("Chart.js drew the tables' charts").isNotNull().isNotEqualTo("0");
        screenshot("02-dashboard-sv");
    }

    @Test
    @Order(2)
    void theFiltersAreTheApis() {
        new Select(browser.findElement(By.id("f-status"))).selectByValue("CLOSED");
        browser.findElement(By.cssSelector("[data-test=apply-filters]")).click();
        awaitUrl("status=CLOSED");
        JsonNode api = api("/api/portfolio?status=CLOSED");
        assertThat(api.get("total").asInt()).as("I-AID ended in 2020").isEqualTo(1);
        assertThatFiguresAre(api);
        screenshot("03-dashboard-closed");

        browser.get(base() + "/ui");
        Select units = new Select(browser.findElement(By.id("f-unit")));
        JsonNode unit = api("/api/portfolio").get("byUnit").get(0);
        units.selectByVisibleText(unit.get("unitName").asText());
        browser.findElement(By.cssSelector("[data-test=apply-filters]")).click();
        awaitUrl("unitId=" + unit.get("unitId").asText());
        JsonNode byUnit = api("/api/portfolio?unitId=" + unit.get("unitId").asText());
        assertThat(byUnit.get("total").asInt()).isEqualTo(unit.get("initiatives").asInt());
        assertThatFiguresAre(byUnit);
        assertThat(new Select(browser.findElement(By.id("f-unit"))).getFirstSelectedOption().getText())
                .isEqualTo(unit.get("unitName").asText());
        browser.get(base() + "/ui");
    }

    @Test
    @Order(3)
    void theLanguageSwitchesToEnglishAndDanishAndBack() {
        browser.findElement(By.cssSelector("[data-test=lang-en]")).click();
        awaitLang("en");
        assertThat(text("heading")).isEqualTo("Portfolio overview");
        assertThat(text("role")).isEqualTo("portfolio manager");
        screenshot("04-dashboard-en");

        browser.findElement(By.cssSelector("[data-test=lang-da]")).click();
        awaitLang("da");
        assertThat(text("heading")).isEqualTo("Porteføljeoverblik");
        screenshot("05-dashboard-da");

        browser.get(base() + "/ui");
        assertThat(lang()).as("the choice is kept").isEqualTo("da");
        browser.findElement(By.cssSelector("[data-test=lang-sv]")).click();
        awaitLang("sv");
        assertThat(text("heading")).isEqualTo("Portföljöversikt");
    }

    @Test
    @Order(4)
    void asOfADateBeforeTheDemoTheLedgerWasEmpty() {
        String before = LocalDate.now().minusDays(2).toString();
        setAsOf("as-of-date", before);
        awaitUrl("asOf=" + before);
        assertThat(text("as-of-banner")).contains("Visar liggaren som den såg ut den " + before);
        assertThat(text("total")).isEqualTo("0");
        assertThat(browser.findElements(By.cssSelector("[data-test=decisions] tbody tr"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-test=nav-dashboard]")).getAttribute("href"))
                .as("links keep the point in history").contains("asOf=" + before);
        screenshot("06-as-of-before-the-demo");
        browser.findElement(By.cssSelector("[data-test=as-of-clear]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector("[data-test=as-of-banner]")).isEmpty());
        assertThat(text("total")).isEqualTo("27");
    }

    @Test
    @Order(5)
    void asOfAPositionMidwayTheFiguresAreTheApisThen() {
        long midway = whileStockholmsInitiativesWereRegistered();
        setAsOf("as-of-position", String.valueOf(midway));
        assertThat(text("as-of-banner")).contains(String.valueOf(midway));
        JsonNode then = api("/api/portfolio?asOfPosition=" + midway);
        assertThat(then.get("total").asInt()).isBetween(1, 26);
        assertThatFiguresAre(then);
        screenshot("07-as-of-position");
    }

    @Test
    @Order(6)
    void onATabletThePageFitsItsWidth() {
        browser.manage().window().setSize(new Dimension(820, 1180));
        try {
            browser.get(base() + "/ui");
            assertThat(text("total")).isEqualTo(api("/api/portfolio").get("total").asText());
            assertThat(fitsTheWidth()).as("no sideways scrolling on a tablet").isTrue();
            screenshot("08-dashboard-tablet");
        } finally {
            browser.manage().window().setSize(new Dimension(1366, 1000));
        }
    }

    /** A position at which the API counts some of Stockholm's 27 initiatives but not all (they come in early). */
    private long whileStockholmsInitiativesWereRegistered() {
        long head = api("/api/portfolio").get("position").asLong();
        for (long position = 10; position < head; position += 10) {
            int total = api("/api/portfolio?size=1&asOfPosition=" + position).get("total").asInt();
            if (total > 0 && total < 27) {
                return position;
            }
        }
        throw new AssertionError("no position below " + head + " has part of Stockholm's portfolio");
    }

    private void setAsOf(String inputId, String value) {
        WebElement input = browser.findElement(By.id(inputId));
        setValue(input, value);
        input.submit();
    }

    private void assertThatFiguresAre(JsonNode api) {
        assertThat(text("total")).isEqualTo(api.get("total").asText());
        assertThat(text("pilots")).isEqualTo(api.get("pilots").asText());
        assertThat(text("in-operation")).isEqualTo(api.get("inOperation").asText());
        for (JsonNode stage : api.get("byStage")) {
            assertThat(stageCount(stage.get("stage").asText())).as(stage.toString())
                    .isEqualTo(stage.get("initiatives").asInt());
        }
    }

    private int stageCount(String stage) {
        return Integer.parseInt(browser.findElement(
                By.cssSelector("[data-test=by-stage] tr[data-key=" + stage + "] td")).getText().strip());
    }

    private static int count(JsonNode groups, String key, String value) {
        for (JsonNode group : groups) {
            if (value.equals(group.path(key).asText())) {
                return group.get("initiatives").asInt();
            }
        }
        return 0;
    }
}
