package cn.gov.lanzhou.supervision.registry.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ResidentIdNumber}. */
public class ResidentIdNumberValidator implements ConstraintValidator<ResidentIdNumber, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || RuleViolationReporter.report(
                ResidentIdNumbers.check(value.toString(), RuleViolationReporter.today(context)), context);
    }
}
