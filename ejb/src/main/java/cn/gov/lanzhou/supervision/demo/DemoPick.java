package cn.gov.lanzhou.supervision.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/** Random choices drawn from a given {@link Random}, never from a shared one. */
final class DemoPick {

    private static final String[] CHINESE_DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private DemoPick() {
    }

    static <T> T one(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    @SafeVarargs
    static <T> T one(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** {@code n} distinct elements in random order (all of them if there are fewer). */
    static <T> List<T> some(Random random, List<T> choices, int n) {
        List<T> pool = new ArrayList<>(choices);
        List<T> picked = new ArrayList<>(Math.min(n, pool.size()));
        while (picked.size() < n && !pool.isEmpty()) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        return picked;
    }

    /** An int from {@code min} to {@code max}, both included. */
    static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    static boolean chance(Random random, int percent) {
        return random.nextInt(100) < percent;
    }

    /** A date from {@code from} to {@code to}, both included. */
    static LocalDate date(Random random, LocalDate from, LocalDate to) {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        long days = ChronoUnit.DAYS.between(from, to);
        if (days < 0) {
            throw new IllegalArgumentException("Empty date range: " + from + " to " + to);
        }
        return from.plusDays((long) (random.nextDouble() * (days + 1)));
    }

    /**
     * One of {@code choices} by weight.
     *
     * @param weights one weight for each choice, in the same order
     */
    static <T> T weighted(Random random, List<T> choices, int[] weights) {
        if (choices.size() != weights.length) {
            throw new IllegalArgumentException("One weight per choice is required.");
        }
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return choices.get(i);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** 1–99 written the Chinese way: 一, 十, 十二, 二十, 二十三. */
    static String chineseNumber(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("1–99 only: " + n);
        }
        if (n < 10) {
            return CHINESE_DIGITS[n];
        }
        String tens = n / 10 == 1 ? "十" : CHINESE_DIGITS[n / 10] + "十";
        return n % 10 == 0 ? tens : tens + CHINESE_DIGITS[n % 10];
    }

    /** A date as written in Chinese documents: 2024年3月15日. */
    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** A date without the year: 3月15日. */
    static String monthDay(LocalDate date) {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
