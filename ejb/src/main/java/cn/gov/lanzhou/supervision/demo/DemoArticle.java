package cn.gov.lanzhou.supervision.demo;

import java.time.LocalDate;

/**
 * A demo article.
 *
 * @param column      栏目
 * @param title       标题
 * @param bodyHtml    正文: 3–6 {@code <p>} paragraphs of escaped text, nothing else
 * @param publishedOn 发布日期; events the body reports happened on or before it, periods it
 *                    announces may run after it
 */
public record DemoArticle(DemoColumn column, String title, String bodyHtml, LocalDate publishedOn) {
}
