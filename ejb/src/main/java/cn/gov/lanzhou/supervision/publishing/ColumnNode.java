package cn.gov.lanzhou.supervision.publishing;

/**
 * A column in the tree as the management page lists it: depth-first, with its depth and how many
 * articles it holds.
 */
public record ColumnNode(long id, String code, String name, Long parentId, int depth, int sortOrder, long articles,
                         boolean hasChildren, boolean first, boolean last) {

    /** Can be deleted: no articles and no sub-columns. */
    public boolean deletable() {
        return articles == 0 && !hasChildren;
    }
}
