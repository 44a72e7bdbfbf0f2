package cn.gov.lanzhou.supervision.registry.quality;

import java.io.Serializable;

/**
 * A finding as a page or an export shows it: masked ({@link #masked()} true) unless the caller has the
 * right to full values and asked for them.
 *
 * @param phone the subject's phone (enterprise contact phone or person's mobile), or empty for a project
 */
public record ViolationRow(QualityRule rule, String check, SubjectKind subjectKind, long subjectId, String subjectName,
                           String subjectCode, String districtCode, String districtLabel, String value,
                           String message, String phone, boolean masked) implements Serializable {

    public String getRuleLabel() {
        return rule.label();
    }

    static ViolationRow of(Violation v, String phone, boolean full) {
        String phoneShown = phone == null ? "" : full ? phone : ValueKind.PHONE.mask(phone);
        String value = v.value() == null ? "" : full ? v.value() : v.valueKind().mask(v.value());
        return new ViolationRow(v.rule(), v.check(), v.subjectKind(), v.subjectId(), v.subjectName(),
                full ? v.subjectCode() : v.maskedSubjectCode(), v.districtCode(), Districts.label(v.districtCode()),
                value, full ? v.message() : v.maskedMessage(), phoneShown, !full);
    }
}
