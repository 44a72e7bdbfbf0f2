package cn.gov.lanzhou.supervision.registry.quality;

import cn.gov.lanzhou.supervision.gm.masking.Masking;

/** How a value shown with a finding is masked for someone without the right to see it in full. */
public enum ValueKind {
    /** 统一社会信用代码: the last six characters hidden. */
    CREDIT_CODE,
    /** 身份证号: the first three and last four characters kept. */
    ID_NUMBER,
    /** 手机号码 or another phone number. */
    PHONE,
    /** Not personal data (监督编号, 施工许可证编号, a date): shown as it is. */
    PLAIN;

    public String mask(String value) {
        return switch (this) {
            case CREDIT_CODE -> Masking.creditCode(value);
            case ID_NUMBER -> Masking.idNumber(value);
            case PHONE -> Masking.mobile(value);
            case PLAIN -> value;
        };
    }
}
