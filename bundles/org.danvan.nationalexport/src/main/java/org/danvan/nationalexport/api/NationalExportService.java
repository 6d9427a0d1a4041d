package org.danvan.nationalexport.api;

import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/** The export adapter as its administrators use it; every method asks {@link NationalExportPermissions#MANAGE}. */
@ProviderType
public interface NationalExportService {

    /** Where the export stands. */
    ExportStatus status(UserPrincipal user);

    /** The refused records of the units the user may manage, newest first, at most {@code limit}. */
    List<RejectedRecord> rejected(UserPrincipal user, int limit);

    /**
     * Looks for changes and sends at once, whatever the backoff says; runs on the adapter's own thread and returns
     * before it is done. Audited.
     */
    void sendNow(UserPrincipal user);
}
