package cn.gov.lanzhou.supervision.registry.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link CreditCode}. */
public class CreditCodeValidator implements ConstraintValidator<CreditCode, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null
                || RuleViolationReporter.report(UnifiedSocialCreditCodes.check(value.toString()), context);
    }
}
