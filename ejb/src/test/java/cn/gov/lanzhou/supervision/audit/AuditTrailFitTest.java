package cn.gov.lanzhou.supervision.audit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An account holding several business roles must still be able to log in: the role list no longer
 * fits the 20-character role column, and an event that cannot be written fails the login with it.
 */
class AuditTrailFitTest {

    @Test
    void aSingleRoleAndItsDetailStayAsTheyAre() {
        assertArrayEquals(new String[]{"FIRST_REVIEWER", "passed"}, AuditTrail.fit("FIRST_REVIEWER", "passed"));
        assertArrayEquals(new String[]{null, null}, AuditTrail.fit(null, null));
    }

    @Test
    void severalRolesKeepTheFirstInTheColumnAndTheListInTheDetail() {
        String[] fitted = AuditTrail.fit("EDITOR,FIRST_REVIEWER", null);
        assertEquals("EDITOR", fitted[0]);
        assertEquals("roles EDITOR,FIRST_REVIEWER", fitted[1]);
        fitted = AuditTrail.fit("SUPERVISOR,LEADER,EDITOR", "password verified, second factor pending");
        assertEquals("SUPERVISOR", fitted[0]);
        assertEquals("roles SUPERVISOR,LEADER,EDITOR; password verified, second factor pending", fitted[1]);
    }

    @Test
    void anOverlongDetailIsCutToTheColumn() {
        String[] fitted = AuditTrail.fit("EDITOR", "深".repeat(3000));
        assertEquals(AuditTrail.DETAIL_LENGTH, fitted[1].length());
        assertTrue(fitted[1].endsWith("…"));
    }
}
