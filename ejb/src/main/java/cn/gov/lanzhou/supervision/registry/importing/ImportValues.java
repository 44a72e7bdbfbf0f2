package cn.gov.lanzhou.supervision.registry.importing;

import cn.gov.lanzhou.supervision.registry.CertificateKind;
import cn.gov.lanzhou.supervision.registry.EnterpriseType;
import cn.gov.lanzhou.supervision.registry.ProjectType;
import cn.gov.lanzhou.supervision.registry.rules.District;
import cn.gov.lanzhou.supervision.shared.Labelled;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the text of an import cell becomes a value: dates, numbers, the registry's enumerations, districts. */
final class ImportValues {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern BASIC_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?[eE]\\+?\\d+");

    private ImportValues() {
    }

    /** 2026-11-26, 2026/11/26, 2026.11.26, 2026年11月26日 or 20261126. */
    static Optional<LocalDate> date(String value) {
        String v = value.strip();
        Matcher m = DATE.matcher(v);
        if (!m.matches()) {
            m = BASIC_DATE.matcher(v);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A non-negative number with at most two decimals and twelve integer digits (the columns' precision). */
    static Optional<BigDecimal> amount(String value) {
        try {
            BigDecimal n = new BigDecimal(value.strip().replace(",", "").replace("，", ""));
            if (n.signum() < 0 || n.scale() > 2 || n.precision() - n.scale() > 12) {
                return Optional.empty();
            }
            return Optional.of(n);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether Excel turned a long number typed into a cell into 6.20102E+17 (its last digits are lost). */
    static boolean scientific(String value) {
        return SCIENTIFIC.matcher(value.strip()).matches();
    }

    static Optional<EnterpriseType> enterpriseType(String value) {
        return byLabel(EnterpriseType.values(), value);
    }

    static Optional<ProjectType> projectType(String value) {
        Optional<ProjectType> t = byLabel(ProjectType.values(), value);
        // 房屋建筑 for 房屋建筑工程: the usual short form.
        return t.isPresent() ? t : byLabel(ProjectType.values(), value.strip() + "工程");
    }

    static Optional<CertificateKind> certificateKind(String value) {
        String v = value.strip().replace('(', '（').replace(')', '）');
        Optional<CertificateKind> k = byLabel(CertificateKind.values(), v);
        if (k.isPresent()) {
            return k;
        }
        // 安全生产考核合格证B类, 安全生产考核合格证（B）, B证
        return switch (v.replaceAll("[（）类证\\s]", "").replace("安全生产考核合格", "").toUpperCase(Locale.ROOT)) {
            case "A" -> Optional.of(CertificateKind.SAFETY_A);
            case "B" -> Optional.of(CertificateKind.SAFETY_B);
            case "C" -> Optional.of(CertificateKind.SAFETY_C);
            default -> Optional.empty();
        };
    }

    /** A Lanzhou district by its name (城关区, 城关) or its six-digit code. */
    static Optional<District> district(String value) {
        String v = value.strip();
        return Arrays.stream(District.values())
                .filter(d -> d.code().equals(v) || d.chineseName().equals(v)
                        || d.chineseName().substring(0, d.chineseName().length() - 1).equals(v))
                .findFirst();
    }

    private static <E extends Labelled> Optional<E> byLabel(E[] values, String value) {
        String v = value.strip();
        return Arrays.stream(values)
                .filter(e -> e.label().equals(v) || ((Enum<?>) e).name().equalsIgnoreCase(v))
                .findFirst();
    }

    /** Identifiers as they should have been typed: blanks removed, full-width made half-width, letters upper-case. */
    static String identifier(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                cp -= 0xFEE0;
            }
            if (!Character.isWhitespace(cp) && cp != 0x3000) {
                sb.appendCodePoint(Character.toUpperCase(cp));
            }
        });
        return sb.toString();
    }
}
