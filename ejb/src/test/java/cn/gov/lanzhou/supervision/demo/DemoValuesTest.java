package cn.gov.lanzhou.supervision.demo;

import cn.gov.lanzhou.supervision.registry.EnterpriseType;
import cn.gov.lanzhou.supervision.registry.ProjectType;
import cn.gov.lanzhou.supervision.registry.rules.ConstructionPermitNumbers;
import cn.gov.lanzhou.supervision.registry.rules.District;
import cn.gov.lanzhou.supervision.registry.rules.PermitCategory;
import cn.gov.lanzhou.supervision.registry.rules.ResidentIdNumbers;
import cn.gov.lanzhou.supervision.registry.rules.UnifiedSocialCreditCodes;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoValuesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

    @Test
    void sameSeedGivesTheSameValues() {
        assertEquals(sample(new DemoValues(new Random(2024))), sample(new DemoValues(new Random(2024))));
        assertNotEquals(sample(new DemoValues(new Random(2024))), sample(new DemoValues(new Random(2025))));
    }

    @Test
    void everyCreditCodePassesTheRegistryRules() {
        DemoValues values = new DemoValues(new Random(1));
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            District district = District.values()[i % District.values().length];
            String code = values.creditCode(district);
            assertEquals(List.of(), UnifiedSocialCreditCodes.check(code), code);
            assertEquals("91" + district.code(), code.substring(0, 8));
            codes.add(code);
        }
        assertTrue(codes.size() > 4990, "codes should hardly ever repeat: " + codes.size());
    }

    @Test
    void everyResidentIdNumberPassesTheRegistryRules() {
        DemoValues values = new DemoValues(new Random(2));
        for (int i = 0; i < 5000; i++) {
            String number = values.residentIdNumber();
            assertEquals(List.of(), ResidentIdNumbers.check(number, TODAY), number);
            assertTrue(number.startsWith("62"), "born in Gansu: " + number);
        }
    }

    @Test
    void idNumberCarriesTheBirthDateAndSex() {
        DemoValues values = new DemoValues(new Random(3));
        LocalDate born = LocalDate.of(1984, 2, 29);
        for (int i = 0; i < 200; i++) {
            String man = values.residentIdNumber(born, true);
            String woman = values.residentIdNumber(born, false);
            assertEquals(born, ResidentIdNumbers.birthDate(man).orElseThrow());
            assertEquals(1, (man.charAt(16) - '0') % 2, man);
            assertEquals(0, (woman.charAt(16) - '0') % 2, woman);
            assertTrue(ResidentIdNumbers.isValid(man, TODAY) && ResidentIdNumbers.isValid(woman, TODAY));
        }
    }

    @Test
    void everyPermitNumberPassesTheRegistryRules() {
        DemoValues values = new DemoValues(new Random(4));
        Map<PermitCategory, Integer> categories = new EnumMap<>(PermitCategory.class);
        int count = 5000;
        for (int i = 0; i < count; i++) {
            District district = values.district();
            LocalDate registered = DemoPick.date(new Random(i), LocalDate.of(2015, 1, 1), TODAY);
            String number = values.permitNumber(district, registered);
            assertEquals(List.of(), ConstructionPermitNumbers.check(number, TODAY), number);
            assertEquals(district.code(), number.substring(0, 6));
            categories.merge(PermitCategory.byCode(number.substring(16)).orElseThrow(), 1, Integer::sum);
        }
        assertTrue(categories.get(PermitCategory.GENERAL_BUILDING) > count * 0.65, categories.toString());
        assertTrue(categories.keySet().containsAll(List.of(PermitCategory.HEAT_AND_GAS,
                PermitCategory.WATER_SUPPLY_AND_DRAINAGE, PermitCategory.MUNICIPAL_BRIDGE)), categories.toString());
    }

    @Test
    void namesAreChineseWithAPlausibleMixOfLengths() {
        DemoValues values = new DemoValues(new Random(5));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            names.add(values.personName());
        }
        assertTrue(names.stream().allMatch(n -> n.matches("\\p{IsHan}{2,3}")), names.toString());
        long twoCharacters = names.stream().filter(n -> n.length() == 2).count();
        assertTrue(twoCharacters > 300 && twoCharacters < 1000, "two-character names: " + twoCharacters);
        assertTrue(new HashSet<>(names).size() > 1200, "distinct names: " + new HashSet<>(names).size());
        long commonSurnames = names.stream().filter(n -> "张王李赵刘陈".indexOf(n.charAt(0)) >= 0).count();
        assertTrue(commonSurnames > 400, "张王李赵刘陈 should be frequent: " + commonSurnames);
    }

    @Test
    void mobileAndLandlineNumbersLookReal() {
        DemoValues values = new DemoValues(new Random(6));
        for (int i = 0; i < 1000; i++) {
            assertTrue(values.mobileNumber().matches("1[3-9]\\d{9}"));
            assertTrue(values.landlineNumber().matches("0931-[2-8]\\d{6}"));
        }
    }

    @Test
    void enterpriseNamesFitTheirType() {
        DemoValues values = new DemoValues(new Random(7));
        Map<EnterpriseType, String> expected = Map.of(
                EnterpriseType.DEVELOPER, "置业|房地产|实业|投资|城市更新",
                EnterpriseType.CONTRACTOR, "建设|建筑|建工|市政",
                EnterpriseType.SUPERVISION, "监理|项目管理",
                EnterpriseType.SURVEY, "勘察",
                EnterpriseType.DESIGN, "设计",
                EnterpriseType.TESTING, "检测");
        for (EnterpriseType type : EnterpriseType.values()) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < 300; i++) {
                String name = values.enterpriseName(type);
                assertTrue(name.matches("^(兰州|甘肃).*(" + expected.get(type) + ").*有限(责任)?公司$"), name);
                names.add(name);
            }
            assertTrue(names.size() > 150, type + " names: " + names.size());
        }
    }

    @Test
    void projectsAreLocatedInTheirDistrictAndSizedForTheirType() {
        DemoValues values = new DemoValues(new Random(8));
        for (District district : District.values()) {
            for (ProjectType type : ProjectType.values()) {
                for (int i = 0; i < 40; i++) {
                    DemoProject project = values.project(district, type);
                    assertEquals(type, project.type());
                    assertTrue(project.address().startsWith(district.chineseName()), project.address());
                    assertTrue(project.contractValue().compareTo(BigDecimal.ZERO) > 0, project.toString());
                    assertTrue(!project.name().isBlank() && !project.scale().isBlank(), project.toString());
                    if (type == ProjectType.MUNICIPAL || type == ProjectType.RAIL_TRANSIT) {
                        assertNull(project.floorArea(), "linear works have no floor area: " + project);
                    } else {
                        assertTrue(project.floorArea().compareTo(BigDecimal.valueOf(1000)) > 0, project.toString());
                        assertTrue(project.scale().contains(project.floorArea().toPlainString()), project.toString());
                    }
                    String permit = values.permitNumber(district, TODAY, project.permitCategory());
                    assertTrue(ConstructionPermitNumbers.isValid(permit, TODAY), permit);
                }
            }
        }
    }

    @Test
    void municipalWorksCarryMunicipalPermitCategories() {
        DemoValues values = new DemoValues(new Random(9));
        Set<PermitCategory> categories = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            categories.add(values.project(District.CHENGGUAN, ProjectType.MUNICIPAL).permitCategory());
        }
        assertEquals(Set.of(PermitCategory.MUNICIPAL_BRIDGE, PermitCategory.WATER_SUPPLY_AND_DRAINAGE,
                PermitCategory.HEAT_AND_GAS), categories);
        assertEquals(PermitCategory.GENERAL_BUILDING, values.project(District.ANNING, ProjectType.HOUSING).permitCategory());
    }

    @Test
    void addressesUseTheDistrictsOwnRoads() {
        DemoValues values = new DemoValues(new Random(10));
        Set<String> chengguan = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            chengguan.add(values.road(District.CHENGGUAN));
            assertTrue(values.postalAddress(District.ANNING).startsWith("甘肃省兰州市安宁区"));
        }
        assertTrue(chengguan.containsAll(List.of("东岗西路", "庆阳路", "雁滩路")), chengguan.toString());
        assertTrue(new HashSet<>(List.of("西津西路", "建兰路")).stream()
                .allMatch(r -> sampleRoads(values, District.QILIHE).contains(r)));
    }

    private static Set<String> sampleRoads(DemoValues values, District district) {
        Set<String> roads = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            roads.add(values.road(district));
        }
        return roads;
    }

    private static List<Object> sample(DemoValues values) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            District district = values.district();
            out.add(values.creditCode(district));
            out.add(values.residentIdNumber());
            out.add(values.permitNumber(district, TODAY));
            out.add(values.personName());
            out.add(values.mobileNumber());
            out.add(values.enterpriseName(EnterpriseType.values()[i % EnterpriseType.values().length]));
            out.add(values.project(district));
            out.add(values.siteAddress(district));
        }
        return out;
    }
}
