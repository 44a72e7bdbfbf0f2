package cn.gov.lanzhou.supervision.publishing;

/**
 * What a visitor narrowed a column list to. Every part is optional ({@code null}: any).
 *
 * @param columnCode   栏目 code
 * @param level        发文层级 (国家/省级/市级)
 * @param businessType 业务类型 (安全/质量/综合)
 * @param year         year of publication
 */
public record ArticleFilter(String columnCode, ArticleLevel level, BusinessType businessType, Integer year) {

    /** No filter at all: every published article. */
    public static final ArticleFilter NONE = new ArticleFilter(null, null, null, null);

    /** True when something beyond the column is chosen. */
    public boolean narrowed() {
        return level != null || businessType != null || year != null;
    }
}
