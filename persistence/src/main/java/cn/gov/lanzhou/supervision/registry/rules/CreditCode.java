package cn.gov.lanzhou.supervision.registry.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * The annotated string is a valid 统一社会信用代码 by {@link UnifiedSocialCreditCodes#check(String)}.
 * Each violation carries the rule's own message naming the wrong part in place of {@link #message()}.
 * {@code null} is valid: add {@code @NotNull} where the value is required.
 */
@Documented
@Constraint(validatedBy = CreditCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface CreditCode {

    String message() default "统一社会信用代码格式或校验码不正确";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
