package cn.gov.lanzhou.supervision.publishing;

import java.time.LocalDateTime;

/** One save in an article's history (修订记录). */
public record RevisionRow(int number, String title, String editor, LocalDateTime savedAt, String note, int characters) {
}
