package cn.gov.lanzhou.supervision.registry.importing;

import java.io.Serializable;
import java.util.List;

/** What an import wrote: how many records of which kind, from which rows of the file. */
public record ImportSummary(ImportKind kind, String fileName, int imported, List<Integer> lines, long millis)
        implements Serializable {
}
