package cn.gov.lanzhou.supervision.portal;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.util.logging.Logger;

/**
 * Checks the web-layer settings before any filter or page is set up — a malformed value stops
 * the deployment with a message naming the key — and sets the session idle timeout from
 * {@code portal.web.session-timeout-minutes} (the same for the WAR and the EAR).
 */
@WebListener
public class WebProtectionStartup implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(WebProtectionStartup.class.getName());

    private final WebProtectionSettings settings;

    /** Reads MicroProfile Config. */
    public WebProtectionStartup() {
        this(new WebProtectionSettings());
    }

    WebProtectionStartup(WebProtectionSettings settings) {
        this.settings = settings;
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        settings.check();
        int minutes = settings.sessionTimeoutMinutes();
        event.getServletContext().setSessionTimeout(minutes);
        LOG.info(() -> "会话空闲超时 / session idle timeout: " + minutes + " min");
    }
}
