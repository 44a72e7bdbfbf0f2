package cn.gov.lanzhou.supervision.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The benchmark's baseline: a person row with the same columns as {@code person}, but stored in clear
 * (no converters), in the table {@code plain_person} that {@link EncryptedListBenchmark} creates.
 */
@Entity
@Table(name = "plain_person")
public class PlainPerson {

    @Id
    private Long id;

    @Column(name = "name", length = 50, nullable = false)
    private String name;

    @Column(name = "id_number", length = 300, nullable = false)
    private String idNumber;

    @Column(name = "phone", length = 300)
    private String phone;

    protected PlainPerson() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getPhone() {
        return phone;
    }
}
