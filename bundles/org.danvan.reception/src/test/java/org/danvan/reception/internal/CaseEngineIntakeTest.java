package org.danvan.reception.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.IntakeReceipt;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.Page;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.reception.api.PetitionKind;
import org.junit.jupiter.api.Test;

/**
 * The adapter to the case engine's published API, against an in-memory stand-in of {@link CaseService} that keeps
 * the requests it received (the engine itself is tested in its own bundle).
 */
class CaseEngineIntakeTest {

    private static final UserPrincipal OFFICER = new UserPrincipal(2, "tiepdan", "Trần Thị Bình", 10L, "Xã Tiên Du",
            Set.of());
    private static final LocalDate DAY = LocalDate.of(2026, 7, 14);

    private final List<IntakeRequest> requests = new ArrayList<>();
    private final List<CaseQuery> queries = new ArrayList<>();

    private final CaseService engine = (CaseService) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] { CaseService.class }, (proxy, method, args) -> switch (method.getName()) {
                case "intake" -> {
                    requests.add((IntakeRequest) args[1]);
                    yield new IntakeReceipt(100 + requests.size(), "2026/00000" + requests.size(), "T", List.of());
                }
                case "find" -> {
                    CaseQuery query = (CaseQuery) args[1];
                    queries.add(query);
                    List<CaseSummary> rows = new ArrayList<>();
                    for (int i = 0; i < requests.size(); i++) {
                        IntakeRequest r = requests.get(i);
                        if (r.unitId() == query.unitId() && r.receivedOn().equals(query.receivedFrom())) {
                            rows.add(summary(101 + i, r));
                        }
                    }
                    yield new Page<>(rows, rows.size());
                }
                case "detail" -> {
                    long id = (Long) args[1];
                    IntakeRequest r = requests.get((int) id - 101);
                    yield new CaseDetail(summary(id, r), r.channel(), null, r.group(), r.peopleCount(), r.content(),
                            r.sourceType(), r.sourceId(), null, Set.of(), null, null, null, null, null, List.of(),
                            List.of(), Set.of(), List.of(), List.of());
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });

    private static CaseSummary summary(long id, IntakeRequest r) {
        return new CaseSummary(id, "2026/" + id, r.unitId(), r.kind(), CaseStatus.values()[0], r.receivedOn(), null,
                null, null, null, null, r.content(), 0);
    }

    private static CaseIntake.Petition petition(long entryId, PetitionKind kind, int people) {
        return new CaseIntake.Petition(entryId, 10, DAY, kind, "Nguyễn Thị Hồng Nhung", "Thôn Đông, xã Tiên Du",
                "001099012345", "Phản ánh việc đổ trộm rác thải", people);
    }

    @Test
    void anEntryIsTakenInAsAReceptionOfficeCaseThatPointsBackToIt() {
        CaseEngineIntake intake = new CaseEngineIntake(engine);

        long caseId = intake.intake(petition(42, PetitionKind.REFLECTION, 12), OFFICER);

        assertEquals(101, caseId);
        IntakeRequest sent = requests.get(0);
        assertEquals(Channel.RECEPTION_OFFICE, sent.channel());
        assertEquals(CaseKind.REFLECTION, sent.kind());
        assertEquals("reception-entry", sent.sourceType());
        assertEquals("42", sent.sourceId());
        assertEquals("Nguyễn Thị Hồng Nhung", sent.petitioners().get(0).fullName());
        assertEquals("001099012345", sent.petitioners().get(0).idNumber());
        assertTrue(sent.group());
        assertEquals(12, sent.peopleCount());
        assertEquals(DAY, sent.receivedOn());
    }

    @Test
    void anEarlierCaseOfTheSameEntryIsFoundByItsSource() {
        CaseEngineIntake intake = new CaseEngineIntake(engine);
        intake.intake(petition(41, PetitionKind.COMPLAINT, 1), OFFICER);
        long mine = intake.intake(petition(42, PetitionKind.COMPLAINT, 1), OFFICER);

        assertEquals(Optional.of(mine), intake.findExisting(petition(42, PetitionKind.COMPLAINT, 1), OFFICER));
        assertEquals(Optional.empty(), intake.findExisting(petition(43, PetitionKind.COMPLAINT, 1), OFFICER));
        assertEquals(10L, queries.get(0).unitId());
        assertEquals(DAY, queries.get(0).receivedTo());
    }

    @Test
    void everyPetitionKindStartsAsACaseKind() {
        Set<CaseKind> kinds = EnumSet.noneOf(CaseKind.class);
        for (PetitionKind kind : PetitionKind.values()) {
            kinds.add(CaseEngineIntake.caseKind(kind));
        }
        assertEquals(PetitionKind.values().length, kinds.size());
        assertEquals(CaseKind.COMPLAINT_FIRST, CaseEngineIntake.caseKind(PetitionKind.COMPLAINT));
        assertEquals(CaseKind.INFO_REQUEST_IN_PERSON, CaseEngineIntake.caseKind(PetitionKind.INFORMATION_REQUEST));
    }
}
