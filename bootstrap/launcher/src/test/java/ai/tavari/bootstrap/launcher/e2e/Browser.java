package ai.tavari.bootstrap.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's Chromium (Debian {@code chromium} and {@code chromium-driver}, installed by
 * {@code .ci/run}) driven headless through its chromedriver, for the dashboard tests. A desktop
 * browser is 1280×800; a phone is a 375×812 mobile viewport. Screenshots go to
 * {@code target/screenshots/}; {@link #checkPage()} fails on script errors, unlabelled controls
 * and sideways scrolling.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of(System.getProperty("tavari.e2e.screenshots", "target/screenshots"));
    /** The browser and its driver: from the PATH, or -Dtavari.e2e.chromium=… and -Dtavari.e2e.chromedriver=…. */
    private static final String CHROMIUM = System.getProperty("tavari.e2e.chromium", onPath("chromium"));
    private static final String CHROMEDRIVER = System.getProperty("tavari.e2e.chromedriver", onPath("chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final URI base;
    private final int width;

    private Browser(URI base, int width, int height, boolean mobile) {
        this(base, width, height, mobile, false);
    }

    private Browser(URI base, int width, int height, boolean mobile, boolean recordNavigation) {
        assertThat(Path.of(CHROMIUM)).as("Chromium is needed for the dashboard tests: apt-get install chromium chromium-driver"
                + " (as .ci/run does)").exists();
        assertThat(Path.of(CHROMEDRIVER)).as("chromedriver is needed for the dashboard tests: apt-get install chromium-driver"
                + " (as .ci/run does)").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=en-US",
                "--hide-scrollbars", "--no-first-run", "--disable-extensions", "--window-size=" + Math.max(width, 800) + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        if (recordNavigation) {
            logs.enable(LogType.PERFORMANCE, Level.ALL);
        }
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.base = base;
        this.width = width;
        if (mobile) {
            // a headless window is at least 500 px wide: a phone's viewport needs the device metrics
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        }
    }

    private static String onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return command;
    }

    static Browser desktop(TavariServer server) {
        return new Browser(server.baseUri(), 1280, 800, false);
    }

    /** A desktop browser on any server that records where it navigates ({@link #navigatedTo}). */
    static Browser recordingNavigation(URI base) {
        return new Browser(base, 1280, 800, false, true);
    }

    /**
     * Whether the page sent the browser to an address starting with {@code prefix} (a payment page
     * elsewhere, which tests cannot load), read from the browser's network log.
     */
    boolean navigatedTo(String prefix) {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String message = entry.getMessage();
            if (message.contains("\"Network.requestWillBeSent\"") && message.contains("\"type\":\"Document\"")
                    && message.contains("\"url\":\"" + prefix)) {
                return true;
            }
        }
        return false;
    }

    static Browser desktop(URI base) {
        return new Browser(base, 1280, 800, false);
    }

    static Browser phone(TavariServer server) {
        return new Browser(server.baseUri(), 375, 812, true);
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a page of the server ({@code "app/calls/"}) and waits until Alpine has shown it. */
    Browser open(String path) {
        driver.get(base.resolve(path).toString());
        return ready();
    }

    /** Waits until the page's scripts have run (nothing is left cloaked) and nothing is loading. */
    Browser ready() {
        new WebDriverWait(driver, WAIT).withMessage(this::whyNotReady).until(d -> Boolean.TRUE.equals(script(
                "return document.readyState === 'complete' && !document.querySelector('[data-include]')"
                        + " && !document.querySelector('[x-cloak]:not(template)') && !document.querySelector('[aria-busy=\"true\"]')")));
        return this;
    }

    /** What still holds a page back, and what its console said: for the message of a failed wait. */
    private String whyNotReady() {
        Object pending = script("return [...document.querySelectorAll('[data-include], [x-cloak]:not(template), [aria-busy=\"true\"]')]"
                + ".map(e => e.outerHTML.slice(0, 120))");
        StringBuilder console = new StringBuilder();
        driver.manage().logs().get(LogType.BROWSER).forEach(entry -> console.append("\n  ").append(entry.getMessage()));
        return driver.getCurrentUrl() + " not ready; still pending: " + pending + "; console:" + console;
    }

    /** Logs the owner in by giving the browser their session cookie (log-in itself is tested through its form). */
    Browser logIn(OwnerApi.Owner owner) {
        driver.get(base.resolve("login/").toString());
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie.Builder("tavari_session", owner.token()).path("/").isHttpOnly(true).build());
        return this;
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** The visible elements matching {@code css} (an element re-rendered meanwhile counts as gone). */
    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css)).stream().filter(element -> {
            try {
                return element.isDisplayed();
            } catch (StaleElementReferenceException rerendered) {
                return false;
            }
        }).toList();
    }

    /** The visible element matching {@code css} whose text contains {@code text}. */
    WebElement findWithText(String css, String text) {
        return new WebDriverWait(driver, WAIT).withMessage(() -> "no visible " + css + " with text '" + text + "' on "
                + driver.getCurrentUrl()).ignoring(StaleElementReferenceException.class).until(d -> all(css).stream().filter(e -> e.getText().contains(text)).findFirst().orElse(null));
    }

    Browser click(String css) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
        return this;
    }

    Browser clickText(String css, String text) {
        WebElement element = findWithText(css, text);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(element)).click();
        return this;
    }

    /** Replaces the value of an input by typing, as an owner would. */
    Browser type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Sets a date or time input (their typed format depends on the browser's locale) and tells Alpine. */
    Browser setValue(String css, String value) {
        WebElement input = find(css);
        script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
        return this;
    }

    Browser waitForUrl(String pathAndQuery) {
        new WebDriverWait(driver, WAIT).withMessage(() -> "expected " + pathAndQuery + " but was " + driver.getCurrentUrl())
                .until(d -> d.getCurrentUrl().startsWith(base.resolve(pathAndQuery).toString()));
        return ready();
    }

    Browser waitUntil(String description, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, WAIT).withMessage(() -> description + " on " + driver.getCurrentUrl())
                .ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
        return this;
    }

    String path() {
        URI current = URI.create(driver.getCurrentUrl());
        return current.getRawPath() + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery());
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** The whole page (at most 6000 px of it) as a PNG under target/screenshots/{@code name}.png. */
    Path screenshot(String name) {
        return screenshot(name, 6000);
    }

    /** The top {@code maxHeight} px of the page as a PNG under target/screenshots/{@code name}.png. */
    Path screenshot(String name, int maxHeight) {
        script("window.scrollTo(0, 0)");
        Number height = (Number) script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", Math.min(height.intValue(), maxHeight), "scale", 1)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One element as it shows (scrolled into view) as a PNG under target/screenshots/{@code name}.png. */
    Path screenshotOf(String css, String name) {
        WebElement element = find(css);
        script("arguments[0].scrollIntoView({block: 'start'})", element);
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, element.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What every page must get right: no script errors (Alpine reports its expression errors as
     * warnings), one h1, every visible form control and button named, and no sideways scrolling.
     */
    Browser checkPage() {
        List<String> problems = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            boolean failedRequest = message.contains("Failed to load resource");
            if ((entry.getLevel().intValue() >= Level.SEVERE.intValue() && !failedRequest)
                    || message.contains("Alpine") || message.contains("Uncaught")) {
                problems.add("console: " + message);
            }
        }
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) script("""
                const visible = e => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
                const named = e => (e.labels && [...e.labels].some(l => l.textContent.trim()))
                    || (e.getAttribute('aria-label') || '').trim() || e.getAttribute('aria-labelledby')
                    || (e.tagName === 'BUTTON' || e.tagName === 'A') && e.textContent.trim();
                return [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button, a[href]')]
                    .filter(e => visible(e) && !named(e)).map(e => e.outerHTML.slice(0, 160));""");
        unlabelled.forEach(html -> problems.add("no accessible name: " + html));
        @SuppressWarnings("unchecked")
        List<String> faint = (List<String>) script(CONTRAST);
        faint.forEach(text -> problems.add("low contrast: " + text));
        Number h1 = (Number) script("return [...document.querySelectorAll('h1')].filter(h => h.offsetHeight).length");
        if (h1.intValue() != 1) {
            problems.add(h1 + " visible h1 headings instead of one");
        }
        Number overflow = (Number) script("return document.documentElement.scrollWidth - window.innerWidth");
        if (overflow.intValue() > 0) {
            problems.add("scrolls sideways by " + overflow + " px at " + width + " px wide");
        }
        assertThat(problems).as("page %s", driver.getCurrentUrl()).isEmpty();
        return this;
    }

    /**
     * Text that does not reach WCAG AA contrast with the background colour it sits on: 4.5:1, or 3:1
     * for large text. Text on a picture or gradient, and faded (disabled) controls, are left out.
     */
    private static final String CONTRAST = """
            const parse = c => { const m = /rgba?\\(([^)]+)\\)/.exec(c || ''); if (!m) return null;
                const p = m[1].split(',').map(parseFloat); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
            const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
            const bad = [];
            for (const el of document.querySelectorAll('body *')) {
                if (!el.getClientRects().length) continue;
                if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
                const style = getComputedStyle(el);
                const fg = parse(style.color);
                if (style.visibility === 'hidden' || !fg || fg.a < 0.5) continue;
                let bg = null, skip = false;
                for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
                    const s = getComputedStyle(n);
                    if (parseFloat(s.opacity) < 1 || (s.backgroundImage && s.backgroundImage !== 'none')) { skip = true; break; }
                    const c = parse(s.backgroundColor);
                    if (c && c.a > 0.9) { bg = c; break; }
                }
                if (skip) continue;
                bg = bg || { r: 255, g: 255, b: 255 };
                const [hi, lo] = [lum(fg), lum(bg)].sort((x, y) => y - x);
                const ratio = (hi + 0.05) / (lo + 0.05);
                const size = parseFloat(style.fontSize), weight = parseInt(style.fontWeight, 10);
                const large = size >= 24 || (size >= 18.66 && weight >= 700);
                if (ratio < (large ? 3 : 4.5)) {
                    bad.push(ratio.toFixed(2) + ':1 "' + el.textContent.trim().slice(0, 40) + '" ' + style.color + ' on ' + JSON.stringify(bg));
                }
            }
            return bad;""";

    /** Tab order starts at the skip link, then reaches the page's main content before anything else in it. */
    Browser checkSkipLinkFirst() {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).as("first tab stop").contains("skip-link");
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
