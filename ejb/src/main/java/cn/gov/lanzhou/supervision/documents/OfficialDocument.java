package cn.gov.lanzhou.supervision.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The content of an official document (公文-style), independent of how it is printed: letterhead,
 * number, title, addressee, body blocks (paragraphs, headings, fact tables, tables that may run over
 * several pages), issuing body and date, the signature block and the verification address (QR code),
 * and the end notes (抄送). {@link OfficialDocumentPdf} lays it out on A4.
 *
 * <p>Built with {@link #builder(String, String)}; immutable. Rectification notices and stop-work
 * orders use it, and so can any other document the station signs (e.g. decisions on declarations).
 */
public final class OfficialDocument {

    /** A piece of the body, printed in order. */
    public sealed interface Block permits Heading, Paragraph, Facts, Table {
    }

    /** A short bold line introducing what follows. */
    public record Heading(String text) implements Block {
        public Heading {
            Objects.requireNonNull(text);
        }
    }

    /** Running text; {@code indent} indents the first line by two characters, as Chinese prose is set. */
    public record Paragraph(String text, boolean indent) implements Block {
        public Paragraph {
            Objects.requireNonNull(text);
        }
    }

    /** A label and its value. */
    public record Fact(String label, String value) {
        public Fact {
            Objects.requireNonNull(label);
            value = value == null || value.isBlank() ? "—" : value;
        }
    }

    /** Label/value pairs in a two-column ruled table. */
    public record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    /** A column of a {@link Table}: its header, its share of the width, whether cells are centred. */
    public record Column(String header, float weight, boolean centred) {
        public Column {
            Objects.requireNonNull(header);
            if (weight <= 0) {
                throw new IllegalArgumentException("column weight must be positive");
            }
        }
    }

    /** A ruled table with a header row repeated on every page it runs over; long cells wrap and may split. */
    public record Table(List<Column> columns, List<List<String>> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            List<List<String>> copy = new ArrayList<>();
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("row has " + row.size() + " cells for " + columns.size() + " columns");
                }
                copy.add(row.stream().map(c -> c == null ? "" : c).toList());
            }
            rows = List.copyOf(copy);
        }
    }

    private final String letterhead;
    private final String title;
    private final String number;
    private final String addressee;
    private final List<Block> blocks;
    private final String issuer;
    private final LocalDate issuedOn;
    private final LocalDateTime createdAt;
    private final List<String> signatureLines;
    private final String verificationUrl;
    private final String verificationCaption;
    private final List<String> endNotes;

    private OfficialDocument(Builder b) {
        this.letterhead = b.letterhead;
        this.title = b.title;
        this.number = b.number;
        this.addressee = b.addressee;
        this.blocks = List.copyOf(b.blocks);
        this.issuer = Objects.requireNonNull(b.issuer, "签发单位不能为空");
        this.issuedOn = Objects.requireNonNull(b.issuedOn, "签发日期不能为空");
        this.createdAt = b.createdAt != null ? b.createdAt : issuedOn.atStartOfDay();
        this.signatureLines = List.copyOf(b.signatureLines);
        this.verificationUrl = b.verificationUrl;
        this.verificationCaption = b.verificationCaption;
        this.endNotes = List.copyOf(b.endNotes);
    }

    /** A document with this title (e.g. 建设工程质量安全隐患整改通知书) and number (e.g. ZG-2026-00015). */
    public static Builder builder(String title, String number) {
        return new Builder(title, number);
    }

    /** The same document with the signature block and the verification address (drawn as a QR code). */
    public OfficialDocument withVerification(String url, String caption, List<String> lines) {
        Builder b = toBuilder();
        b.verificationUrl = Objects.requireNonNull(url);
        b.verificationCaption = caption;
        b.signatureLines = new ArrayList<>(lines);
        return b.build();
    }

    private Builder toBuilder() {
        Builder b = new Builder(title, number);
        b.letterhead = letterhead;
        b.addressee = addressee;
        b.blocks.addAll(blocks);
        b.issuer = issuer;
        b.issuedOn = issuedOn;
        b.createdAt = createdAt;
        b.signatureLines = new ArrayList<>(signatureLines);
        b.verificationUrl = verificationUrl;
        b.verificationCaption = verificationCaption;
        b.endNotes.addAll(endNotes);
        return b;
    }

    public String letterhead() {
        return letterhead;
    }

    public String title() {
        return title;
    }

    public String number() {
        return number;
    }

    /** 主送: whom the document is addressed to, printed with a full-width colon; may be null. */
    public String addressee() {
        return addressee;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public String issuer() {
        return issuer;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    /** When the PDF was made: its creation date in the document information. */
    public LocalDateTime createdAt() {
        return createdAt;
    }

    public List<String> signatureLines() {
        return signatureLines;
    }

    /** The address the QR code carries; null when the document has none. */
    public String verificationUrl() {
        return verificationUrl;
    }

    public String verificationCaption() {
        return verificationCaption;
    }

    /** 版记: lines after the signature (抄送 …), between rules. */
    public List<String> endNotes() {
        return endNotes;
    }

    /** Builds an {@link OfficialDocument}; blocks print in the order they are added. */
    public static final class Builder {
        private String letterhead;
        private final String title;
        private final String number;
        private String addressee;
        private final List<Block> blocks = new ArrayList<>();
        private String issuer;
        private LocalDate issuedOn;
        private LocalDateTime createdAt;
        private List<String> signatureLines = new ArrayList<>();
        private String verificationUrl;
        private String verificationCaption;
        private final List<String> endNotes = new ArrayList<>();

        private Builder(String title, String number) {
            this.title = Objects.requireNonNull(title, "文书标题不能为空");
            this.number = Objects.requireNonNull(number, "文书编号不能为空");
        }

        /** 版头: the issuing body's name printed in red above the rule. */
        public Builder letterhead(String name) {
            this.letterhead = name;
            return this;
        }

        public Builder addressee(String addressee) {
            this.addressee = addressee;
            return this;
        }

        public Builder heading(String text) {
            blocks.add(new Heading(text));
            return this;
        }

        /** A paragraph with its first line indented by two characters. */
        public Builder paragraph(String text) {
            blocks.add(new Paragraph(text, true));
            return this;
        }

        /** A paragraph without first-line indent (numbered items carry their own). */
        public Builder item(String text) {
            blocks.add(new Paragraph(text, false));
            return this;
        }

        public Builder facts(List<Fact> facts) {
            blocks.add(new Facts(facts));
            return this;
        }

        public Builder table(List<Column> columns, List<List<String>> rows) {
            blocks.add(new Table(columns, rows));
            return this;
        }

        public Builder issuedBy(String issuer, LocalDate on) {
            this.issuer = issuer;
            this.issuedOn = on;
            return this;
        }

        public Builder createdAt(LocalDateTime at) {
            this.createdAt = at;
            return this;
        }

        public Builder endNote(String line) {
            endNotes.add(Objects.requireNonNull(line));
            return this;
        }

        public OfficialDocument build() {
            return new OfficialDocument(this);
        }
    }
}
