/**
 * 主体库 services: finding enterprises, persons and projects; the staff's masked view of them with audited
 * unmasking ({@link cn.gov.lanzhou.supervision.registry.RegistryRecords}). Data quality and import are in the
 * sub-packages {@code quality} and {@code importing}.
 */
package cn.gov.lanzhou.supervision.registry;
