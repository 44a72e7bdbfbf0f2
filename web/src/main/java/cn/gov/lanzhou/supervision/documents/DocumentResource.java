package cn.gov.lanzhou.supervision.documents;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;

/**
 * Public verification of signed documents for machines: the same answer as the verification page,
 * as JSON, with what is needed to check the SM2 signature independently.
 */
@Path("documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "文书核验", description = "监督站签发的整改通知书、停工令等文书的真伪核验（SM2 数字签名）")
public class DocumentResource {

    /** Beyond this a too-large body is not read to its end. */
    private static final long MAX_DRAINED = 32L * 1024 * 1024;

    @EJB
    private SignedDocuments documents;

    @GET
    @Path("{number}/verification")
    @Operation(summary = "按文书编号核验", description = "文书是否由本站签发、签名是否有效，以及文书的公开信息"
            + "（种类、编号、工程名称、签发日期、签发单位）、SM3 杂凑值、签名值、被签名的原文和本站 SM2 公钥；不含个人信息。")
    @APIResponse(responseCode = "200", description = "文书存在（outcome 为 SIGNATURE_VALID，或记录异常时为 SIGNATURE_INVALID / UNKNOWN_KEY）")
    @APIResponse(responseCode = "400", description = "文书编号格式不正确（MALFORMED_NUMBER）")
    @APIResponse(responseCode = "404", description = "本站没有签发过该编号的文书（NOT_FOUND）")
    public Response verify(@PathParam("number") @Parameter(description = "文书编号，如 ZG-2026-00015") String number) {
        return answer(documents.verify(number, null));
    }

    @POST
    @Path("{number}/verification")
    @Consumes("application/pdf")
    @Operation(summary = "核验 PDF 文件", description = "请求体为 PDF 文件本身（Content-Type: application/pdf，不超过 10 MB）；"
            + "比对其 SM3 杂凑值与本站签发时签名的是否一致：FILE_GENUINE 为真实，FILE_TAMPERED 为被修改或不是该文书。")
    @RequestBody(content = @Content(mediaType = "application/pdf", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "已比对（outcome 为 FILE_GENUINE 或 FILE_TAMPERED）")
    @APIResponse(responseCode = "400", description = "编号格式不正确、文件为空或不是 PDF")
    @APIResponse(responseCode = "404", description = "本站没有签发过该编号的文书")
    @APIResponse(responseCode = "413", description = "文件超过 10 MB")
    public Response verifyFile(@PathParam("number") String number, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes((int) DocumentVerifier.MAX_UPLOAD_BYTES + 1);
        DocumentVerifier.Upload upload = bytes.length > DocumentVerifier.MAX_UPLOAD_BYTES
                ? DocumentVerifier.Upload.tooLarge(bytes.length + drain(body)) : DocumentVerifier.Upload.of(bytes);
        return answer(documents.verify(number, upload));
    }

    /**
     * Reads and drops the rest of a body that is too large (up to {@link #MAX_DRAINED} bytes), so the
     * client, still sending, receives the 413 instead of a reset connection.
     */
    private static long drain(InputStream body) throws IOException {
        long skipped = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n; skipped < MAX_DRAINED && (n = body.read(buffer)) > 0; ) {
            skipped += n;
        }
        return skipped;
    }

    private static Response answer(DocumentVerification v) {
        int status = switch (v.outcome()) {
            case MALFORMED_NUMBER, FILE_NOT_PDF, FILE_EMPTY -> 400;
            case NOT_FOUND -> 404;
            case FILE_TOO_LARGE -> 413;
            default -> 200;
        };
        return Response.status(status).entity(v).header("Cache-Control", "no-store").build();
    }
}
