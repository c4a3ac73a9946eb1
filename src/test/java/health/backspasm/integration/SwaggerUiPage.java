package health.backspasm.integration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI as a person uses it: find an operation, expand it, press "Try it out" and
 * "Execute" with the examples the contract ships, and read the status in the response panel.
 */
final class SwaggerUiPage {

    /** Generous: Swagger UI renders the whole contract, and the build machine may be busy. */
    private static final Duration WAIT = Duration.ofSeconds(90);

    private final WebDriver driver;
    private final WebDriverWait wait;

    SwaggerUiPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /** Loads Swagger UI and waits until it has rendered the contract's operations. */
    SwaggerUiPage open(String baseUrl) {
        driver.get(baseUrl + "/q/swagger-ui/");
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".information-container .title")));
        } catch (TimeoutException e) {
            String page = driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("Swagger UI did not render at " + driver.getCurrentUrl() + " within " + WAIT
                    + "; the page shows: " + page.substring(0, Math.min(300, page.length())), e);
        }
        return this;
    }

    /** The title Swagger UI shows for the contract. */
    String title() {
        return driver.findElement(By.cssSelector(".information-container .title")).getText();
    }

    /** Every operation shown, as "METHOD /path". */
    List<String> operations() {
        return driver.findElements(By.cssSelector(".opblock")).stream()
                .map(block -> block.findElement(By.cssSelector(".opblock-summary-method")).getText() + " "
                        + block.findElement(By.cssSelector(".opblock-summary-path")).getDomAttribute("data-path"))
                .toList();
    }

    /**
     * Expands the operation, presses "Try it out" then "Execute" without editing anything, and
     * returns the status code shown in the live response panel.
     */
    Execution execute(String method, String path) {
        WebElement block = operation(method, path);
        scrollTo(block);
        block.findElement(By.cssSelector(".opblock-summary")).click();
        clickableIn(block, ".try-out__btn").click();
        clickableIn(block, ".btn.execute").click();
        WebElement status = wait.until(d -> {
            List<WebElement> cells = block.findElements(
                    By.cssSelector(".live-responses-table .response .response-col_status"));
            return cells.isEmpty() || cells.get(0).getText().isBlank() ? null : cells.get(0);
        });
        String body = block.findElements(By.cssSelector(".live-responses-table .response-col_description pre"))
                .stream().findFirst().map(WebElement::getText).orElse("");
        return new Execution(block, status.getText().trim(), body);
    }

    /** Saves a picture of the operation's block (request and response) as a PNG. */
    Path screenshot(Execution execution, Path file) throws IOException {
        scrollTo(execution.block());
        Files.createDirectories(file.getParent());
        Path png = execution.block().getScreenshotAs(OutputType.FILE).toPath();
        return Files.copy(png, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Saves a picture of the page as it is in the window. */
    Path screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        return Files.copy(png, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private WebElement operation(String method, String path) {
        String xpath = "//div[contains(@class,'opblock ')][.//*[contains(@class,'opblock-summary-method')"
                + " and normalize-space(.)='" + method + "']][.//*[@data-path='" + path + "']]";
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(xpath)));
    }

    /**
     * Waits until the block holds a visible, enabled element of that selector: the block renders
     * its buttons only after it has been expanded (or "Try it out" pressed), so looking once would
     * race the page.
     */
    private WebElement clickableIn(WebElement block, String selector) {
        return wait.until(d -> block.findElements(By.cssSelector(selector)).stream()
                .filter(element -> element.isDisplayed() && element.isEnabled())
                .findFirst()
                .orElse(null));
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }

    /** What pressing "Execute" showed: the operation's block, the status and the response body. */
    record Execution(WebElement block, String status, String body) {
    }
}
