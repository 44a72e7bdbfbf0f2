package cn.gov.lanzhou.supervision.shared;

import cn.gov.lanzhou.supervision.startup.InvalidSettingException;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Optional;
import java.util.function.Function;

/**
 * Size limits of uploads, from MicroProfile Config: {@code portal.upload.max-attachment-mb}
 * (documents and images, default 20) and {@code portal.upload.max-video-mb} (MP4, default 200).
 */
public final class UploadLimits {

    public static final String MAX_ATTACHMENT_MB = "portal.upload.max-attachment-mb";
    public static final String MAX_VIDEO_MB = "portal.upload.max-video-mb";

    private final long attachmentBytes;
    private final long videoBytes;

    public UploadLimits(long attachmentBytes, long videoBytes) {
        this.attachmentBytes = attachmentBytes;
        this.videoBytes = videoBytes;
    }

    /** Reads and checks the keys (1 … 2048 MB); a malformed value names the key. */
    public static UploadLimits from(Function<String, Optional<String>> source) {
        return new UploadLimits(megabytes(source, MAX_ATTACHMENT_MB, 20), megabytes(source, MAX_VIDEO_MB, 200));
    }

    public static UploadLimits fromConfig() {
        return from(key -> ConfigProvider.getConfig(UploadLimits.class.getClassLoader()).getOptionalValue(key, String.class));
    }

    private static long megabytes(Function<String, Optional<String>> source, String key, int defaultValue) {
        String v = source.apply(key).map(String::trim).orElse(String.valueOf(defaultValue));
        try {
            int mb = Integer.parseInt(v);
            if (mb >= 1 && mb <= 2048) {
                return mb * 1024L * 1024L;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException(key, v, "1 到 2048 之间的整数（单位 MB）");
    }

    /** Largest document or image. */
    public long attachmentBytes() {
        return attachmentBytes;
    }

    /** Largest video. */
    public long videoBytes() {
        return videoBytes;
    }

    /** The limit for a file of this type. */
    public long limitFor(UploadInspector.FileType type) {
        return type == UploadInspector.FileType.MP4 ? videoBytes : attachmentBytes;
    }
}
