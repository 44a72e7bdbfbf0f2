package cn.gov.lanzhou.supervision.demo;

import cn.gov.lanzhou.supervision.complaint.ComplaintCategory;
import cn.gov.lanzhou.supervision.registry.rules.District;

/**
 * A demo complaint as a citizen would write it.
 *
 * @param category 投诉类别
 * @param district 所在区县 the complaint is about; its text names places there
 * @param subject  投诉事由 in a few words, e.g. 塔吊在居民楼上空吊运材料
 * @param title    标题 the citizen gave it
 * @param content  内容, first person, with place and time
 */
public record DemoComplaint(ComplaintCategory category, District district, String subject, String title,
                            String content) {
}
