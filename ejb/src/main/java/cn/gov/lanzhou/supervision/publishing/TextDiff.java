package cn.gov.lanzhou.supervision.publishing;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable comparison of two texts, as editors expect from 修订对比: paragraph by paragraph
 * (longest common subsequence of paragraphs), and inside a changed paragraph word by word — a
 * Chinese character is a word, so is a run of Latin letters or digits. The result renders as HTML
 * with {@code <ins>} and {@code <del>}; all text in it is escaped.
 */
public final class TextDiff {

    /** Beyond this many cells, a middle part is shown as replaced rather than compared (time and memory). */
    static final long MAX_CELLS = 4_000_000L;

    public enum Op { SAME, ADDED, REMOVED, CHANGED }

    /** A run of tokens that are the same, added or removed. */
    public record Piece(Op op, String text) {
    }

    /** A paragraph that is the same, added, removed, or changed (then with its word-level pieces). */
    public record Paragraph(Op op, List<Piece> pieces) {
        public String text(boolean after) {
            StringBuilder sb = new StringBuilder();
            for (Piece p : pieces) {
                if (p.op() == Op.SAME || p.op() == (after ? Op.ADDED : Op.REMOVED)) {
                    sb.append(p.text());
                }
            }
            return sb.toString();
        }
    }

    private TextDiff() {
    }

    /** Compares two lists of paragraphs. */
    public static List<Paragraph> paragraphs(List<String> before, List<String> after) {
        List<Paragraph> out = new ArrayList<>();
        List<Edit<String>> script = script(before, after);
        int i = 0;
        while (i < script.size()) {
            Edit<String> e = script.get(i);
            if (e.op == Op.SAME) {
                out.add(new Paragraph(Op.SAME, List.of(new Piece(Op.SAME, e.value))));
                i++;
                continue;
            }
            // a run of removals and additions: pair them up where they are alike
            List<String> removed = new ArrayList<>();
            List<String> added = new ArrayList<>();
            while (i < script.size() && script.get(i).op != Op.SAME) {
                (script.get(i).op == Op.REMOVED ? removed : added).add(script.get(i).value);
                i++;
            }
            int pairs = Math.min(removed.size(), added.size());
            for (int k = 0; k < pairs; k++) {
                List<Piece> words = words(removed.get(k), added.get(k));
                if (alike(words, removed.get(k), added.get(k))) {
                    out.add(new Paragraph(Op.CHANGED, words));
                } else {
                    out.add(new Paragraph(Op.REMOVED, List.of(new Piece(Op.REMOVED, removed.get(k)))));
                    out.add(new Paragraph(Op.ADDED, List.of(new Piece(Op.ADDED, added.get(k)))));
                }
            }
            for (int k = pairs; k < removed.size(); k++) {
                out.add(new Paragraph(Op.REMOVED, List.of(new Piece(Op.REMOVED, removed.get(k)))));
            }
            for (int k = pairs; k < added.size(); k++) {
                out.add(new Paragraph(Op.ADDED, List.of(new Piece(Op.ADDED, added.get(k)))));
            }
        }
        return out;
    }

    /** Compares two texts word by word (a Chinese character is a word). */
    public static List<Piece> words(String before, String after) {
        List<Edit<String>> script = script(tokens(before), tokens(after));
        List<Piece> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Op current = null;
        for (Edit<String> e : script) {
            if (e.op != current && current != null) {
                out.add(new Piece(current, run.toString()));
                run.setLength(0);
            }
            current = e.op;
            run.append(e.value);
        }
        if (current != null) {
            out.add(new Piece(current, run.toString()));
        }
        return out;
    }

    /** HTML of a paragraph comparison: one {@code <p>} per paragraph, changes marked with ins/del. */
    public static String html(List<Paragraph> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            String cls = switch (p.op()) {
                case SAME -> "diff-same";
                case ADDED -> "diff-added";
                case REMOVED -> "diff-removed";
                case CHANGED -> "diff-changed";
            };
            sb.append("<p class=\"").append(cls).append("\">").append(html(p.pieces(), true)).append("</p>\n");
        }
        return sb.toString();
    }

    /** HTML of word pieces; {@code mark} false gives plain escaped text of the SAME parts only. */
    public static String html(List<Piece> pieces, boolean mark) {
        StringBuilder sb = new StringBuilder();
        for (Piece piece : pieces) {
            String text = escape(piece.text());
            switch (piece.op()) {
                case ADDED -> sb.append("<ins>").append(text).append("</ins>");
                case REMOVED -> sb.append("<del>").append(text).append("</del>");
                default -> sb.append(text);
            }
        }
        return sb.toString();
    }

    /** Whether anything differs. */
    public static boolean changed(List<Paragraph> paragraphs) {
        return paragraphs.stream().anyMatch(p -> p.op() != Op.SAME);
    }

    /** Tokens: one per CJK character (or other non-Latin symbol), runs of letters/digits, runs of spaces. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (isWordChar(cp)) {
                while (end < s.length() && isWordChar(s.codePointAt(end))) {
                    end += Character.charCount(s.codePointAt(end));
                }
            } else if (Character.isWhitespace(cp)) {
                while (end < s.length() && Character.isWhitespace(s.codePointAt(end))) {
                    end += Character.charCount(s.codePointAt(end));
                }
            }
            out.add(s.substring(i, end));
            i = end;
        }
        return out;
    }

    private static boolean isWordChar(int cp) {
        return cp < 0x2E80 && Character.isLetterOrDigit(cp);
    }

    /** Two paragraphs are alike (shown as one changed paragraph) when at least a third of the longer stayed. */
    private static boolean alike(List<Piece> pieces, String before, String after) {
        int same = pieces.stream().filter(p -> p.op() == Op.SAME).mapToInt(p -> p.text().length()).sum();
        return same * 3 >= Math.max(before.length(), after.length());
    }

    private record Edit<T>(Op op, T value) {
    }

    /** The edit script from a to b: common prefix and suffix, and the longest common subsequence between. */
    private static <T> List<Edit<T>> script(List<T> a, List<T> b) {
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Edit<T>> out = new ArrayList<>();
        for (int k = 0; k < start; k++) {
            out.add(new Edit<>(Op.SAME, a.get(k)));
        }
        int n = endA - start;
        int m = endB - start;
        if ((long) n * m > MAX_CELLS) {
            for (int k = start; k < endA; k++) {
                out.add(new Edit<>(Op.REMOVED, a.get(k)));
            }
            for (int k = start; k < endB; k++) {
                out.add(new Edit<>(Op.ADDED, b.get(k)));
            }
        } else {
            // lengths of the longest common subsequence of the suffixes a[i..], b[j..]
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = a.get(start + i).equals(b.get(start + j)) ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && a.get(start + i).equals(b.get(start + j))) {
                    out.add(new Edit<>(Op.SAME, a.get(start + i)));
                    i++;
                    j++;
                } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                    // removals before additions: "<del>一</del><ins>两</ins>" reads as a replacement
                    out.add(new Edit<>(Op.REMOVED, a.get(start + i)));
                    i++;
                } else {
                    out.add(new Edit<>(Op.ADDED, b.get(start + j)));
                    j++;
                }
            }
        }
        for (int k = endA; k < a.size(); k++) {
            out.add(new Edit<>(Op.SAME, a.get(k)));
        }
        return out;
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
