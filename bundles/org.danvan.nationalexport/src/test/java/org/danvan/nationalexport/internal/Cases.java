package org.danvan.nationalexport.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.danvan.cases.api.feed.CaseFeed;
import org.danvan.cases.api.feed.CaseMarker;
import org.danvan.cases.api.feed.FeedCase;
import org.danvan.cases.api.feed.FeedPerson;
import org.danvan.cases.api.feed.FeedStep;
import org.danvan.sdk.testing.FakeUnits;

/** Cases for the export's tests: a feed over a map, as the case engine's would answer. */
final class Cases implements CaseFeed {

    private final Map<Long, FeedCase> cases = new TreeMap<>();

    static FeedCase reflection(long id, String content, long version) {
        return new FeedCase(id, new CaseMarker(id, version, 1), "2026/" + id, FakeUnits.TIEN_DU, "REFLECTION",
                "RECEIVED", "COUNTER", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 12), content, false, 1, null,
                null, null, false, 1, List.of(new FeedPerson("Phan Văn Lộc", "Thôn Đông")),
                List.of(new FeedStep("INTAKE", Instant.parse("2026-03-02T02:00:00Z"), null, "RECEIVED")));
    }

    static FeedCase denunciation(long id) {
        // a feed that wrongly handed petitioners over: the format still sends none
        return new FeedCase(id, new CaseMarker(id, 0, 1), "2026/" + id, FakeUnits.LIM, "DENUNCIATION", "RECEIVED",
                "COUNTER", LocalDate.of(2026, 3, 2), null, "Tố cáo cán bộ địa chính", false, 1, null, null, null,
                true, 1, List.of(new FeedPerson("Hoàng Thị Bích Ngọc", "Thôn Đoài")), List.of());
    }

    Cases put(FeedCase feedCase) {
        cases.put(feedCase.id(), feedCase);
        return this;
    }

    @Override
    public List<CaseMarker> markers(long afterId, int limit) {
        return cases.values().stream().filter(c -> c.id() > afterId).limit(limit).map(FeedCase::marker).toList();
    }

    @Override
    public List<FeedCase> read(Collection<Long> ids) {
        List<FeedCase> found = new ArrayList<>();
        cases.values().stream().filter(c -> ids.contains(c.id())).forEach(found::add);
        return found;
    }
}
