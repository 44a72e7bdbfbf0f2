package cn.gov.lanzhou.supervision.registry.rules;

import jakarta.validation.ConstraintValidatorContext;

import java.time.LocalDate;
import java.util.List;

/** Turns rule violations into constraint violations, one each, with the rule's own message. */
final class RuleViolationReporter {

    private RuleViolationReporter() {
    }

    /** Today in Lanzhou by the validation's clock, so tests can fix it through a ClockProvider. */
    static LocalDate today(ConstraintValidatorContext context) {
        return LocalDate.ofInstant(context.getClockProvider().getClock().instant(), ResidentIdNumbers.ZONE);
    }

    static boolean report(List<RuleViolation> violations, ConstraintValidatorContext context) {
        if (violations.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (RuleViolation violation : violations) {
            context.buildConstraintViolationWithTemplate(escape(violation.message())).addConstraintViolation();
        }
        return false;
    }

    /**
     * Messages quote the value as entered, and a message template is interpolated (parameters and
     * expression language): escape its meta characters so what a user typed is shown, never run.
     */
    static String escape(String message) {
        StringBuilder sb = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char ch = message.charAt(i);
            if (ch == '\\' || ch == '{' || ch == '}' || ch == '$') {
                sb.append('\\');
            }
            sb.append(ch);
        }
        return sb.toString();
    }
}
