package cn.gov.lanzhou.supervision.portal;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The WAR the build produced (the same one {@code run.sh} starts), so in-container tests run the
 * real portal, not a hand-picked subset of classes.
 */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    public static WebArchive builtWar() {
        File war = new File(System.getProperty("portal.war", "target/portal.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
