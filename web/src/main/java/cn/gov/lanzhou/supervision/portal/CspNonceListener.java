package cn.gov.lanzhou.supervision.portal;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspState;

import java.lang.reflect.Field;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes PrimeFaces' CSP mode work with the portal's stateless public pages: every request that
 * renders a whole page gets a fresh, server-made script nonce, decided before PrimeFaces would
 * work one out itself. Registered in faces-config.xml.
 *
 * <p>PrimeFaces 15.0.0 ({@code CspState#getNonce}) has two habits that break stateless views:
 * <ul>
 *   <li>on a GET it keeps the nonce in the view map unless the view root is transient — but it is
 *       first asked before the view is built, when {@code <f:view transient>} is not applied yet,
 *       so every public page created an HTTP session (the cost the stateless pages avoid);</li>
 *   <li>on a postback it takes the nonce from the {@code primefaces.nonce} request parameter, which
 *       only PrimeFaces' script adds to forms — a page without PrimeFaces components (the login
 *       form) posted without it and failed with "Missing CSP nonce".</li>
 * </ul>
 * A full page gets a new Content-Security-Policy header anyway, so a new nonce is right for it.
 * Ajax requests keep PrimeFaces' own handling: their scripts run under the page's policy and
 * must carry the page's nonce.
 *
 * <p>{@code CspState} offers no way to set the nonce and PrimeFaces hands the same instance to its
 * response writer at construction, so the nonce field is set by reflection. If a PrimeFaces
 * upgrade renames it, this says so once in the log and PortalIT's "no session on public pages"
 * and login tests fail.
 */
public class CspNonceListener implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CspNonceListener.class.getName());
    private static final Field NONCE = nonceField();

    private static Field nonceField() {
        try {
            Field f = CspState.class.getDeclaredField("nonce");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.SEVERE, "PrimeFaces CspState 没有 nonce 字段，无状态页面的 CSP nonce 处理失效 / "
                    + "PrimeFaces CspState has no nonce field; stateless pages will get sessions or fail on postback", e);
            return null;
        }
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (NONCE == null || context.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        CspState state = PrimeFacesContext.getCspState(context);
        try {
            NONCE.set(state, state.generateNonce());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing: the nonce is decided for the rest of the request
    }
}
