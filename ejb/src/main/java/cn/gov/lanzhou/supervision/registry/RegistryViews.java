package cn.gov.lanzhou.supervision.registry;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the staff registry screens show of enterprises, persons and projects. Personal identifiers
 * and phones arrive masked unless {@code masked} is false, which only {@link RegistryRecords}'s audited
 * "查看完整信息" produces. Records, not entities: nothing here can be saved back by accident.
 */
public final class RegistryViews {

    private RegistryViews() {
    }

    /** A line of the enterprise list. */
    public record EnterpriseRow(long id, String name, String creditCode, String type, String district, String phone)
            implements Serializable {
    }

    /** A line of the person list. */
    public record PersonRow(long id, String name, String idNumber, String phone, Long employerId, String employer,
                            String certificates) implements Serializable {
    }

    /** A line of the project list. */
    public record ProjectRow(long id, String projectNo, String name, String district, String type, String status,
                             String permitNo) implements Serializable {
    }

    /** 资质. */
    public record QualificationLine(String category, String level, String certificateNo, LocalDate validUntil,
                                    boolean expired) implements Serializable {
    }

    /** 证书. */
    public record CertificateLine(String kind, String certificateNo, LocalDate validUntil, boolean expired)
            implements Serializable {
    }

    /** A project an enterprise takes part in, or a person holds a post on. */
    public record ProjectLink(long projectId, String projectNo, String projectName, String role, String status)
            implements Serializable {
    }

    /** A person employed by an enterprise. */
    public record StaffLine(long personId, String name, String certificates) implements Serializable {
    }

    /** 参建单位 of a project. */
    public record ParticipantLine(long enterpriseId, String name, String creditCode, String role) implements Serializable {
    }

    /** 关键岗位人员 of a project. */
    public record KeyPersonLine(long personId, String name, String idNumber, String role) implements Serializable {
    }

    /** 企业 with its qualifications, projects and staff. */
    public record EnterpriseDetail(long id, String name, String creditCode, String type, String districtCode,
                                   String district, String address, String legalRepresentative, String phone,
                                   LocalDate registeredOn, List<QualificationLine> qualifications,
                                   List<ProjectLink> projects, List<StaffLine> staff, boolean masked)
            implements Serializable {
    }

    /** 从业人员 with certificates and posts. */
    public record PersonDetail(long id, String name, String idNumber, String phone, Long employerId, String employer,
                               String employerCreditCode, List<CertificateLine> certificates, List<ProjectLink> posts,
                               boolean masked) implements Serializable {
    }

    /** 工程 with participants and key persons (their identifiers masked: full values are on their own pages). */
    public record ProjectDetail(long id, String projectNo, String name, String districtCode, String district, String type,
                                String status, String stage, String permitNo, String address, BigDecimal floorArea,
                                BigDecimal contractValue, LocalDate startDate, LocalDate plannedCompletion,
                                LocalDate completedOn, String supervisor, List<ParticipantLine> participants,
                                List<KeyPersonLine> keyPersons) implements Serializable {
    }
}
