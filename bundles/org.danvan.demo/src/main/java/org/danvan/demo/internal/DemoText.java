package org.danvan.demo.internal;

import java.util.List;
import java.util.Random;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.PersonData;

/** Vietnamese names, addresses and plausible letters of the demo year, drawn from a seeded generator. */
final class DemoText {

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi",
            "Đỗ", "Ngô", "Dương", "Lý", "Nguyễn", "Trần", "Nguyễn");
    private static final List<String> MIDDLE_MALE = List.of("Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Công");
    private static final List<String> MIDDLE_FEMALE = List.of("Thị", "Thu", "Ngọc", "Thanh", "Thị", "Kim");
    private static final List<String> GIVEN_MALE = List.of("An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Long",
            "Nam", "Phúc", "Quân", "Sơn", "Thắng", "Tuấn", "Khải", "Lợi", "Toàn", "Việt");
    private static final List<String> GIVEN_FEMALE = List.of("Hà", "Hoa", "Hằng", "Lan", "Linh", "Mai", "Nga",
            "Oanh", "Phương", "Thảo", "Trang", "Yến", "Huệ", "Nhung");

    private static final List<String> COMPLAINTS = List.of(
            "Khiếu nại Quyết định số %d/QĐ-UBND về việc thu hồi %d m² đất nông nghiệp tại %s để làm đường liên thôn, "
                    + "cho rằng giá bồi thường thấp hơn giá thị trường.",
            "Khiếu nại việc Ủy ban nhân dân xã không bồi thường cây trồng, hoa màu khi mở rộng kênh tưới tiêu qua "
                    + "thửa ruộng gia đình tại %3$s (Quyết định số %1$d/QĐ-UBND, diện tích %2$d m²).",
            "Khiếu nại Quyết định xử phạt vi phạm hành chính số %d/QĐ-XPHC về xây dựng công trình phụ trên đất ở "
                    + "của gia đình (%d m², %s), cho rằng công trình đã có từ trước năm 2014.",
            "Khiếu nại việc không được xét hỗ trợ hộ cận nghèo năm %2$d tại %3$s (Quyết định số %1$d/QĐ-UBND), "
                    + "gia đình có người ốm đau dài ngày.",
            "Khiếu nại Quyết định số %d/QĐ-UBND về cấp Giấy chứng nhận quyền sử dụng đất ghi sai diện tích "
                    + "(thiếu %d m²) thửa đất tại %s.");
    private static final List<String> DENUNCIATIONS = List.of(
            "Tố cáo cán bộ địa chính xã nhận tiền để hợp thức hóa phần đất lấn chiếm hành lang đường tại %s.",
            "Tố cáo trưởng thôn thu tiền đóng góp xây nhà văn hóa %s nhưng không công khai thu chi.",
            "Tố cáo cán bộ tư pháp xã gây khó khăn, đòi tiền khi chứng thực hợp đồng chuyển nhượng đất tại %s.",
            "Tố cáo việc san lấp trái phép đất lúa tại %s có sự bao che của cán bộ xã.");
    private static final List<String> RECOMMENDATIONS = List.of(
            "Kiến nghị sửa chữa đoạn đường bê tông từ %s ra quốc lộ bị xuống cấp, ổ gà nhiều, mùa mưa ngập nước.",
            "Kiến nghị lắp đặt đèn chiếu sáng tuyến đường %s để bảo đảm an toàn đi lại ban đêm.",
            "Kiến nghị nạo vét kênh tiêu nước %s trước mùa mưa bão.",
            "Kiến nghị bố trí thêm điểm thu gom rác thải sinh hoạt tại %s.");
    private static final List<String> REFLECTIONS = List.of(
            "Phản ánh tình trạng xả rác thải, nước thải chăn nuôi ra kênh tưới tiêu tại %s gây ô nhiễm.",
            "Phản ánh tiếng ồn và bụi từ xưởng gỗ hoạt động cả ban đêm tại %s.",
            "Phản ánh việc lấn chiếm vỉa hè, lòng đường để buôn bán tại khu chợ %s.",
            "Phản ánh xe chở vật liệu quá tải làm hư hỏng đường giao thông nông thôn %s.");
    private static final List<String> INFO_REQUESTS = List.of(
            "Đề nghị cung cấp thông tin quy hoạch sử dụng đất năm 2026 liên quan đến thửa đất tại %s.",
            "Đề nghị cung cấp danh sách hộ nghèo, cận nghèo được hỗ trợ năm 2026 của %s.",
            "Đề nghị cung cấp bản sao phương án bồi thường, hỗ trợ dự án mở rộng đường qua %s.");
    private static final List<String> VOTER = List.of(
            "Cử tri %s kiến nghị sớm đầu tư xây dựng trường mầm non đạt chuẩn.",
            "Cử tri %s kiến nghị có chính sách hỗ trợ chuyển đổi cây trồng cho nông dân.");
    private static final List<String> CONDUCT = List.of(
            "Phản ánh thái độ thiếu tôn trọng của công chức bộ phận một cửa khi người dân %s đến nộp hồ sơ.",
            "Phản ánh cán bộ tiếp nhận hồ sơ tại bộ phận một cửa yêu cầu bổ sung giấy tờ không có trong quy định "
                    + "(người dân %s).");
    private static final List<String> CONCERNED = List.of("Ủy ban nhân dân xã", "Công chức địa chính - xây dựng",
            "Trưởng thôn", "Công chức tư pháp - hộ tịch", "Ban quản lý dự án", "Hộ kinh doanh lân cận");

    private final Random random;

    DemoText(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    String name() {
        boolean male = random.nextBoolean();
        return pick(FAMILY) + " " + (male ? pick(MIDDLE_MALE) : pick(MIDDLE_FEMALE)) + " "
                + (male ? pick(GIVEN_MALE) : pick(GIVEN_FEMALE));
    }

    PersonData person(String place) {
        String id = "027" + (random.nextBoolean() ? "0" : "1") + String.format("%02d%06d", 50 + random.nextInt(50),
                random.nextInt(1_000_000));
        String phone = "09" + String.format("%08d", random.nextInt(100_000_000));
        return new PersonData(name(), place, random.nextInt(4) == 0 ? null : id, phone, null, null);
    }

    String content(CaseKind kind, String place) {
        int number = 10 + random.nextInt(480);
        int area = 50 + random.nextInt(900);
        return switch (kind) {
            case COMPLAINT_FIRST, COMPLAINT_SECOND -> String.format(pick(COMPLAINTS), number, area, place);
            case DENUNCIATION -> String.format(pick(DENUNCIATIONS), place);
            case RECOMMENDATION, MIXED -> String.format(pick(RECOMMENDATIONS), place);
            case REFLECTION -> String.format(pick(REFLECTIONS), place);
            case INFO_REQUEST_IN_PERSON, INFO_REQUEST_ELECTRONIC, INFO_REQUEST_POST ->
                    String.format(pick(INFO_REQUESTS), place);
            case VOTER_RECOMMENDATION -> String.format(pick(VOTER), place);
            case OFFICIAL_CONDUCT_REPORT -> String.format(pick(CONDUCT), place);
        };
    }

    String concerned() {
        return pick(CONCERNED);
    }
}
