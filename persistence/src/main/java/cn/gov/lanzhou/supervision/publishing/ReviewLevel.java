package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.shared.Labelled;

import java.util.Optional;

/** 审核级别 of the three-level review (三级审核), and the role that reviews at each. */
public enum ReviewLevel implements Labelled {
    FIRST("初审", "FIRST_REVIEWER", ArticleStatus.FIRST_REVIEW, EditState.FIRST_REVIEW),
    SECOND("复审", "SECOND_REVIEWER", ArticleStatus.SECOND_REVIEW, EditState.SECOND_REVIEW),
    FINAL("终审", "FINAL_REVIEWER", ArticleStatus.FINAL_REVIEW, EditState.FINAL_REVIEW);

    private final String label;
    private final String role;
    private final ArticleStatus articleStatus;
    private final EditState editState;

    ReviewLevel(String label, String role, ArticleStatus articleStatus, EditState editState) {
        this.label = label;
        this.role = role;
        this.articleStatus = articleStatus;
        this.editState = editState;
    }

    @Override
    public String label() {
        return label;
    }

    /** Name of the role (as in {@code Role}) that reviews at this level. */
    public String role() {
        return role;
    }

    public ArticleStatus articleStatus() {
        return articleStatus;
    }

    public EditState editState() {
        return editState;
    }

    public static Optional<ReviewLevel> of(ArticleStatus status) {
        for (ReviewLevel l : values()) {
            if (l.articleStatus == status) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    public static Optional<ReviewLevel> of(EditState state) {
        for (ReviewLevel l : values()) {
            if (l.editState == state) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
