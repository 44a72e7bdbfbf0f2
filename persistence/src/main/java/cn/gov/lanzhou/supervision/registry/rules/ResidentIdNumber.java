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
 * The annotated string is a valid 公民身份号码 by {@link ResidentIdNumbers#check(String, java.time.LocalDate)},
 * with today's date taken from the validator's {@link jakarta.validation.ClockProvider} in Lanzhou's zone.
 * Each violation carries the rule's own message naming the wrong part in place of {@link #message()}.
 * {@code null} is valid: add {@code @NotNull} where the value is required.
 */
@Documented
@Constraint(validatedBy = ResidentIdNumberValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ResidentIdNumber {

    String message() default "公民身份号码格式或校验码不正确";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
