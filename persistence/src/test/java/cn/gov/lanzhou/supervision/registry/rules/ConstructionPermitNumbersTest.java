package cn.gov.lanzhou.supervision.registry.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConstructionPermitNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final String VALID = "620102202403150101";

    @Test
    void chengguanPermitOfMarch2024IsValid() {
        assertEquals(List.of(), ConstructionPermitNumbers.check(VALID, TODAY));
    }

    @Test
    void everyLanzhouDistrictAndTheCityItselfMayIssuePermits() {
        for (District district : District.values()) {
            assertTrue(ConstructionPermitNumbers.isValid(district.code() + "202403150101", TODAY), district.name());
        }
        assertTrue(ConstructionPermitNumbers.isValid("620100202403150101", TODAY));
    }

    @Test
    void divisionOutsideLanzhouIsNamed() {
        RuleViolation v = single("620402202403150101");
        assertEquals(ConstructionPermitNumbers.RULE_DIVISION, v.rule());
        assertEquals("620402", v.wrongPart());
        assertEquals("施工许可证编号第1–6位行政区划代码 620402 不是兰州市或其所辖区县的代码", v.message());
    }

    @Test
    void impossibleDateIsNamed() {
        RuleViolation v = single("620102202402300101");
        assertEquals(ConstructionPermitNumbers.RULE_DATE, v.rule());
        assertEquals("20240230", v.wrongPart());
        assertEquals("施工许可证编号第7–14位日期 20240230 不是有效日期", v.message());
        assertEquals("施工许可证编号第7–14位日期 20261345 不是有效日期", single("620102202613450101").message());
    }

    @Test
    void leapDayIsARealDate() {
        assertEquals(List.of(), ConstructionPermitNumbers.check("620102202402290101", TODAY));
    }

    @Test
    void dateInTheFutureIsNamed() {
        RuleViolation v = single("620102202506020101");
        assertEquals(ConstructionPermitNumbers.RULE_DATE, v.rule());
        assertEquals("施工许可证编号第7–14位日期 20250602 晚于今天（2025-06-01）", v.message());
        assertEquals(List.of(), ConstructionPermitNumbers.check("620102202506010101", TODAY), "today itself is allowed");
    }

    @Test
    void serialZeroIsNamed() {
        RuleViolation v = single("620102202403150001");
        assertEquals(ConstructionPermitNumbers.RULE_SERIAL, v.rule());
        assertEquals("00", v.wrongPart());
        assertEquals("施工许可证编号第15–16位流水号 00 应在 01–99 之间", v.message());
    }

    @Test
    void categoryTwentyIsNamed() {
        RuleViolation v = single("620102202403150120");
        assertEquals(ConstructionPermitNumbers.RULE_CATEGORY, v.rule());
        assertEquals("20", v.wrongPart());
        assertEquals("施工许可证编号第17–18位专业类别代码 20 应在 01–19 之间", v.message());
        assertEquals(ConstructionPermitNumbers.RULE_CATEGORY, single("620102202403150100").rule());
    }

    @Test
    void eachWrongPartIsReportedOnItsOwn() {
        List<RuleViolation> violations = ConstructionPermitNumbers.check("110101202402300020", TODAY);
        assertEquals(List.of(ConstructionPermitNumbers.RULE_DIVISION, ConstructionPermitNumbers.RULE_DATE,
                        ConstructionPermitNumbers.RULE_SERIAL, ConstructionPermitNumbers.RULE_CATEGORY),
                violations.stream().map(RuleViolation::rule).toList());
    }

    @Test
    void nonDigitsAreNamedWithTheirPart() {
        RuleViolation v = single("6201022024O3150101");
        assertEquals(ConstructionPermitNumbers.RULE_DIGITS, v.rule());
        assertEquals("施工许可证编号第7–14位日期 2024O315 含有非数字字符", v.message());
    }

    @Test
    void shortNumberIsReportedAlone() {
        RuleViolation v = single("62010220240315");
        assertEquals(ConstructionPermitNumbers.RULE_LENGTH, v.rule());
        assertEquals("施工许可证编号应为18位数字（专业工程副本另加后缀），实际只有 14 位", v.message());
    }

    @Test
    void worksPackageCopiesAreValid() {
        for (String copy : List.of(VALID + "S", VALID + "J", VALID + "Z2", VALID + "A12")) {
            assertEquals(List.of(), ConstructionPermitNumbers.check(copy, TODAY), copy);
        }
        assertEquals(VALID + "S2", ConstructionPermitNumbers.copyNumber(VALID, PermitWorksPackage.DEEP_EXCAVATION, 2));
        assertEquals(VALID + "Z", ConstructionPermitNumbers.copyNumber(VALID, PermitWorksPackage.DECORATION, 0));
    }

    @Test
    void unknownSuffixLetterIsNamed() {
        RuleViolation v = single(VALID + "X1");
        assertEquals(ConstructionPermitNumbers.RULE_SUFFIX, v.rule());
        assertEquals("X1", v.wrongPart());
        assertTrue(v.message().startsWith("施工许可证编号第19位起的副本后缀 X1 不正确"), v.message());
        assertEquals(ConstructionPermitNumbers.RULE_SUFFIX, single(VALID + "S0").rule());
        assertEquals(ConstructionPermitNumbers.RULE_SUFFIX, single(VALID + "S123").rule());
    }

    @Test
    void composedNumbersAreValid() {
        String number = ConstructionPermitNumbers.compose(District.ANNING, LocalDate.of(2024, 3, 15), 7,
                PermitCategory.WATER_SUPPLY_AND_DRAINAGE);
        assertEquals("620105202403150717", number);
        assertEquals(List.of(), ConstructionPermitNumbers.check(number, TODAY));
        assertThrows(IllegalArgumentException.class, () -> ConstructionPermitNumbers.compose(
                "620402", LocalDate.of(2024, 3, 15), 7, PermitCategory.GENERAL_BUILDING));
        assertThrows(IllegalArgumentException.class, () -> ConstructionPermitNumbers.compose(
                District.ANNING, LocalDate.of(2024, 3, 15), 100, PermitCategory.GENERAL_BUILDING));
    }

    @Test
    void categoriesAreNumberedOneToNineteen() {
        assertEquals(19, PermitCategory.values().length);
        assertEquals("一般工业与民用建筑工程", PermitCategory.byCode("01").orElseThrow().label());
        assertEquals(PermitCategory.HEAT_AND_GAS, PermitCategory.byCode("16").orElseThrow());
        assertEquals("市政桥梁工程", PermitCategory.byCode("18").orElseThrow().label());
        assertEquals("19", PermitCategory.OTHER.code());
    }

    private static RuleViolation single(String number) {
        List<RuleViolation> violations = ConstructionPermitNumbers.check(number, TODAY);
        assertEquals(1, violations.size(), violations.toString());
        return violations.get(0);
    }
}
