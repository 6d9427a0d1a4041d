package org.danvan.platform.export.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document to export: its title (also the file's metadata and the sheet's name) and its blocks in reading order.
 *
 * @param title the title, translated
 * @param blocks paragraphs, tables and spaces, in order
 * @param landscape A4 landscape for wide tables
 */
public record ExportDocument(String title, List<ExportBlock> blocks, boolean landscape) {

    public ExportDocument {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** A builder, for documents assembled step by step. */
    public static Builder titled(String title) {
        return new Builder(title);
    }

    /** Builds an {@link ExportDocument}. */
    public static final class Builder {

        private final String title;
        private final List<ExportBlock> blocks = new ArrayList<>();
        private boolean landscape;

        private Builder(String title) {
            this.title = title;
        }

        /** The title as a heading, centred. */
        public Builder heading() {
            return add(new ExportBlock.Paragraph(title, 14, true, ExportBlock.Align.CENTER));
        }

        /** A paragraph of normal text. */
        public Builder paragraph(String text) {
            return add(new ExportBlock.Paragraph(text, 10, false, ExportBlock.Align.LEFT));
        }

        public Builder add(ExportBlock block) {
            blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        public Builder landscape() {
            this.landscape = true;
            return this;
        }

        public ExportDocument build() {
            return new ExportDocument(title, blocks, landscape);
        }
    }
}
