package cn.gov.lanzhou.supervision.documents;

import cn.gov.lanzhou.supervision.shared.Labelled;

import java.util.Arrays;
import java.util.Optional;

/**
 * 文书种类 — what kind of official document a number stands for. The number of a document starts
 * with its kind's prefix ({@code ZG-2026-00015}, {@code TG-2026-00015}).
 */
public enum DocumentKind implements Labelled {
    /** 整改通知书: its number is the rectification notice's own number. */
    RECTIFICATION_NOTICE("整改通知书", "ZG"),
    /** 停工令 for major hazards: the notice's serial with the prefix TG. */
    STOP_WORK_ORDER("停工令", "TG");

    private final String label;
    private final String prefix;

    DocumentKind(String label, String prefix) {
        this.label = label;
        this.prefix = prefix;
    }

    @Override
    public String label() {
        return label;
    }

    /** The two capital letters every number of this kind starts with. */
    public String prefix() {
        return prefix;
    }

    /** The kind whose numbers start with the prefix of {@code documentNo}. */
    public static Optional<DocumentKind> ofNumber(String documentNo) {
        if (documentNo == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(k -> documentNo.startsWith(k.prefix + "-")).findFirst();
    }
}
