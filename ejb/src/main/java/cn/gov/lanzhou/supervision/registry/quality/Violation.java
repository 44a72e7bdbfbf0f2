package cn.gov.lanzhou.supervision.registry.quality;

import java.io.Serializable;
import java.util.Objects;

/**
 * One finding of the registry re-check, with full values. It stays inside the service layer:
 * pages and exports receive {@link ViolationRow}s, masked unless the caller may see full values.
 *
 * @param rule          the rule broken
 * @param check         the finer check that failed, e.g. {@code CREDIT_CODE_CHECK} or {@code PROJECT_MANAGER}
 * @param subjectKind   enterprise, person or project
 * @param subjectId     the record's id
 * @param subjectName   企业名称, 姓名 or 工程名称
 * @param subjectCode   统一社会信用代码, 身份证号 or 监督编号 (full)
 * @param districtCode  the subject's district: a project's, an enterprise's registered district, a person's
 *                      employer's; may be {@code null}
 * @param valueKind     how {@code value} is masked
 * @param value         the value at fault (full), or {@code null} when the finding is about something missing
 * @param message       the explanation in Chinese, naming the wrong part (may quote hidden characters)
 * @param maskedMessage the same explanation without characters that masking would hide
 */
public record Violation(QualityRule rule, String check, SubjectKind subjectKind, long subjectId, String subjectName,
                        String subjectCode, String districtCode, ValueKind valueKind, String value,
                        String message, String maskedMessage) implements Serializable {

    public Violation {
        Objects.requireNonNull(rule, "Rule is required.");
        Objects.requireNonNull(check, "Check is required.");
        Objects.requireNonNull(subjectKind, "Subject kind is required.");
        Objects.requireNonNull(valueKind, "Value kind is required.");
        Objects.requireNonNull(message, "Message is required.");
        Objects.requireNonNull(maskedMessage, "Masked message is required.");
    }

    /** A finding whose message quotes nothing hidden. */
    static Violation plain(QualityRule rule, String check, Subject subject, ValueKind valueKind, String value,
                           String message) {
        return new Violation(rule, check, subject.kind(), subject.id(), subject.name(), subject.code(),
                subject.districtCode(), valueKind, value, message, message);
    }

    /** The masked way of writing this subject's code. */
    public String maskedSubjectCode() {
        return switch (subjectKind) {
            case ENTERPRISE -> ValueKind.CREDIT_CODE.mask(subjectCode);
            case PERSON -> ValueKind.ID_NUMBER.mask(subjectCode);
            case PROJECT -> subjectCode;
        };
    }

    /** A record the re-check reports on. */
    record Subject(SubjectKind kind, long id, String name, String code, String districtCode) {
    }
}
