package org.danvan.platform.api.module;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Installs and removes modules at run time, without a restart: the modules screen and the {@code danvan:module-*}
 * commands ask here. Uninstalling keeps a module's data; installing again shows it again. Every change is audited.
 */
@ProviderType
public interface ModuleManager {

    /** Permission to install, uninstall and enable modules (at a root unit for the whole installation). */
    String MANAGE_PERMISSION = "platform.modules.manage";

    /** Every module the distribution's feature repositories know, installed or not, sorted by id. */
    List<ModuleInfo> modules();

    /** One module by id. */
    Optional<ModuleInfo> find(String id);

    /**
     * Installs a module and the modules it needs, in the background.
     *
     * @param by an administrator holding {@link #MANAGE_PERMISSION} at a root unit
     * @param progress told each step as Karaf reaches it (on Karaf's thread)
     * @return completes with the installed module, or exceptionally with a
     *         {@link org.danvan.platform.api.validation.ValidationException} whose message key says why (unknown
     *         module, cannot be resolved — Karaf's own message is in the log) or an
     *         {@link org.danvan.platform.api.security.AccessDeniedException}
     */
    CompletionStage<ModuleInfo> install(String id, UserPrincipal by, Consumer<ModuleProgress> progress);

    /**
     * Uninstalls a module, keeping its data. Refused while an installed module needs it.
     *
     * @see #install(String, UserPrincipal, Consumer)
     */
    CompletionStage<ModuleInfo> uninstall(String id, UserPrincipal by, Consumer<ModuleProgress> progress);
}
