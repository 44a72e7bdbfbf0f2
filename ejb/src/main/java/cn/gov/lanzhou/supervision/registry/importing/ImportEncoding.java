package cn.gov.lanzhou.supervision.registry.importing;

import cn.gov.lanzhou.supervision.shared.Labelled;

/** How the characters of a CSV file are encoded. Excel (Chinese edition) saves CSV as GBK. */
public enum ImportEncoding implements Labelled {
    AUTO("自动识别"),
    UTF8("UTF-8"),
    GBK("GBK（中文版 Excel 另存的 CSV）");

    private final String label;

    ImportEncoding(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
