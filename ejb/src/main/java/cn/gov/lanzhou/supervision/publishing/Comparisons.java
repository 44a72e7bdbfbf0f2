package cn.gov.lanzhou.supervision.publishing;

import cn.gov.lanzhou.supervision.shared.Labelled;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds a {@link Comparison} of two contents of an article. */
final class Comparisons {

    private Comparisons() {
    }

    static Comparison of(String fromLabel, ArticleContent from, String toLabel, ArticleContent to) {
        List<Comparison.FieldChange> fields = new ArrayList<>();
        field(fields, "标题", from.title(), to.title());
        field(fields, "摘要", from.summary(), to.summary());
        field(fields, "栏目", from.column().getName(), to.column().getName());
        field(fields, "来源", from.source(), to.source());
        field(fields, "发布单位", from.authorDepartment(), to.authorDepartment());
        field(fields, "层级", label(from.level()), label(to.level()));
        field(fields, "业务类型", label(from.businessType()), label(to.businessType()));
        field(fields, "时效", label(from.validity()), label(to.validity()));
        field(fields, "标签", from.tags(), to.tags());
        field(fields, "所解读法规", from.interprets() == null ? null : from.interprets().getTitle(),
                to.interprets() == null ? null : to.interprets().getTitle());
        field(fields, "封面", from.coverAttachmentId() == null ? null : "附件 " + from.coverAttachmentId(),
                to.coverAttachmentId() == null ? null : "附件 " + to.coverAttachmentId());
        List<TextDiff.Paragraph> body = TextDiff.paragraphs(ArticleHtml.blocks(from.body()), ArticleHtml.blocks(to.body()));
        boolean imagesChanged = !images(from.body()).equals(images(to.body()));
        if (imagesChanged) {
            field(fields, "正文图片", String.join("、", images(from.body())), String.join("、", images(to.body())));
        }
        return new Comparison(fromLabel, toLabel, fields, TextDiff.html(body), TextDiff.changed(body));
    }

    private static void field(List<Comparison.FieldChange> out, String name, String before, String after) {
        String b = before == null ? "" : before;
        String a = after == null ? "" : after;
        if (!Objects.equals(b, a)) {
            out.add(new Comparison.FieldChange(name, b, a, TextDiff.html(TextDiff.words(b, a), true)));
        }
    }

    private static String label(Labelled l) {
        return l == null ? null : l.label();
    }

    private static final java.util.regex.Pattern SRC = java.util.regex.Pattern.compile("<(?:img|video)[^>]*\\ssrc=\"([^\"]*)\"");

    private static List<String> images(String html) {
        List<String> out = new ArrayList<>();
        var m = SRC.matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
