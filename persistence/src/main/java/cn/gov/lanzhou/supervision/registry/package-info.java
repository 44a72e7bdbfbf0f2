/**
 * 主体库 — the registry of enterprises, their qualifications, persons with their certificates,
 * and projects with participating enterprises and key persons.
 */
package cn.gov.lanzhou.supervision.registry;
