package cn.gov.lanzhou.supervision.portal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The public and partner API, versioned in the path. OpenAPI document at {@code /openapi}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(
        title = "兰州市建设工程安全质量监督站 开放接口",
        version = "1",
        description = "工程项目、监督进度、信息公开等接口 / projects, supervision progress and published information",
        contact = @Contact(name = "兰州市建设工程安全质量监督站")))
public class RestApplication extends Application {
}
