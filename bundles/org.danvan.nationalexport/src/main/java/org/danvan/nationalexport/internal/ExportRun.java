package org.danvan.nationalexport.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

import org.danvan.nationalexport.internal.NationalRecordFormat.Exported;
import org.danvan.platform.api.feed.FeedMarker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of the adapter: look for new and changed records of every source (a walk over every record's marker in id
 * order per source, so a late commit or another node's write is seen at the next pass, never skipped), then send the
 * waiting ones in batches unless the backoff says wait. Records of a source that is gone (its module removed) wait
 * until it is back.
 */
final class ExportRun {

    private static final Logger LOG = LoggerFactory.getLogger(ExportRun.class);
    /** Batches one pass sends at most, so a large backlog does not hold the thread for hours. */
    static final int MAX_BATCHES_PER_PASS = 50;
    /** Pages of waiting records looked at to fill one batch when the oldest cannot be read. */
    static final int MAX_PAGES_PER_BATCH = 20;

    private final Supplier<List<RecordSource>> sources;
    private final ExportLedger ledger;
    private final BatchSender sender;
    private final Clock clock;
    private final DoubleSupplier random;

    ExportRun(Supplier<List<RecordSource>> sources, ExportLedger ledger, BatchSender sender, Clock clock,
            DoubleSupplier random) {
        this.sources = sources;
        this.ledger = ledger;
        this.sender = sender;
        this.clock = clock;
        this.random = random;
    }

    /** Marks every record whose exported content changed since it was last acknowledged as waiting. */
    int sweep() {
        int changed = 0;
        for (RecordSource source : sources.get()) {
            changed += sweep(source);
        }
        return changed;
    }

    private int sweep(RecordSource source) {
        int changed = 0;
        long afterId = 0;
        while (true) {
            List<FeedMarker> markers = source.markers(afterId);
            if (markers.isEmpty()) {
                return changed;
            }
            Map<Long, String> seen = ledger.seenMarkers(source.type(),
                    markers.stream().map(FeedMarker::id).toList());
            List<Long> moved = markers.stream().filter(m -> !m.marker().equals(seen.get(m.id())))
                    .map(FeedMarker::id).toList();
            if (!moved.isEmpty()) {
                changed += observe(source.read(moved)).size();
            }
            afterId = markers.get(markers.size() - 1).id();
        }
    }

    private List<Exported> observe(List<Exported> records) {
        ledger.observe(records, clock.instant());
        return records;
    }

    /**
     * The oldest waiting records of the sources there are now that their source can read, read again: what goes is
     * the content of now. A waiting record its source no longer gives (deleted there, or hidden since) is passed
     * over and keeps waiting, so that it never holds back the records after it; at most {@link #MAX_PAGES_PER_BATCH}
     * pages of the ledger are looked at for one batch.
     */
    private List<Exported> readWaiting(int limit) {
        Map<String, RecordSource> byType = new LinkedHashMap<>();
        sources.get().forEach(source -> byType.put(source.type(), source));
        List<Exported> batch = new ArrayList<>();
        long afterRow = 0;
        for (int page = 0; page < MAX_PAGES_PER_BATCH && batch.size() < limit; page++) {
            List<ExportLedger.Waiting> waiting = ledger.waiting(byType.keySet(), afterRow, limit - batch.size());
            if (waiting.isEmpty()) {
                break;
            }
            Map<String, List<Long>> ids = new LinkedHashMap<>();
            waiting.forEach(w -> ids.computeIfAbsent(w.type(), t -> new ArrayList<>()).add(w.sourceId()));
            ids.forEach((type, list) -> batch.addAll(byType.get(type).read(list)));
            afterRow = waiting.get(waiting.size() - 1).rowId();
        }
        return observe(batch);
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
            // read again at sending time: what goes is the content of now, its hash the one recorded
            List<Exported> batch = readWaiting(settings.batchSize());
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
