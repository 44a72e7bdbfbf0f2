package cn.gov.lanzhou.supervision.portal;

import cn.gov.lanzhou.supervision.startup.PortalStartup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.sql.Connection;
import java.sql.SQLException;

/** Ready when start-up finished and the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    private PortalStartup startup;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("startupComplete", startup.isReady());
        try (Connection c = startup.dataSource().getConnection()) {
            boolean valid = c.isValid(2);
            response.withData("product", c.getMetaData().getDatabaseProductName());
            return response.status(valid && startup.isReady()).build();
        } catch (SQLException | IllegalStateException e) {
            return response.withData("error", e.getClass().getSimpleName()).down().build();
        }
    }
}
