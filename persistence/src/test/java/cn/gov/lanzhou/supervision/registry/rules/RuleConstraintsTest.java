package cn.gov.lanzhou.supervision.registry.rules;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleConstraintsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    /** A registration form as a REST resource or JSF bean would receive it. */
    static class Registration {
        @NotNull(message = "统一社会信用代码不能为空")
        @CreditCode
        String creditCode;

        @ResidentIdNumber
        String legalRepresentativeIdNumber;

        @PermitNumber
        String permitNumber;

        List<@CreditCode String> subcontractorCreditCodes = List.of();

        Registration(String creditCode, String idNumber, String permitNumber) {
            this.creditCode = creditCode;
            this.legalRepresentativeIdNumber = idNumber;
            this.permitNumber = permitNumber;
        }
    }

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    @Test
    void validRegistrationHasNoViolations() {
        Registration r = new Registration("91350100M000100Y43", "11010519491231002X", "620102202403150101");
        assertEquals(Set.of(), validator.validate(r));
    }

    @Test
    void nullIsLeftToNotNull() {
        Set<ConstraintViolation<Registration>> violations = validator.validate(new Registration(null, null, null));
        assertEquals(Set.of("统一社会信用代码不能为空"), messages(violations));
    }

    @Test
    void wrongCheckCharacterShowsTheRuleMessageOnTheField() {
        Set<ConstraintViolation<Registration>> violations =
                validator.validate(new Registration("91350100M000100Y44", null, null));
        assertEquals(1, violations.size());
        ConstraintViolation<Registration> v = violations.iterator().next();
        assertEquals("creditCode", v.getPropertyPath().toString());
        assertEquals("统一社会信用代码第18位校验码 4 错误，应为 3", v.getMessage());
        assertEquals(CreditCode.class, v.getConstraintDescriptor().getAnnotation().annotationType());
    }

    @Test
    void eachWrongPartOfAPermitNumberIsItsOwnViolation() {
        Set<ConstraintViolation<Registration>> violations =
                validator.validate(new Registration("91350100M000100Y43", null, "620102202402300020"));
        assertEquals(Set.of(
                "施工许可证编号第7–14位日期 20240230 不是有效日期",
                "施工许可证编号第15–16位流水号 00 应在 01–99 之间",
                "施工许可证编号第17–18位专业类别代码 20 应在 01–19 之间"), messages(violations));
    }

    @Test
    void wrongIdNumberIsReported() {
        Set<ConstraintViolation<Registration>> violations =
                validator.validate(new Registration("91350100M000100Y43", "110105194912310021", null));
        assertEquals(Set.of("公民身份号码第18位校验码 1 错误，应为 X"), messages(violations));
    }

    @Test
    void todayComesFromTheConfiguredClock() {
        Clock june2024 = Clock.fixed(LocalDate.of(2024, 6, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        try (ValidatorFactory fixed = Validation.byDefaultProvider().configure()
                .clockProvider(() -> june2024).buildValidatorFactory()) {
            Set<ConstraintViolation<Registration>> violations = fixed.getValidator()
                    .validate(new Registration("91350100M000100Y43", null, "620102202407010101"));
            assertEquals(Set.of("施工许可证编号第7–14位日期 20240701 晚于今天（2024-06-01）"), messages(violations));
        }
    }

    @Test
    void containerElementsAreValidated() {
        Registration r = new Registration("91350100M000100Y43", null, null);
        r.subcontractorCreditCodes = List.of("914403001922038216", "91440300708461136X");
        Set<ConstraintViolation<Registration>> violations = validator.validate(r);
        assertEquals(1, violations.size());
        assertTrue(violations.iterator().next().getPropertyPath().toString().startsWith("subcontractorCreditCodes[1]"));
    }

    @Test
    void typedExpressionsAreShownNotEvaluated() {
        Set<ConstraintViolation<Registration>> violations =
                validator.validate(new Registration("91350100${7*7}0Y43", null, "${7*7}202403150101"));
        assertTrue(messages(violations).contains("施工许可证编号第1–6位行政区划代码 ${7*7} 含有非数字字符"),
                messages(violations).toString());
        assertTrue(messages(violations).stream().anyMatch(m -> m.startsWith("统一社会信用代码第9、10、12、14位字符 $、{、*、} ")),
                messages(violations).toString());
    }

    private static Set<String> messages(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    }
}
