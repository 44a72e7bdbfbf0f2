package cn.gov.lanzhou.supervision.registry.quality;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The latest re-check result, kept in memory so that paging and filtering the findings does not
 * re-read the registry. Replaced as a whole by each re-check (readers see the old or the new result,
 * never a mix). One per server instance: after a restart, or on another node of a cluster, the first
 * visit of the data-quality page runs a fresh check.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed({"SUPERVISOR", "LEADER"})
public class QualitySnapshot {

    /** A result and who asked for it ({@code null}: the first visit after start). */
    public record Snapshot(CheckResult result, String ranBy) {
    }

    private final AtomicReference<Snapshot> latest = new AtomicReference<>();

    public Optional<Snapshot> latest() {
        return Optional.ofNullable(latest.get());
    }

    public void store(Snapshot snapshot) {
        latest.set(snapshot);
    }
}
