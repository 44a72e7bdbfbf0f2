/** SM2 椭圆曲线公钥密码 — key pairs, SM3withSM2 signatures, C1C3C2 encryption and PEM encoding. */
package cn.gov.lanzhou.supervision.gm.asymmetric;
