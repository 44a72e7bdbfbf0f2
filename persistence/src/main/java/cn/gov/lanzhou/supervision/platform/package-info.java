/** EclipseLink database platform for Dameng DM8 (达梦), named in {@code eclipselink.target-database}. */
package cn.gov.lanzhou.supervision.platform;
