package cn.gov.lanzhou.supervision.demo;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Fills sentence templates. {@code {key}} takes a value from a named source, drawn at its first
 * use and then repeated (the same project throughout one article). {@code {3-12}} is a whole
 * number in that range, drawn at each use, {@code {1.5-4.0}} a
 * number with as many decimals as written. Placeholders are filled left to right, so the result
 * depends only on the random sequence.
 */
final class DemoTemplate {

    private final Random random;
    private final Map<String, Supplier<String>> fixedSources = new HashMap<>();
    private final Map<String, String> fixedValues = new HashMap<>();

    DemoTemplate(Random random) {
        this.random = random;
    }

    /** {@code key} is drawn from {@code source} at its first use and then repeated. */
    DemoTemplate fixed(String key, Supplier<String> source) {
        fixedSources.put(key, source);
        fixedValues.remove(key);
        return this;
    }

    /** {@code key} is set to {@code value}. */
    DemoTemplate set(String key, String value) {
        fixedSources.put(key, () -> value);
        fixedValues.put(key, value);
        return this;
    }

    String fill(String template) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char ch = template.charAt(i);
            if (ch != '{') {
                out.append(ch);
                i++;
                continue;
            }
            int end = template.indexOf('}', i);
            if (end < 0) {
                throw new IllegalArgumentException("Unclosed placeholder in: " + template);
            }
            out.append(resolve(template.substring(i + 1, end), template));
            i = end + 1;
        }
        return out.toString();
    }

    private String resolve(String key, String template) {
        if (fixedSources.containsKey(key)) {
            return fixedValues.computeIfAbsent(key, k -> fixedSources.get(k).get());
        }
        int dash = key.indexOf('-', 1);
        if (dash > 0) {
            return number(key.substring(0, dash), key.substring(dash + 1));
        }
        throw new IllegalArgumentException("Unknown placeholder {" + key + "} in: " + template);
    }

    private String number(String from, String to) {
        int dot = from.indexOf('.');
        if (dot < 0) {
            return String.valueOf(DemoPick.between(random, Integer.parseInt(from), Integer.parseInt(to)));
        }
        int decimals = from.length() - dot - 1;
        double scale = Math.pow(10, decimals);
        long min = Math.round(Double.parseDouble(from) * scale);
        long max = Math.round(Double.parseDouble(to) * scale);
        long value = min + (long) (random.nextDouble() * (max - min + 1));
        return String.format(Locale.ROOT, "%." + decimals + "f", value / scale);
    }
}
