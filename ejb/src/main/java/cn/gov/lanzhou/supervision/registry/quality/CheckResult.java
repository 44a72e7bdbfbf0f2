package cn.gov.lanzhou.supervision.registry.quality;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What one re-check of the whole registry found.
 *
 * @param violations every finding, ordered by rule, district and subject
 * @param phones     the phone of each subject with a finding that has one, by {@link #phoneKey}
 * @param ranAt      when the check started
 * @param millis     how long it took, in milliseconds
 * @param checked    how many records were read: enterprises, persons, projects, active projects
 * @param phases     milliseconds per step, in order (the persons step includes decrypting every ID number)
 */
public record CheckResult(List<Violation> violations, Map<String, String> phones, LocalDateTime ranAt, long millis,
                          Map<String, Integer> checked, Map<String, Long> phases) {

    public CheckResult {
        violations = List.copyOf(violations);
        phones = Map.copyOf(phones);
        checked = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(checked));
        phases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phases));
    }

    /** The key of a subject's phone in {@link #phones()}. */
    public static String phoneKey(SubjectKind kind, long id) {
        return kind.name() + ":" + id;
    }

    public String phoneOf(Violation v) {
        return phones.get(phoneKey(v.subjectKind(), v.subjectId()));
    }
}
