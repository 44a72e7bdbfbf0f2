package cn.gov.lanzhou.supervision.registry.importing;

import cn.gov.lanzhou.supervision.gm.masking.Masking;
import cn.gov.lanzhou.supervision.registry.KeyPersonRole;
import cn.gov.lanzhou.supervision.registry.ParticipantRole;
import cn.gov.lanzhou.supervision.registry.Person;
import cn.gov.lanzhou.supervision.registry.Project;
import cn.gov.lanzhou.supervision.registry.ProjectStatus;
import cn.gov.lanzhou.supervision.registry.quality.RegistryQualitySettings;
import cn.gov.lanzhou.supervision.registry.rules.ConstructionPermitNumbers;
import cn.gov.lanzhou.supervision.registry.rules.District;
import cn.gov.lanzhou.supervision.registry.rules.ResidentIdNumbers;
import cn.gov.lanzhou.supervision.registry.rules.RuleViolation;
import cn.gov.lanzhou.supervision.registry.rules.UnifiedSocialCreditCodes;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks the rows of an import file with the registry's own rules (check characters, permit number parts),
 * required fields and formats, and against the registry and the rest of the file for duplicates and for the
 * enterprises and persons a row refers to. Registry look-ups are a few set-based queries for the whole file.
 */
public final class ImportValidator {

    private static final Pattern MOBILE = Pattern.compile("(\\+?86)?1\\d{10}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");
    private static final Pattern PROJECT_NO = Pattern.compile(Project.PROJECT_NO_PATTERN);
    private static final int CHUNK = 500;

    private static final Map<String, Integer> MAX_LENGTH = Map.ofEntries(
            Map.entry("name", 200), Map.entry("address", 300), Map.entry("legalRepresentative", 50),
            Map.entry("qualificationCategory", 100), Map.entry("qualificationLevel", 20), Map.entry("qualificationNo", 50),
            Map.entry("certificateNo", 50), Map.entry("permitNo", 24));

    private final EntityManager em;
    private final LocalDate today;
    private final RegistryQualitySettings settings;

    public ImportValidator(EntityManager em, LocalDate today, RegistryQualitySettings settings) {
        this.em = em;
        this.today = today;
        this.settings = settings;
    }

    // ------------------------------------------------------------------ columns

