package cn.gov.lanzhou.supervision.protection;

import cn.gov.lanzhou.supervision.gm.CryptoIntegrityException;
import cn.gov.lanzhou.supervision.gm.field.UnknownKeyException;
import jakarta.persistence.AttributeConverter;

import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An attribute stored as SM4-GCM ciphertext ({@link cn.gov.lanzhou.supervision.gm.field.FieldCipher}),
 * bound to one entity and column by its <em>context</em>: the context is part of the associated data,
 * so a value copied into another column does not decrypt there.
 *
 * <p>The context is part of the stored format: renaming the Java field must not change it, or every
 * stored value of the column stops decrypting. {@code null} stays {@code null} (no key needed).
 * The concrete converters, one per column, are in {@link EncryptedColumns}.
 */
public abstract class EncryptedColumn implements AttributeConverter<String, String> {

    private static final Logger LOG = Logger.getLogger(EncryptedColumn.class.getName());

    private final String context;

    protected EncryptedColumn(String context) {
        this.context = Objects.requireNonNull(context, "Encryption context is required.");
    }

    /** @return the entity and column this converter binds values to, e.g. {@code Person.idNumber} */
    public final String context() {
        return context;
    }

    @Override
    public final String convertToDatabaseColumn(String attribute) {
        return attribute == null ? null : FieldProtection.cipher().encrypt(attribute, context);
    }

    /** @throws ProtectedDataException if the stored value does not authenticate for this column */
    @Override
    public final String convertToEntityAttribute(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return FieldProtection.cipher().decrypt(stored, context);
        } catch (UnknownKeyException e) {
            LOG.log(Level.SEVERE, "字段密钥不在密钥环中 / {0} names a field key the key ring does not hold: {1}",
                    new Object[] {context, e.getMessage()});
            throw new ProtectedDataException(context, "字段密钥不在密钥环中 / unknown field key", e);
        } catch (CryptoIntegrityException e) {
            LOG.log(Level.SEVERE, "数据完整性校验失败 / a stored {0} value does not authenticate "
                    + "(altered, copied from another column or truncated)", context);
            throw new ProtectedDataException(context, null, e);
        }
    }
}
