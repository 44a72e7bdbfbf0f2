package cn.gov.lanzhou.supervision.registry.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link PermitNumber}. */
public class PermitNumberValidator implements ConstraintValidator<PermitNumber, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || RuleViolationReporter.report(
                ConstructionPermitNumbers.check(value.toString(), RuleViolationReporter.today(context)), context);
    }
}
