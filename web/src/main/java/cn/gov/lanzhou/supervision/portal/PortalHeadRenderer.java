package cn.gov.lanzhou.supervision.portal;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import org.primefaces.config.PrimeConfiguration;
import org.primefaces.context.PrimeRequestContext;
import org.primefaces.renderkit.HeadRenderer;

import java.io.IOException;

/**
 * PrimeFaces' {@code <h:head>} renderer, minus PrimeFaces' own scripts on pages that use no
 * PrimeFaces component. PrimeFaces writes its client settings, the CSP nonce hand-over and the
 * locale file into every head; all of them only act on PrimeFaces' JavaScript, which such a page
 * does not load ({@code if(window.PrimeFaces)…}). Leaving them out makes the public pages free of
 * inline script, so a page served from the public page cache needs no nonce and can be replayed
 * under {@code script-src 'self'} (see {@code PublicPageCacheFilter}). Pages with PrimeFaces
 * components (the staff and enterprise screens) are rendered exactly as PrimeFaces does.
 * Registered in faces-config.xml for the standard head component.
 */
public class PortalHeadRenderer extends HeadRenderer {

    @Override
    protected void encodeLocaleResources(FacesContext context, PrimeConfiguration configuration) {
        if (usesPrimeFacesScripts(context)) {
            super.encodeLocaleResources(context, configuration);
        }
    }

    @Override
    protected void encodeSettingScripts(FacesContext context, PrimeRequestContext requestContext,
                                        PrimeConfiguration configuration, ResponseWriter writer) throws IOException {
        if (usesPrimeFacesScripts(context)) {
            super.encodeSettingScripts(context, requestContext, configuration, writer);
        }
    }

    @Override
    protected void encodeInitScripts(FacesContext context, PrimeRequestContext requestContext,
                                     PrimeConfiguration configuration, ResponseWriter writer) throws IOException {
        if (usesPrimeFacesScripts(context)) {
            super.encodeInitScripts(context, requestContext, configuration, writer);
        }
    }

    /** Whether a component of the page asked for one of PrimeFaces' script files. */
    static boolean usesPrimeFacesScripts(FacesContext context) {
        for (String target : new String[] {"head", "body", "form"}) {
            for (UIComponent resource : context.getViewRoot().getComponentResources(context, target)) {
                Object library = resource.getAttributes().get("library");
                Object name = resource.getAttributes().get("name");
                if ("primefaces".equals(library) && name instanceof String n && n.endsWith(".js")) {
                    return true;
                }
            }
        }
        return false;
    }
}
