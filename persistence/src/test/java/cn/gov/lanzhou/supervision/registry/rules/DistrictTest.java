package cn.gov.lanzhou.supervision.registry.rules;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistrictTest {

    @Test
    void enumListsExactlyTheDistrictsOfTheSharedReference() throws IOException {
        List<String> reference;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("lanzhou-districts.csv"));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reference = reader.lines().skip(1).filter(l -> !l.isBlank()).map(String::strip).collect(Collectors.toList());
        }
        List<String> fromEnum = Arrays.stream(District.values())
                .map(d -> d.code() + "," + d.chineseName() + "," + d.kind().name().toLowerCase().replace('_', '-'))
                .collect(Collectors.toList());
        assertEquals(reference, fromEnum);
    }

    @Test
    void districtIsFoundByItsDivisionCode() {
        assertEquals(District.CHENGGUAN, District.byCode("620102").orElseThrow());
        assertEquals("兰州新区", District.byCode("620171").orElseThrow().label());
        assertEquals(District.Kind.COUNTY, District.byCode("620123").orElseThrow().kind());
    }

    @Test
    void codesOutsideLanzhouAreNotDistricts() {
        assertTrue(District.byCode("620402").isEmpty());
        assertTrue(District.byCode(District.CITY_CODE).isEmpty());
        assertTrue(District.byCode(null).isEmpty());
    }
}
