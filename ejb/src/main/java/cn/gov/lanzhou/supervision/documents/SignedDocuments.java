package cn.gov.lanzhou.supervision.documents;

import cn.gov.lanzhou.supervision.audit.AuditOutcome;
import cn.gov.lanzhou.supervision.audit.AuditTrail;
import cn.gov.lanzhou.supervision.gm.keys.GmKeys;
import cn.gov.lanzhou.supervision.identity.KeyMaterial;
import cn.gov.lanzhou.supervision.registry.Enterprise;
import cn.gov.lanzhou.supervision.shared.FileStore;
import cn.gov.lanzhou.supervision.shared.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 签发文书: produces a document's PDF, signs it with the station's SM2 key, keeps the record and the
 * exact bytes, hands the PDF to those entitled to it, and verifies a number (and a file) for anyone.
 *
 * <ul>
 *   <li>{@link #issue}: for feature services (rectification notices, declarations) acting for a
 *   supervisor or the station leader. Idempotent: a number or a subject already issued gives back the
 *   document issued then, never a second one.</li>
 *   <li>{@link #download}: station staff (监督员, 站领导) and accounts of the enterprise the document
 *   is addressed to; anyone else is refused and the refusal audited.</li>
 *   <li>{@link #verify}: public, no personal data; never audited (it is what the public is meant to do).</li>
 * </ul>
 */
@Stateless
public class SignedDocuments {

    /** The PDFs the station produces stay far below this; a larger one means something is wrong. */
    static final long MAX_PDF_BYTES = 20L * 1024 * 1024;

    static final String SUPERVISOR = "SUPERVISOR";
    static final String LEADER = "LEADER";
    static final String ENTERPRISE = "ENTERPRISE";

    private static final Logger LOG = Logger.getLogger(SignedDocuments.class.getName());

    /**
     * What a feature asks to be issued: the content (its number, title, issuer and date are the
     * document's), its kind, what it is about, the enterprise it is addressed to (who may download it)
     * and the project it concerns (shown by the verification).
     */
    public record IssueRequest(DocumentKind kind, SignedDocument.Subject subject, Long addresseeEnterpriseId,
                               String projectNo, String projectName, OfficialDocument content) {
        public IssueRequest {
            Objects.requireNonNull(kind, "kind is required");
            Objects.requireNonNull(subject, "subject is required");
            Objects.requireNonNull(content, "content is required");
        }
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private KeyMaterial keyMaterial;

    @EJB
    private AuditTrail audit;

    @EJB
    private DocumentFonts fonts;

    @Inject
    private FileStore files;

    @Inject
    private DocumentSettings settings;

    @Resource
    private SessionContext caller;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /**
     * Produces, signs and keeps the document, or returns the one issued before for the same number or
     * the same subject and kind.
     *
     * @throws DocumentRefused when the number belongs to another document, or no font is installed
     */
    @RolesAllowed({SUPERVISOR, LEADER})
    public IssuedDocument issue(IssueRequest request, String sourceIp) {
        OfficialDocument content = request.content();
        String number = content.number();
        Optional<SignedDocument> existing = byNumber(number).or(() -> bySubject(request.kind(), request.subject()));
        if (existing.isPresent()) {
            SignedDocument d = existing.get();
            if (d.getKind() != request.kind() || !d.getSubjectType().equals(request.subject().type())
                    || d.getSubjectId() != request.subject().id() || !d.getDocumentNo().equals(number)) {
                throw new DocumentRefused("DOCUMENT_NUMBER_TAKEN", "文书编号 " + number + " 或该事项的" + request.kind().label()
                        + "已由另一份文书（" + d.getDocumentNo() + "）使用，不能重复签发。");
            }
            return IssuedDocument.of(d, false);
        }
        GmKeys keys = keyMaterial.keys();
        String keyId = DocumentSignatures.keyId(keys.signingPublicKey());
        OfficialDocument sealed = DocumentSeal.apply(content, settings.verificationLink(number), keyId);
        byte[] pdf = OfficialDocumentPdf.render(sealed, fonts.font());
        FileStore.StoredFile stored = files.store(new ByteArrayInputStream(pdf), MAX_PDF_BYTES);
        deleteOnRollback(stored.storageKey());
        if (!stored.sm3Hex().equals(DocumentSignatures.sm3Hex(pdf))) {
            throw new IllegalStateException("文件存储后的 SM3 与生成的 PDF 不一致: " + number);
        }
        Enterprise addressee = request.addresseeEnterpriseId() == null ? null
                : em.getReference(Enterprise.class, request.addresseeEnterpriseId());
        SignedDocument record = new SignedDocument(number, request.kind(), content.title(), request.subject(), addressee,
                request.projectNo(), request.projectName(), content.issuer(), content.issuedOn(),
                new SignedDocument.StoredPdf(stored.storageKey(), stored.sizeBytes(), stored.sm3Hex()), keyId,
                LocalDateTime.now(), caller.getCallerPrincipal().getName());
        record.sign(DocumentSignatures.sign(keys.signingKeyPair().getPrivate(), record));
        em.persist(record);
        em.flush();
        audit.record(caller.getCallerPrincipal().getName(), callerRole(), sourceIp, "DOCUMENT_ISSUE", "SignedDocument",
                number, AuditOutcome.SUCCESS, request.kind().label() + " " + number + "（" + request.subject().type() + "#"
                        + request.subject().id() + "），SM3 " + stored.sm3Hex() + "，" + stored.sizeBytes() + " 字节，密钥 " + keyId);
        LOG.info(() -> "签发文书 / document issued: " + number + " (" + stored.sizeBytes() + " bytes)");
        return IssuedDocument.of(record, true);
    }

    /**
     * The PDF exactly as issued, for staff and for the enterprise the document is addressed to.
     *
     * @throws DocumentRefused for a malformed or unknown number, another enterprise's document, or a stored
     *                         file that no longer matches its signed digest
     */
    @RolesAllowed({SUPERVISOR, LEADER, ENTERPRISE})
    public DocumentFile download(String typedNumber, String sourceIp) {
        String user = caller.getCallerPrincipal().getName();
        String number = DocumentVerifier.normalise(typedNumber).orElseThrow(() -> new DocumentRefused("DOCUMENT_NUMBER_INVALID",
                "文书编号格式不正确，应为“两位字母-年份-五位序号”，如 ZG-2026-00015。"));
        SignedDocument d = byNumber(number).orElseThrow(() -> new DocumentRefused("DOCUMENT_NOT_FOUND",
                "未找到编号为 " + number + " 的文书。"));
        if (!mayRead(d)) {
            audit.record(user, callerRole(), sourceIp, "DOCUMENT_DOWNLOAD", "SignedDocument", number, AuditOutcome.DENIED,
                    "not addressed to the caller's enterprise");
            throw new DocumentRefused("DOCUMENT_FORBIDDEN", "您无权下载文书 " + number
                    + "：文书只提供给监督站工作人员和文书送达的单位。如需核验真伪，请使用“文书核验”。");
        }
        byte[] bytes = read(d);
        if (!DocumentSignatures.sm3Hex(bytes).equals(d.getPdfSm3()) || bytes.length != d.getPdfSize()) {
            LOG.severe(() -> "存档文书文件与签名记录不一致 / stored PDF does not match its signed digest: " + number
                    + " (" + d.getStorageKey() + ")");
            audit.record(user, callerRole(), sourceIp, "DOCUMENT_DOWNLOAD", "SignedDocument", number, AuditOutcome.FAILURE,
                    "stored file does not match the signed SM3");
            throw new DocumentRefused("DOCUMENT_FILE_CORRUPT", "文书 " + number
                    + " 的存档文件与签名记录不一致，已记录在案，请联系监督站信息中心。");
        }
        audit.record(user, callerRole(), sourceIp, "DOCUMENT_DOWNLOAD", "SignedDocument", number, AuditOutcome.SUCCESS,
                d.getKind().label() + "，" + bytes.length + " 字节");
        return new DocumentFile(number, d.getKind().label() + "-" + number + ".pdf", bytes);
    }

    /**
     * Public verification of a number and, when {@code upload} is given, of a file against it. Answers
     * every input with an outcome and a message; never throws for bad input.
     */
    @PermitAll
    public DocumentVerification verify(String typedNumber, DocumentVerifier.Upload upload) {
        Optional<SignedDocument> record = DocumentVerifier.normalise(typedNumber).flatMap(this::byNumber);
        return DocumentVerifier.verify(typedNumber, record, keyMaterial.keys().signingPublicKey(), upload);
    }

    /** The documents issued for a subject (e.g. a rectification notice), oldest first. */
    @RolesAllowed({SUPERVISOR, LEADER})
    public List<IssuedDocument> ofSubject(SignedDocument.Subject subject) {
        return em.createQuery("select d from SignedDocument d where d.subjectType = :t and d.subjectId = :id order by d.id",
                        SignedDocument.class)
                .setParameter("t", subject.type()).setParameter("id", subject.id()).getResultStream()
                .map(d -> IssuedDocument.of(d, false)).toList();
    }

    /** The documents issued, newest first. */
    @RolesAllowed({SUPERVISOR, LEADER})
    public Page<IssuedDocument> recent(int pageNumber, int pageSize) {
        int size = Page.clampSize(pageSize);
        long total = em.createQuery("select count(d) from SignedDocument d", Long.class).getSingleResult();
        List<IssuedDocument> items = em.createQuery("select d from SignedDocument d order by d.signedAt desc, d.id desc",
                        SignedDocument.class)
                .setFirstResult(Page.firstResult(pageNumber, size)).setMaxResults(size).getResultStream()
                .map(d -> IssuedDocument.of(d, false)).toList();
        return new Page<>(items, Math.max(1, pageNumber), size, total);
    }

    private Optional<SignedDocument> byNumber(String number) {
        return em.createQuery("select d from SignedDocument d where d.documentNo = :n", SignedDocument.class)
                .setParameter("n", number).getResultStream().findFirst();
    }

    private Optional<SignedDocument> bySubject(DocumentKind kind, SignedDocument.Subject subject) {
        return em.createQuery("select d from SignedDocument d where d.kind = :k and d.subjectType = :t and d.subjectId = :id",
                        SignedDocument.class)
                .setParameter("k", kind).setParameter("t", subject.type()).setParameter("id", subject.id())
                .getResultStream().findFirst();
    }

    /** Staff read every document; an enterprise account only those addressed to its own enterprise. */
    private boolean mayRead(SignedDocument d) {
        if (caller.isCallerInRole(SUPERVISOR) || caller.isCallerInRole(LEADER)) {
            return true;
        }
        if (!caller.isCallerInRole(ENTERPRISE) || d.getAddressee() == null) {
            return false;
        }
        List<Long> own = em.createQuery("select u.enterprise.id from UserAccount u where u.username = :u", Long.class)
                .setParameter("u", caller.getCallerPrincipal().getName()).getResultList();
        return !own.isEmpty() && d.getAddressee().getId().equals(own.get(0));
    }

    private byte[] read(SignedDocument d) {
        Optional<InputStream> in = files.open(d.getStorageKey());
        if (in.isEmpty()) {
            LOG.severe(() -> "存档文书文件缺失 / stored PDF missing: " + d.getDocumentNo() + " (" + d.getStorageKey() + ")");
            throw new DocumentRefused("DOCUMENT_FILE_MISSING", "文书 " + d.getDocumentNo()
                    + " 的存档文件缺失，已记录在案，请联系监督站信息中心。");
        }
        try (InputStream stream = in.get()) {
            return stream.readNBytes((int) Math.min(MAX_PDF_BYTES, d.getPdfSize() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored PDF whose record does not commit is removed, so the store keeps no orphan. */
    private void deleteOnRollback(String storageKey) {
        FileStore store = files;
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        store.delete(storageKey);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "未能删除回滚事务的文书文件 / could not remove the file of a rolled-back document: "
                                + storageKey, e);
                    }
                }
            }
        });
    }

    private String callerRole() {
        for (String role : List.of(SUPERVISOR, LEADER, ENTERPRISE)) {
            if (caller.isCallerInRole(role)) {
                return role;
            }
        }
        return null;
    }
}
