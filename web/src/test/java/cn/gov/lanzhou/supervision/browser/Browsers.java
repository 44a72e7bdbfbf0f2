package cn.gov.lanzhou.supervision.browser;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, with everything that would reach
 * outside the machine switched off (Selenium Manager, Chromium's background services, DNS).
 */
public final class Browsers {

    private Browsers() {
    }

    public static ChromeDriver chromium(int width, int height) {
        System.setProperty("SE_OFFLINE", "true");
        String driverPath = System.getProperty("chromedriver.path", "/usr/bin/chromedriver");
        String chromiumPath = System.getProperty("chromium.path", "/usr/bin/chromium");
        if (!new File(driverPath).canExecute() || !new File(chromiumPath).canExecute()) {
            throw new IllegalStateException("Chromium not found at " + chromiumPath + " / " + driverPath
                    + ": run ./test.sh, which installs Debian's chromium and chromium-driver");
        }
        try {
            Path profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromiumPath);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-extensions", "--lang=zh-CN",
                    "--user-data-dir=" + profile,
                    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
                    "--window-size=" + width + "," + height);
            // The console (CSP violations among it) for driver.manage().logs().get(LogType.BROWSER).
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logging);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(driverPath)).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(width, height));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
