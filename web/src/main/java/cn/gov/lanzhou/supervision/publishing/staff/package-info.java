/**
 * 信息发布 for the station's staff ({@code /staff/articles/…}): the editors' articles and editor form
 * with revisions, the reviewers' queue, withdrawal, and the column tree. Stateful views; every rule
 * is enforced again by the services behind them.
 */
package cn.gov.lanzhou.supervision.publishing.staff;
