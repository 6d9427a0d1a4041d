package org.danvan.nationalexport.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.DoubleSupplier;

import org.danvan.cases.api.feed.CaseFeed;
import org.danvan.cases.api.feed.CaseMarker;
import org.danvan.cases.api.feed.FeedCase;
import org.danvan.nationalexport.internal.NationalRecordFormat.Exported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of the adapter: look for new and changed cases (a walk over every case's marker in id order, so a late
 * commit or another node's write is seen at the next pass, never skipped), then send the waiting ones in batches
 * unless the backoff says wait.
 */
final class ExportRun {

    private static final Logger LOG = LoggerFactory.getLogger(ExportRun.class);
    /** Batches one pass sends at most, so a large backlog does not hold the thread for hours. */
    static final int MAX_BATCHES_PER_PASS = 50;

    private final CaseFeed feed;
    private final NationalRecordFormat format;
    private final ExportLedger ledger;
    private final BatchSender sender;
    private final Clock clock;
    private final DoubleSupplier random;

    ExportRun(CaseFeed feed, NationalRecordFormat format, ExportLedger ledger, BatchSender sender, Clock clock,
            DoubleSupplier random) {
        this.feed = feed;
        this.format = format;
        this.ledger = ledger;
        this.sender = sender;
        this.clock = clock;
        this.random = random;
    }

    /** Marks every case whose exported content changed since it was last acknowledged as waiting. */
    int sweep() {
        int changed = 0;
        long afterId = 0;
        while (true) {
            List<CaseMarker> markers = feed.markers(afterId, CaseFeed.MAX_PAGE);
            if (markers.isEmpty()) {
                return changed;
            }
            Map<Long, String> seen = ledger.seenMarkers(markers.stream().map(CaseMarker::id).toList());
            List<Long> moved = markers.stream().filter(m -> !m.text().equals(seen.get(m.id()))).map(CaseMarker::id)
                    .toList();
            if (!moved.isEmpty()) {
                changed += observe(feed.read(moved)).size();
            }
            afterId = markers.get(markers.size() - 1).id();
        }
    }

    private List<Exported> observe(List<FeedCase> cases) {
        Map<Exported, String> observed = new LinkedHashMap<>();
        for (FeedCase feedCase : cases) {
            observed.put(format.export(feedCase), feedCase.marker().text());
        }
        ledger.observe(observed, clock.instant());
        return new ArrayList<>(observed.keySet());
    }

    /**
     * Sends waiting records while the receiver answers.
     *
     * @param force send even if the backoff says wait ("send now")
     * @return batches the receiver answered
     */
    int send(ExportSettings settings, boolean force) {
        if (!settings.configured()) {
            return 0;
        }
        Instant next = ledger.nextAttempt();
        if (!force && next != null && clock.instant().isBefore(next)) {
            return 0;
        }
        int answered = 0;
        for (int i = 0; i < MAX_BATCHES_PER_PASS; i++) {
            List<Long> waiting = ledger.waiting(settings.batchSize());
            if (waiting.isEmpty()) {
                break;
            }
            // read again at sending time: what goes is the content of now, its hash the one recorded
            List<Exported> batch = observe(feed.read(waiting));
            if (batch.isEmpty()) {
                break;
            }
            String batchId = UUID.randomUUID().toString();
            Instant now = clock.instant();
            BatchSender.Outcome outcome = sender.post(settings, batchId,
                    NationalRecordFormat.batch(batchId, settings.sender(), now, batch));
            if (!outcome.answered()) {
                int failures = ledger.failures() + 1;
                Instant retry = clock.instant().plus(settings.backoff().delay(failures, random));
                ledger.batchFailed(batchId, batch, outcome.error(), clock.instant(), retry);
                LOG.warn("National export: batch {} of {} records to {} failed ({}); attempt {} failed in a row,"
                        + " next at {}", batchId, batch.size(), settings.shownEndpoint(), outcome.error(), failures,
                        retry);
                return answered;
            }
            ledger.batchAnswered(batchId, batch, outcome.acks(), clock.instant());
            answered++;
            long acknowledged = batch.stream().filter(e -> outcome.acks().containsKey(e.key())).count();
            LOG.info("National export: batch {} of {} records answered, {} acknowledged or refused", batchId,
                    batch.size(), acknowledged);
            if (acknowledged == 0) {
                // the receiver answers without taking anything: wait for the next pass rather than loop
                break;
            }
        }
        return answered;
    }
}
