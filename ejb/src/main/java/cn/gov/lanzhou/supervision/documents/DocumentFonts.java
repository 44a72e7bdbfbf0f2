package cn.gov.lanzhou.supervision.documents;

import cn.gov.lanzhou.supervision.startup.PortalSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The document font, found once at start-up (the log says which file, or what is missing) and
 * looked for again on use while none is found — so installing the font package helps without a
 * restart. Also checks at start-up that the verification address ({@value DocumentSettings#VERIFY_URL})
 * is well formed, and warns in production when it still points at this machine, since every QR
 * code printed carries it for good.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class DocumentFonts {

    private static final Logger LOG = Logger.getLogger(DocumentFonts.class.getName());

    /** Whether documents can be produced, and the font or the problem, for the health check. */
    public record Status(boolean available, String detail) {
    }

    @Inject
    private DocumentSettings settings;

    @Inject
    private PortalSettings portal;

    private volatile DocumentFont font;
    private volatile String problem;

    @PostConstruct
    void start() {
        String verifyUrl = settings.verifyUrl();
        if (settings.verifyUrlIsLocal() && portal.profile() == PortalSettings.Profile.PRODUCTION) {
            LOG.warning(() -> "文书二维码指向本机地址 " + verifyUrl + "，公众无法扫码核验；请设置配置项 "
                    + DocumentSettings.VERIFY_URL + " 为门户的公网地址 / QR codes would point at this machine: set "
                    + DocumentSettings.VERIFY_URL);
        }
        refresh();
        DocumentFont f = font;
        if (f != null) {
            LOG.info(() -> "文书字体 / document font: " + f.describe() + "; 核验地址 / verification page: " + verifyUrl);
        } else {
            LOG.log(Level.SEVERE, "文书无法生成 / documents cannot be produced: {0}", problem);
        }
    }

    /**
     * The font to set documents in.
     *
     * @throws DocumentFontMissingException with the message saying what to install or configure
     */
    public DocumentFont font() {
        DocumentFont f = font;
        if (f == null) {
            refresh();
            f = font;
            if (f == null) {
                throw new DocumentFontMissingException(problem);
            }
        }
        return f;
    }

    public Status status() {
        DocumentFont f = font;
        if (f == null) {
            refresh();
            f = font;
        }
        return f != null ? new Status(true, f.describe()) : new Status(false, problem);
    }

    private synchronized void refresh() {
        if (font != null) {
            return;
        }
        try {
            font = DocumentFont.locate(settings.font());
            problem = null;
        } catch (DocumentFontMissingException e) {
            problem = e.getMessage();
        }
    }
}
