/**
 * 演示数据 — vocabulary for believable demo data: valid identifiers, Chinese names, Lanzhou
 * addresses and projects, and real Chinese prose for articles, findings, complaints and replies.
 * Every generator draws only from the {@link java.util.Random} it is given, so a fixed seed gives
 * the same data every time. Entities are built from this vocabulary elsewhere.
 */
package cn.gov.lanzhou.supervision.demo;
