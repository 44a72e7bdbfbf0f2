/** 工作日历: working days for deadlines (complaints, declarations), holidays and make-up workdays. */
package cn.gov.lanzhou.supervision.calendar;
