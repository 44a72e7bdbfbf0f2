package cn.gov.lanzhou.supervision.protection;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * The encrypted columns, one converter each, named for what they hold. Apply with
 * {@code @Convert(converter = EncryptedColumns.PersonIdNumber.class)}. The context strings are
 * part of the stored data: never change one once values are stored under it.
 *
 * <p>Each class repeats {@code implements AttributeConverter<String, String>} although its base class
 * already implements it: EclipseLink 4.0 reads a converter's types from the interfaces the class itself
 * declares and fails the deployment with a {@code NullPointerException} ("genericTypes is null") otherwise.
 */
public final class EncryptedColumns {

    private EncryptedColumns() {
    }

    /** 身份证号 — {@code person.id_number}. */
    @Converter
    public static class PersonIdNumber extends EncryptedColumn implements AttributeConverter<String, String> {
        public PersonIdNumber() {
            super("Person.idNumber");
        }
    }

    /** 从业人员手机号码 — {@code person.phone}. */
    @Converter
    public static class PersonPhone extends EncryptedColumn implements AttributeConverter<String, String> {
        public PersonPhone() {
            super("Person.phone");
        }
    }

    /** 企业联系电话 — {@code enterprise.contact_phone}. */
    @Converter
    public static class EnterpriseContactPhone extends EncryptedColumn implements AttributeConverter<String, String> {
        public EnterpriseContactPhone() {
            super("Enterprise.contactPhone");
        }
    }

    /** 实名投诉人姓名 — {@code complaint.reporter_name}. */
    @Converter
    public static class ComplainantName extends EncryptedColumn implements AttributeConverter<String, String> {
        public ComplainantName() {
            super("Complaint.reporterName");
        }
    }

    /** 实名投诉人手机号码 — {@code complaint.reporter_phone}. */
    @Converter
    public static class ComplainantPhone extends EncryptedColumn implements AttributeConverter<String, String> {
        public ComplainantPhone() {
            super("Complaint.reporterPhone");
        }
    }

    /** 动态口令种子 — {@code app_user.totp_seed}, the Base32 TOTP secret of the second login factor. */
    @Converter
    public static class TotpSeed extends EncryptedColumn implements AttributeConverter<String, String> {
        public TotpSeed() {
            super("UserAccount.totpSeed");
        }
    }
}
