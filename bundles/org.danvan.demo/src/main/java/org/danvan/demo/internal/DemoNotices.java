package org.danvan.demo.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.danvan.noticeboard.api.NoticeDraft;
import org.danvan.noticeboard.api.NoticeService;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditFilter;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's notices on the staff notice board, posted by the chair of Xã Tiên Du once the optional notice-board
 * module is installed (at the first start or later), once ({@code demo.notices.created} in the audit trail).
 * <p>
 * The notice board is optional, so this component does not reference its service through Declarative Services: an
 * unsatisfied reference would leave the demo bundle "Waiting" in {@code bundle:list} on every server without the
 * module, which reads as a fault to an operator. It tracks the service by name instead, and only
 * {@link NoticePoster} (loaded once the service is there, so once the optional package is wired) names its types.
 */
@Component(service = {}, immediate = true, configurationPid = DemoConfiguration.PID)
public class DemoNotices {

    static final String CREATED = "demo.notices.created";
    static final String NOTICE_SERVICE = "org.danvan.noticeboard.api.NoticeService";
    private static final Logger LOG = LoggerFactory.getLogger(DemoNotices.class);

    private static final String[][] NOTICES = {
        {"Lịch tiếp công dân của Chủ tịch UBND xã", "Chủ tịch UBND xã Tiên Du tiếp công dân định kỳ vào sáng thứ "
                + "Năm hằng tuần tại Trụ sở tiếp công dân xã. Bộ phận tiếp công dân bố trí sổ và phân loại đơn trước "
                + "buổi tiếp.", "-200"},
        {"Triển khai Luật Khiếu nại, Luật Tố cáo sửa đổi", "Từ ngày 01/7/2026 áp dụng các quy định mới về tạm đình "
                + "chỉ giải quyết khiếu nại và tiếp công dân trực tuyến. Đề nghị các bộ phận nghiên cứu, thực hiện.",
                "-150"},
        {"Giao ban công tác dân vận quý", "Giao ban công tác dân vận quý tổ chức tại hội trường UBND xã. Các thôn "
                + "báo cáo kết quả giải quyết kiến nghị của người dân trước ngày giao ban.", "-40"},
        {"Nhắc việc: hồ sơ sắp đến hạn", "Đề nghị cán bộ xử lý rà soát các hồ sơ sắp đến hạn và quá hạn trên trang "
                + "Việc của tôi, báo cáo Chủ tịch UBND xã các vướng mắc.", "-3"}};

    private final ServiceTracker<Object, Object> tracker;

    @Activate
    public DemoNotices(BundleContext context, @Reference AuthenticationService authentication,
            @Reference AuditTrail audit, DemoConfiguration configuration) {
        if (!configuration.livingYear()) {
            tracker = null;
            return;
        }
        AtomicBoolean started = new AtomicBoolean();
        tracker = new ServiceTracker<>(context, NOTICE_SERVICE, null) {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                Object service = super.addingService(reference);
                if (service != null && started.compareAndSet(false, true)) {
                    Thread worker = new Thread(() -> {
                        try {
                            NoticePoster.post((NoticeService) service, authentication, audit);
                        } catch (LinkageError | ClassCastException e) {
                            LOG.info("Demo notices not posted: the notice board arrived after this bundle was "
                                    + "wired ({})", e.toString());
                        }
                    }, "danvan-demo-notices");
                    worker.setDaemon(true);
                    worker.start();
                }
                return service;
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        if (tracker != null) {
            tracker.close();
        }
    }

    /** Posts the notices; the only class of this bundle that names the notice board's types. */
    static final class NoticePoster {

        private NoticePoster() {
        }

        static void post(NoticeService notices, AuthenticationService authentication, AuditTrail audit) {
            try {
                if (audit.count(new AuditFilter(CREATED, null, null, null, null, null)) > 0) {
                    return;
                }
                Optional<UserPrincipal> chair = authentication.principalOf("chutich.tiendu");
                if (chair.isEmpty() || authentication.principalOf("tiepdan").isEmpty()) {
                    return;
                }
                for (int i = 0; i < 30 && !notices.mayPublish(chair.get()); i++) {
                    Thread.sleep(1000);
                    chair = authentication.principalOf("chutich.tiendu");
                }
                LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
                int posted = 0;
                for (String[] notice : NOTICES) {
                    LocalDate from = today.plusDays(Long.parseLong(notice[2]));
                    notices.create(new NoticeDraft(notice[0], notice[1], from, null), chair.get());
                    posted++;
                }
                audit.record(new AuditEvent(CREATED, chair.get().login(), chair.get().userId(), "demo-year", null,
                        null, Map.of("notices", String.valueOf(posted)), null));
                LOG.info("Demo notices posted: {}", posted);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("The demo notices could not be posted: {}", e.toString(), e);
            }
        }
    }
}
