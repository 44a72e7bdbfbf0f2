package cn.gov.lanzhou.supervision.startup;

import cn.gov.lanzhou.supervision.shared.PortalSetting;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Settings adjusted at run time by administrators ({@code portal_setting}), held in memory so that
 * reading one costs a map lookup. Loaded after the migrations ({@link PortalStartup}); until then
 * only configured values apply. A change reaches the memory only when its transaction commits.
 * One copy per JVM: in a cluster the other nodes see a change after their next restart (see README).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SettingOverrides {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private final Map<String, PortalSetting> values = new ConcurrentHashMap<>();

    /** Reads every override from the database. */
    public void reload() {
        Map<String, PortalSetting> fresh = new ConcurrentHashMap<>();
        em.createQuery("select s from PortalSetting s", PortalSetting.class).getResultList()
                .forEach(s -> fresh.put(s.getKey(), s));
        values.clear();
        values.putAll(fresh);
    }

    /** The overriding value, if an administrator set one. */
    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key)).map(PortalSetting::getValue);
    }

    /** Who set the override and when, if there is one. */
    public Optional<PortalSetting> override(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Sets (or replaces) an override within the caller's transaction. */
    public void put(String key, String value, String username) {
        LocalDateTime now = LocalDateTime.now();
        PortalSetting row = em.find(PortalSetting.class, key);
        if (row == null) {
            row = new PortalSetting(key, value, username, now);
            em.persist(row);
        } else {
            row.change(value, username, now);
        }
        PortalSetting committed = new PortalSetting(key, value, username, now);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    values.put(key, committed);
                }
            }
        });
    }
}
