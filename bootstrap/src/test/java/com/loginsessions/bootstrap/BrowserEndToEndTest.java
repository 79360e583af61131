package com.loginsessions.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.loginsessions.bootstrap.ApiClient.Login;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a person sees, in a real browser (headless Chromium): the seed's how-to in Swagger UI step by step, and the
 * "Your devices" page. A failing test leaves a screenshot under target/browser-screenshots.
 */
class BrowserEndToEndTest extends RunningServiceTest {

    private Chromium chromium;
    private String testName;

    @BeforeEach
    void browser(TestInfo test) throws Exception {
        testName = test.getTestMethod().map(m -> m.getName()).orElse("browser");
        chromium = Chromium.start(1280, 1000);
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.screenshot(testName + "-last");
            chromium.close();
        }
    }

    @Test
    void the_seeds_how_to_in_swagger_ui_with_bearer_pasted_as_the_seed_says() {
        howToInSwagger(token -> "Bearer " + token);
    }

    @Test
    void the_seeds_how_to_in_swagger_ui_with_the_bare_token() {
        howToInSwagger(token -> token);
    }

    private void howToInSwagger(java.util.function.UnaryOperator<String> pasted) {
        String phone = api.registered();
        Login phoneOfTheUser = api.login(phone, ApiClient.IPHONE);
        Login tablet = api.login(phone, ApiClient.IPAD);
        chromium.driver.get(base() + "/docs");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
        assertThat(chromium.driver.findElements(By.cssSelector(".opblock"))).as("each operation once").hasSize(10);

        // step 2-3: log in with Try it out
        String login = execute("post", "/api/v1/auth/login",
                "{\"phone\":\"" + phone + "\",\"password\":\"" + ApiClient.PASSWORD + "\"}", null);
        String token = between(login, "\"access_token\": \"", "\"");
        String mySession = between(login, "\"session_id\": \"", "\"");

        // step 4: Authorize
        chromium.driver.findElement(By.cssSelector("button.authorize")).click();
        WebElement input = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".modal-ux input[type=text], .modal-ux input:not([type])")));
        input.sendKeys(pasted.apply(token));
        chromium.driver.findElement(By.cssSelector(".modal-ux .auth-btn-wrapper button.authorize")).click();
        chromium.driver.findElement(By.cssSelector(".modal-ux button.btn-done")).click();

        // step 5: list, this device is_current
        String list = execute("get", "/api/v1/sessions/", null, null);
        assertThat(list).contains("\"is_current\": true").contains(mySession).contains(phoneOfTheUser.sessionId());
        assertThat(status()).isEqualTo("200");

        // step 6: delete one by id
        String deleted = execute("delete", "/api/v1/sessions/{session_id}", null, phoneOfTheUser.sessionId());
        assertThat(deleted).contains("Session signed out successfully");

        // step 7: delete all others
        String others = execute("delete", "/api/v1/sessions/", null, null);
        assertThat(others).contains("Signed out of all other devices").contains("\"revoked\": 1");

        // step 8: the deleted sessions' tokens get 401, this one still works
        assertThat(api.get("/api/v1/sessions/", phoneOfTheUser.token()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/sessions/", tablet.token()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/sessions/", token).status()).isEqualTo(200);
    }

    @Test
    void the_devices_page_signs_in_lists_and_signs_devices_out() {
        String phone = api.registered();
        Login other = api.login(phone, ApiClient.IPHONE);
        api.login(phone, ApiClient.IPAD);
        api.post("/api/v1/auth/login", ApiClient.credentials(phone, ApiClient.PASSWORD),
                java.util.Map.of("User-Agent", "<img src=x onerror=alert(1)>", "Sec-CH-UA-Model", "\"<img src=x onerror=alert(2)>\""));

        chromium.driver.get(base() + "/devices");
        signIn(phone, "a wrong password");
        assertThat(message()).isEqualTo("Wrong phone number or password.");
        signIn(phone, ApiClient.PASSWORD);

        List<WebElement> devices = deviceItems(4);
        chromium.screenshot("devices-page");
        WebElement first = devices.get(0);
        assertThat(first.getAttribute("data-current")).isEqualTo("true");
        assertThat(first.getText()).contains("This device").contains("Chrome").contains("last active just now");
        assertThat(chromium.driver.getPageSource()).doesNotContain("<img src=\"x\"");
        assertThat(chromium.driver.findElement(By.id("device-list")).getText()).contains("<img src=x onerror=alert(2)>");
        assertThat(chromium.driver.findElements(By.cssSelector("#device-list img"))).as("markup stays text").isEmpty();
        WebElement iphone = devices.stream().filter(d -> other.sessionId().equals(d.getAttribute("data-session-id")))
                .findFirst().orElseThrow();
        assertThat(iphone.getText()).contains("Safari 17 on iOS 17").contains("127.0.0.1");
        assertThat(iphone.findElement(By.tagName("time")).getAttribute("title")).endsWith("UTC");

        iphone.findElement(By.cssSelector("button.sign-out")).click();
        chromium.wait.until(d -> message().equals("That device was signed out."));
        deviceItems(3);
        assertThat(api.get("/api/v1/sessions/", other.token()).status()).isEqualTo(401);

        chromium.driver.findElement(By.id("sign-out-others")).click();
        chromium.wait.until(d -> message().equals("Signed out of 2 other devices."));
        deviceItems(1);
    }

    @Test
    void a_device_signed_out_elsewhere_returns_to_sign_in_with_a_clear_message() {
        String phone = api.registered();
        chromium.driver.get(base() + "/devices");
        signIn(phone, ApiClient.PASSWORD);
        deviceItems(1);
        Login laptop = api.login(phone, ApiClient.WINDOWS_CHROME);
        api.delete("/api/v1/sessions/", laptop.token());

        chromium.driver.findElement(By.id("refresh")).click();

        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        assertThat(message()).isEqualTo("This device was signed out. Sign in again to continue.");
    }

    @Test
    void the_devices_page_works_at_phone_width_with_the_keyboard_alone() throws Exception {
        chromium.close();
        chromium = Chromium.start(375, 740);
        String phone = api.registered();
        chromium.driver.get(base() + "/devices");
        chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone")));

        chromium.driver.switchTo().activeElement().sendKeys(phone, Keys.TAB, ApiClient.PASSWORD, Keys.ENTER);

        deviceItems(1);
        Long overflow = (Long) ((JavascriptExecutor) chromium.driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling").isLessThanOrEqualTo(0L);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void signIn(String phone, String password) {
        WebElement phoneInput = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone")));
        phoneInput.clear();
        phoneInput.sendKeys(phone);
        WebElement passwordInput = chromium.driver.findElement(By.id("password"));
        passwordInput.clear();
        passwordInput.sendKeys(password);
        chromium.driver.findElement(By.id("sign-in-button")).click();
        chromium.wait.until(d -> !d.findElement(By.id("message")).getText().isEmpty()
                || d.findElement(By.id("devices")).isDisplayed());
    }

    private List<WebElement> deviceItems(int expected) {
        chromium.wait.until(d -> d.findElements(By.cssSelector("#device-list li.device")).size() == expected);
        return chromium.driver.findElements(By.cssSelector("#device-list li.device"));
    }

    private String message() {
        return chromium.driver.findElement(By.id("message")).getText();
    }

    /** Opens an operation, presses Try it out, fills what it takes, presses Execute; returns the response body. */
    private String execute(String method, String path, String body, String sessionId) {
        WebElement operation = chromium.driver.findElements(By.cssSelector(".opblock.opblock-" + method)).stream()
                .filter(op -> path.equals(op.findElement(By.cssSelector(".opblock-summary-path"))
                        .getAttribute("data-path")))
                .findFirst().orElseThrow(() -> new AssertionError("no operation " + method + " " + path));
        if (operation.findElements(By.cssSelector("button.try-out__btn")).isEmpty()) {
            operation.findElement(By.cssSelector(".opblock-summary")).click();
        }
        WebElement tryOut = chromium.wait.until(d -> operation.findElement(By.cssSelector("button.try-out__btn")));
        if (!tryOut.getText().toLowerCase().contains("cancel")) {
            tryOut.click();
        }
        if (body != null) {
            WebElement textarea = chromium.wait.until(d -> operation.findElement(By.cssSelector("textarea.body-param__text")));
            textarea.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            textarea.sendKeys(body);
        }
        if (sessionId != null) {
            WebElement parameter = operation.findElement(By.cssSelector("tr[data-param-name='session_id'] input"));
            parameter.clear();
            parameter.sendKeys(sessionId);
        }
        operation.findElement(By.cssSelector("button.execute")).click();
        WebElement response = chromium.wait.until(d -> {
            List<WebElement> live = operation.findElements(By.cssSelector(".live-responses-table .response-col_description pre"));
            return live.isEmpty() || live.get(0).getText().isBlank() ? null : live.get(0);
        });
        lastOperation = operation;
        return response.getText();
    }

    private WebElement lastOperation;

    private String status() {
        return lastOperation.findElement(By.cssSelector(".live-responses-table tbody .response-col_status")).getText().strip();
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("%s in %s", start, text).isNotNegative();
        int to = text.indexOf(end, from + start.length());
        return text.substring(from + start.length(), to);
    }
}
