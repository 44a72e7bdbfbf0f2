/** 监督检查 services: inspections, findings and rectification notices of projects. */
package cn.gov.lanzhou.supervision.supervision;
