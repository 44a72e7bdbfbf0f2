/**
 * What happens when the portal starts: the data source, configuration checks, schema
 * migration and, in the demo profile, the demo data.
 */
package cn.gov.lanzhou.supervision.startup;
