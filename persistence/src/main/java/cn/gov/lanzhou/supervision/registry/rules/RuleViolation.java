package cn.gov.lanzhou.supervision.registry.rules;

import java.util.Objects;

/**
 * One way in which a value breaks a data rule.
 *
 * @param rule      a stable code for the rule, e.g. {@code CREDIT_CODE_CHECK}
 * @param field     the data field the value came from, e.g. {@code creditCode}
 * @param wrongPart the offending part of the value as written (the whole value when no smaller
 *                  part can be blamed; empty when the value is missing)
 * @param message   a message in Chinese for the person who entered the value, naming the wrong part
 */
public record RuleViolation(String rule, String field, String wrongPart, String message) {

    public RuleViolation {
        Objects.requireNonNull(rule, "Rule code is required.");
        Objects.requireNonNull(field, "Field is required.");
        Objects.requireNonNull(wrongPart, "Wrong part is required (use an empty string when the value is missing).");
        Objects.requireNonNull(message, "Message is required.");
    }

    /** The same violation reported against another field, e.g. {@code builder.creditCode}. */
    public RuleViolation forField(String otherField) {
        return new RuleViolation(rule, otherField, wrongPart, message);
    }
}
