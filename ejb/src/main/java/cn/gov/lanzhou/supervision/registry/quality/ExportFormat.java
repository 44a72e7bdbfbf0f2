package cn.gov.lanzhou.supervision.registry.quality;

/** The file formats of the data-quality export. */
public enum ExportFormat {
    /** UTF-8 with BOM, so that Excel opens it with the Chinese intact. */
    CSV("csv", "text/csv"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
