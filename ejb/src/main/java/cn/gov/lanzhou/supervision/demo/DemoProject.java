package cn.gov.lanzhou.supervision.demo;

import cn.gov.lanzhou.supervision.registry.ProjectType;
import cn.gov.lanzhou.supervision.registry.rules.District;
import cn.gov.lanzhou.supervision.registry.rules.PermitCategory;

import java.math.BigDecimal;

/**
 * A made-up construction project, consistent in itself: the name fits the type, the address the
 * district, the permit category the works.
 *
 * @param name           工程名称
 * @param type           工程类别
 * @param district       所在区县
 * @param address        工程地址, e.g. 城关区东岗西路与天水南路交汇处东南侧
 * @param floorArea      建筑面积 in ㎡; {@code null} for linear works (roads, pipelines, rail)
 * @param contractValue  工程造价 in 万元
 * @param permitCategory the professional category its construction permit number carries
 * @param scale          建设规模 as written on a registration form
 */
public record DemoProject(String name, ProjectType type, District district, String address,
                          BigDecimal floorArea, BigDecimal contractValue, PermitCategory permitCategory,
                          String scale) {
}
