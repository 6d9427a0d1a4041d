package org.danvan.nationalexport.internal;

import java.util.Collection;
import java.util.List;

import org.danvan.cases.api.feed.CaseFeed;
import org.danvan.nationalexport.internal.NationalRecordFormat.Exported;
import org.danvan.platform.api.feed.FeedMarker;
import org.danvan.platform.api.feed.RecordFeed;

/** Where records come from: the case engine's feed, or a module's {@link RecordFeed}. */
interface RecordSource {

    /** The ledger's record type. */
    String type();

    /** Markers after an id, in id order, at most {@link RecordFeed#MAX_PAGE}. */
    List<FeedMarker> markers(long afterId);

    /** The records of these ids as they would be sent, in id order. */
    List<Exported> read(Collection<Long> ids);

    static RecordSource cases(CaseFeed feed, NationalRecordFormat format) {
        return new RecordSource() {
            @Override
            public String type() {
                return NationalRecordFormat.CASE;
            }

            @Override
            public List<FeedMarker> markers(long afterId) {
                return feed.markers(afterId, CaseFeed.MAX_PAGE).stream()
                        .map(m -> new FeedMarker(m.id(), m.text())).toList();
            }

            @Override
            public List<Exported> read(Collection<Long> ids) {
                return feed.read(ids).stream().map(format::export).toList();
            }
        };
    }

    static RecordSource of(RecordFeed feed, NationalRecordFormat format) {
        String type = feed.recordType();
        return new RecordSource() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public List<FeedMarker> markers(long afterId) {
                return feed.markers(afterId, RecordFeed.MAX_PAGE);
            }

            @Override
            public List<Exported> read(Collection<Long> ids) {
                return feed.read(ids).stream().map(r -> format.export(type, r)).toList();
            }
        };
    }
}
