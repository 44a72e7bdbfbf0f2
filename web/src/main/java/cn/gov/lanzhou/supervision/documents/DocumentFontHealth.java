package cn.gov.lanzhou.supervision.documents;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} reports whether signed documents can be produced: DOWN, with the reason
 * (which font to install or configure), when no Chinese font usable in PDFs is on the server.
 */
@Readiness
@ApplicationScoped
public class DocumentFontHealth implements HealthCheck {

    @EJB
    private DocumentFonts fonts;

    @Override
    public HealthCheckResponse call() {
        DocumentFonts.Status status = fonts.status();
        return HealthCheckResponse.named("documents")
                .withData(status.available() ? "font" : "problem", status.detail())
                .status(status.available()).build();
    }
}
