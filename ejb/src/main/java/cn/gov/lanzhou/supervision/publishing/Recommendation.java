package cn.gov.lanzhou.supervision.publishing;

/**
 * An article put forward for a signed-in enterprise, with the reason in one line a person can
 * check (因为贵单位是施工总承包企业，本文涉及“脚手架”).
 */
public record Recommendation(Article article, String reason) {
}