    /**
     * The rows of the table by column key. Headings are matched leniently (a trailing {@code *}, blanks,
     * half-width brackets); a missing required column refuses the file; unknown columns and the template's
     * example row are left out with a note in {@code fileWarnings}.
     */
    public static List<ImportRow> rows(ImportKind kind, ImportTable table, List<String> fileWarnings) {
        List<ImportColumn> columns = kind.columns();
        Map<String, ImportColumn> byHeading = new HashMap<>();
        for (ImportColumn c : columns) {
            byHeading.put(heading(c.header()), c);
            byHeading.put(heading(c.key()), c);
        }
        Map<Integer, ImportColumn> at = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            String h = table.headers().get(i);
            if (h.isBlank()) {
                continue;
            }
            ImportColumn c = byHeading.get(heading(h));
            if (c == null) {
                ignored.add(h);
            } else if (!seen.add(c.key())) {
                throw new ImportFileException("列“" + c.header() + "”出现了两次（第 " + table.headerLine() + " 行的列标题）");
            } else {
                at.put(i, c);
            }
        }
        List<String> missing = columns.stream().filter(c -> c.required() && !seen.contains(c.key())).map(ImportColumn::header).toList();
        if (!missing.isEmpty()) {
            throw new ImportFileException("这不是" + kind.label() + "导入文件，或第 " + table.headerLine() + " 行的列标题不全：缺少必填列 "
                    + String.join("、", missing) + "（请使用“下载模板”中的列标题）");
        }
        if (!ignored.isEmpty()) {
            fileWarnings.add("以下列不属于" + kind.label() + "导入格式，已忽略：" + String.join("、", ignored));
        }
        List<ImportRow> rows = new ArrayList<>();
        for (ImportTable.Line line : table.lines()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (ImportColumn c : columns) {
                values.put(c.key(), "");
            }
            at.forEach((i, c) -> values.put(c.key(), i < line.cells().size() && line.cells().get(i) != null ? line.cells().get(i).strip() : ""));
            boolean example = columns.stream().filter(c -> seen.contains(c.key())).allMatch(c -> c.example().equals(values.get(c.key())));
            if (example) {
                fileWarnings.add("第 " + line.number() + " 行是模板中的示例行，已忽略");
                continue;
            }
            rows.add(new ImportRow(line.number(), values));
        }
        return rows;
    }

    private static String heading(String h) {
        return h.replaceAll("[\\s*＊]", "").replace('(', '（').replace(')', '）').toLowerCase(java.util.Locale.ROOT);
    }

    // ------------------------------------------------------------------ checking

    /** Checks every row, adding its errors and warnings and normalising its values. */
    public void validate(ImportKind kind, List<ImportRow> rows, ImportProgress progress) {
        progress.start("校验 " + rows.size() + " 行", rows.size());
        Map<String, ImportColumn> columns = new LinkedHashMap<>();
        kind.columns().forEach(c -> columns.put(c.key(), c));
        for (ImportRow row : rows) {
            generic(row, columns);
            switch (kind) {
                case ENTERPRISE -> enterprise(row);
                case PERSON -> person(row);
                case PROJECT -> project(row);
            }
            progress.advance(1);
        }
        switch (kind) {
            case ENTERPRISE -> enterpriseReferences(rows);
            case PERSON -> personReferences(rows);
            case PROJECT -> projectReferences(rows);
        }
    }

    private void generic(ImportRow row, Map<String, ImportColumn> columns) {
        for (ImportColumn c : columns.values()) {
            String v = row.value(c.key());
            if (v.isBlank()) {
                if (c.required()) {
                    row.error(c.header() + "：必填，不能为空");
                }
                continue;
            }
            if (c.text() && ImportValues.scientific(v)) {
                row.error(c.header() + "：单元格被 Excel 存成了数字，显示为科学计数法 " + v
                        + "，后面几位已经丢失；请把该列设为“文本”格式后重新填写");
                row.set(c.key(), "");
                continue;
            }
            Integer max = MAX_LENGTH.get(c.key());
            if (max != null && v.length() > max) {
                row.error(c.header() + "：不能超过 " + max + " 个字，现有 " + v.length() + " 个");
            }
        }
    }

    private void enterprise(ImportRow row) {
        creditCode(row, "creditCode", "统一社会信用代码");
        if (row.has("type") && ImportValues.enterpriseType(row.value("type")).isEmpty()) {
            row.error("企业类型：“" + row.value("type") + "”不正确，应为建设单位、施工单位、监理单位、勘察单位、设计单位、检测机构之一");
        } else if (row.has("type")) {
            row.set("type", ImportValues.enterpriseType(row.value("type")).orElseThrow().label());
        }
        if (row.has("district")) {
            Optional<District> d = ImportValues.district(row.value("district"));
            if (d.isPresent()) {
                row.set("district", d.get().chineseName());
            } else if (row.value("district").matches("\\d{6}")) {
                row.warning("所在区县：" + row.value("district") + " 不是兰州市所辖区县（外地企业可以导入）");
            } else {
                row.error("所在区县：“" + row.value("district") + "”不是兰州市的区县名称，也不是6位行政区划代码");
            }
        }
        phone(row, "phone", "联系电话", true);
        allOrNone(row, "资质", "qualificationCategory", "qualificationLevel", "qualificationNo", "qualificationValidUntil");
        date(row, "qualificationValidUntil", "资质有效期至").filter(d -> d.isBefore(today))
                .ifPresent(d -> row.warning("资质已于 " + d + " 过期"));
    }

    private void person(ImportRow row) {
        if (row.has("idNumber")) {
            String id = ImportValues.identifier(row.value("idNumber"));
            row.set("idNumber", id);
            ResidentIdNumbers.check(id, today).forEach(v -> row.error(v.message()));
        }
        phone(row, "phone", "手机号码", false);
        creditCode(row, "employerCreditCode", "所在企业统一社会信用代码");
        allOrNone(row, "证书", "certificateKind", "certificateNo", "certificateValidUntil");
        if (row.has("certificateKind")) {
            ImportValues.certificateKind(row.value("certificateKind")).ifPresentOrElse(k -> row.set("certificateKind", k.label()),
                    () -> row.error("证书种类：“" + row.value("certificateKind") + "”不正确，应为注册建造师、注册监理工程师、"
                            + "安全生产考核合格证（A类/B类/C类）、特种作业操作证之一"));
        }
        date(row, "certificateValidUntil", "证书有效期至").filter(d -> d.isBefore(today))
                .ifPresent(d -> row.warning("证书已于 " + d + " 过期"));
    }

    private void project(ImportRow row) {
        if (row.has("projectNo")) {
            String no = ImportValues.identifier(row.value("projectNo"));
            row.set("projectNo", no);
            if (!PROJECT_NO.matcher(no).matches()) {
                row.error("监督编号：“" + no + "”格式不对，应为 JD-区县代码-年份-四位序号，例如 JD-620102-2026-0015");
            }
        }
        Optional<District> district = Optional.empty();
        if (row.has("district")) {
            district = ImportValues.district(row.value("district"));
            if (district.isEmpty()) {
                row.error("所在区县：“" + row.value("district") + "”不是兰州市所辖区县（"
                        + java.util.Arrays.stream(District.values()).map(District::chineseName).reduce((a, b) -> a + "、" + b).orElse("") + "）");
            } else {
                row.set("district", district.get().chineseName());
            }
        }
        if (district.isPresent() && PROJECT_NO.matcher(row.value("projectNo")).matches()
                && !row.value("projectNo").substring(3, 9).equals(district.get().code())) {
            row.error("监督编号：第4–9位区县代码 " + row.value("projectNo").substring(3, 9) + " 与所在区县 "
                    + district.get().chineseName() + "（" + district.get().code() + "）不一致");
        }
        if (row.has("type")) {
            ImportValues.projectType(row.value("type")).ifPresentOrElse(t -> row.set("type", t.label()),
                    () -> row.error("工程类别：“" + row.value("type") + "”不正确，应为房屋建筑工程、市政基础设施工程、轨道交通工程、工业建筑工程、装饰装修工程之一"));
        }
        if (row.has("permitNo")) {
            String permit = ImportValues.identifier(row.value("permitNo"));
            row.set("permitNo", permit);
            ConstructionPermitNumbers.check(permit, today).forEach(v -> row.error(v.message()));
        } else {
            row.warning("没有施工许可证编号：在建工程必须登记施工许可证编号（数据质量规则）");
        }
        amount(row, "floorArea", "建筑面积（㎡）");
        amount(row, "contractValue", "工程造价（万元）");
        Optional<LocalDate> start = date(row, "startDate", "开工日期");
        Optional<LocalDate> planned = date(row, "plannedCompletion", "计划竣工日期");
        if (start.isPresent() && planned.isPresent() && planned.get().isBefore(start.get())) {
            row.error("计划竣工日期 " + planned.get() + " 早于开工日期 " + start.get());
        }
        creditCode(row, "developer", "建设单位统一社会信用代码");
        creditCode(row, "contractor", "施工总承包单位统一社会信用代码");
        creditCode(row, "supervision", "监理单位统一社会信用代码");
        for (String post : List.of("manager", "chiefSupervisor", "safetyOfficer")) {
            if (row.has(post)) {
                String id = ImportValues.identifier(row.value(post));
                row.set(post, id);
                String header = header(ImportKind.PROJECT, post);
                ResidentIdNumbers.check(id, today).forEach(v -> row.error(header + "：" + v.message()));
            }
        }
    }

    // ------------------------------------------------------------------ registry and file

    private void enterpriseReferences(List<ImportRow> rows) {
        Map<String, String> existing = lookup("select e.creditCode, e.name from Enterprise e where e.creditCode in :keys",
                keys(rows, "creditCode"));
        Map<String, Integer> firstLine = new HashMap<>();
        for (ImportRow row : rows) {
            String code = row.value("creditCode");
            if (code.isEmpty()) {
                continue;
            }
            if (existing.containsKey(code)) {
                row.error("统一社会信用代码 " + code + " 已在主体库中（" + existing.get(code) + "）");
            }
            duplicateInFile(row, firstLine, code, "统一社会信用代码");
        }
    }

    private void personReferences(List<ImportRow> rows) {
        Map<String, String> indexOf = new HashMap<>();
        for (ImportRow row : rows) {
            if (row.has("idNumber")) {
                indexOf.put(row.value("idNumber"), Person.indexOfIdNumber(row.value("idNumber")));
            }
        }
        Map<String, String> existing = lookup("select p.idNumberIndex, p.name from Person p where p.idNumberIndex in :keys",
                new HashSet<>(indexOf.values()));
        Map<String, String> employers = lookup("select e.creditCode, e.name from Enterprise e where e.creditCode in :keys",
                keys(rows, "employerCreditCode"));
        Map<String, Integer> firstLine = new HashMap<>();
        for (ImportRow row : rows) {
            String id = row.value("idNumber");
            if (!id.isEmpty()) {
                String name = existing.get(indexOf.get(id));
                if (name != null) {
                    row.error("身份证号已在主体库中（" + Masking.name(name) + "）");
                }
                duplicateInFile(row, firstLine, id, "身份证号");
            }
            String employer = row.value("employerCreditCode");
            if (!employer.isEmpty() && UnifiedSocialCreditCodes.isValid(employer) && !employers.containsKey(employer)) {
                row.error("所在企业统一社会信用代码：主体库中没有 " + employer + " 这家企业，请先导入企业");
            }
        }
    }

    private void projectReferences(List<ImportRow> rows) {
        Set<String> numbers = lookup("select p.projectNo, p.name from Project p where p.projectNo in :keys",
                keys(rows, "projectNo")).keySet();
        Map<String, String> permits = lookup("select p.permitNo, p.projectNo from Project p where p.permitNo in :keys",
                keys(rows, "permitNo"));
        Set<String> codes = new HashSet<>();
        for (String c : List.of("developer", "contractor", "supervision")) {
            codes.addAll(keys(rows, c));
        }
        Map<String, String> enterprises = lookup("select e.creditCode, e.name from Enterprise e where e.creditCode in :keys", codes);
        Map<String, String> indexOf = new HashMap<>();
        for (ImportRow row : rows) {
            for (String post : List.of("manager", "chiefSupervisor", "safetyOfficer")) {
                if (row.has(post)) {
                    indexOf.put(row.value(post), Person.indexOfIdNumber(row.value(post)));
                }
            }
        }
        Map<String, String> persons = lookup("select p.idNumberIndex, p.name from Person p where p.idNumberIndex in :keys",
                new HashSet<>(indexOf.values()));
        Map<String, Long> managing = counts("select k.person.idNumberIndex, count(k) from ProjectKeyPerson k "
                + "where k.role = :role and k.project.status = :status and k.person.idNumberIndex in :keys group by k.person.idNumberIndex",
                new HashSet<>(indexOf.values()));
        int managerLimit = settings.activeProjectLimits().getOrDefault(KeyPersonRole.PROJECT_MANAGER, 0);
        Set<ParticipantRole> requiredParticipants = settings.requiredParticipants();
        Set<KeyPersonRole> requiredPosts = settings.requiredKeyPersons();
        Map<String, Integer> firstLine = new HashMap<>();
        Map<String, Integer> permitLine = new HashMap<>();
        Map<String, Integer> managedInFile = new HashMap<>();
        for (ImportRow row : rows) {
            String no = row.value("projectNo");
            if (!no.isEmpty()) {
                if (numbers.contains(no)) {
                    row.error("监督编号 " + no + " 已在主体库中");
                }
                duplicateInFile(row, firstLine, no, "监督编号");
            }
            String permit = row.value("permitNo");
            if (!permit.isEmpty()) {
                if (permits.containsKey(permit)) {
                    row.error("施工许可证编号 " + permit + " 已登记在工程 " + permits.get(permit) + " 上");
                }
                duplicateInFile(row, permitLine, permit, "施工许可证编号");
            }
            reference(row, "developer", ParticipantRole.DEVELOPER, enterprises, requiredParticipants);
            reference(row, "contractor", ParticipantRole.GENERAL_CONTRACTOR, enterprises, requiredParticipants);
            reference(row, "supervision", ParticipantRole.SUPERVISION, enterprises, requiredParticipants);
            post(row, "manager", KeyPersonRole.PROJECT_MANAGER, persons, indexOf, requiredPosts);
            post(row, "chiefSupervisor", KeyPersonRole.CHIEF_SUPERVISOR, persons, indexOf, requiredPosts);
            post(row, "safetyOfficer", KeyPersonRole.SAFETY_OFFICER, persons, indexOf, requiredPosts);
            String manager = row.value("manager");
            if (!manager.isEmpty() && persons.containsKey(indexOf.get(manager)) && managerLimit > 0) {
                long already = managing.getOrDefault(indexOf.get(manager), 0L) + managedInFile.getOrDefault(manager, 0);
                if (already >= managerLimit) {
                    row.warning("项目经理 " + Masking.name(persons.get(indexOf.get(manager))) + " 已担任 " + already
                            + " 个在建工程的项目经理（上限 " + managerLimit + " 个），导入后将超限");
                }
                managedInFile.merge(manager, 1, Integer::sum);
            }
        }
    }

    private static void reference(ImportRow row, String key, ParticipantRole role, Map<String, String> enterprises,
                                  Set<ParticipantRole> required) {
        String code = row.value(key);
        if (code.isEmpty()) {
            if (required.contains(role)) {
                row.warning("没有" + role.label() + "：在建工程必须登记" + role.label() + "（数据质量规则）");
            }
        } else if (UnifiedSocialCreditCodes.isValid(code) && !enterprises.containsKey(code)) {
            row.error(header(ImportKind.PROJECT, key) + "：主体库中没有 " + code + " 这家企业，请先导入企业");
        }
    }

    private static void post(ImportRow row, String key, KeyPersonRole role, Map<String, String> persons,
                             Map<String, String> indexOf, Set<KeyPersonRole> required) {
        String id = row.value(key);
        if (id.isEmpty()) {
            if (required.contains(role)) {
                row.warning("没有" + role.label() + "：在建工程必须登记" + role.label() + "（数据质量规则）");
            }
        } else if (row.getErrors().stream().noneMatch(e -> e.startsWith(header(ImportKind.PROJECT, key)))
                && !persons.containsKey(indexOf.get(id))) {
            row.error(header(ImportKind.PROJECT, key) + "：主体库中没有身份证号为 " + Masking.idNumber(id) + " 的人员，请先导入人员");
        }
    }

    // ------------------------------------------------------------------ cells

    private void creditCode(ImportRow row, String key, String header) {
        if (!row.has(key)) {
            return;
        }
        String code = UnifiedSocialCreditCodes.normalize(row.value(key));
        row.set(key, code);
        for (RuleViolation v : UnifiedSocialCreditCodes.check(code)) {
            row.error(v.message().startsWith(header) ? v.message() : header + "：" + v.message());
        }
    }

    private static void phone(ImportRow row, String key, String header, boolean landlineAllowed) {
        if (!row.has(key)) {
            return;
        }
        String v = row.value(key).replaceAll("[\\s]", "");
        String digits = v.replace("-", "");
        if (MOBILE.matcher(digits).matches() || (landlineAllowed && LANDLINE.matcher(v).matches())) {
            row.set(key, v);
        } else {
            row.error(header + "：“" + row.value(key) + "”不是" + (landlineAllowed ? "手机号码或固定电话（如 0931-8123456）"
                    : "11位手机号码"));
        }
    }

    private static Optional<LocalDate> date(ImportRow row, String key, String header) {
        if (!row.has(key)) {
            return Optional.empty();
        }
        Optional<LocalDate> d = ImportValues.date(row.value(key));
        if (d.isEmpty()) {
            row.error(header + "：“" + row.value(key) + "”不是有效日期，请写成 2026-11-26 的格式");
        } else {
            row.set(key, d.get().toString());
        }
        return d;
    }

    private static void amount(ImportRow row, String key, String header) {
        if (!row.has(key)) {
            return;
        }
        Optional<BigDecimal> n = ImportValues.amount(row.value(key));
        if (n.isEmpty()) {
            row.error(header + "：“" + row.value(key) + "”应为不小于0的数字（最多两位小数）");
        } else {
            row.set(key, n.get().toPlainString());
        }
    }

    private static void allOrNone(ImportRow row, String what, String... keys) {
        long filled = java.util.Arrays.stream(keys).filter(row::has).count();
        if (filled > 0 && filled < keys.length) {
            List<String> missing = java.util.Arrays.stream(keys).filter(k -> !row.has(k))
                    .map(k -> header(kindOf(k), k)).toList();
            row.error(what + "信息不完整：还缺 " + String.join("、", missing));
        }
    }

    private static ImportKind kindOf(String key) {
        return key.startsWith("qualification") ? ImportKind.ENTERPRISE : key.startsWith("certificate") ? ImportKind.PERSON : ImportKind.PROJECT;
    }

    private static String header(ImportKind kind, String key) {
        return kind.columns().stream().filter(c -> c.key().equals(key)).map(ImportColumn::header).findFirst().orElse(key);
    }

    private static void duplicateInFile(ImportRow row, Map<String, Integer> firstLine, String key, String what) {
        Integer first = firstLine.putIfAbsent(key, row.getLine());
        if (first != null) {
            row.error(what + "与第 " + first + " 行重复");
        }
    }

    private static Set<String> keys(List<ImportRow> rows, String key) {
        Set<String> keys = new HashSet<>();
        for (ImportRow r : rows) {
            if (r.has(key)) {
                keys.add(r.value(key));
            }
        }
        return keys;
    }

    /** key → value of a two-column query, for the keys given, in chunks. */
    private Map<String, String> lookup(String jpql, Collection<String> keys) {
        return query(jpql, keys, r -> String.valueOf(r[1]), Map.of());
    }

    private Map<String, Long> counts(String jpql, Collection<String> keys) {
        return query(jpql, keys, r -> (Long) r[1], Map.of("role", KeyPersonRole.PROJECT_MANAGER, "status", ProjectStatus.UNDER_CONSTRUCTION));
    }

    private <V> Map<String, V> query(String jpql, Collection<String> keys, Function<Object[], V> value, Map<String, Object> params) {
        Map<String, V> out = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            var q = em.createQuery(jpql, Object[].class).setParameter("keys", all.subList(from, Math.min(all.size(), from + CHUNK)));
            params.forEach(q::setParameter);
            for (Object[] r : q.getResultList()) {
                out.putIfAbsent(String.valueOf(r[0]), value.apply(r));
            }
        }
        return out;
    }
}
