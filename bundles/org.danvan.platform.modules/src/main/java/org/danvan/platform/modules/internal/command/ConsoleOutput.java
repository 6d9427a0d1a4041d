package org.danvan.platform.modules.internal.command;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.danvan.platform.api.i18n.Translator;
import org.danvan.platform.api.module.ModuleInfo;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;

/** Module commands print in English, like the rest of the Karaf console; refusals come translated. */
final class ConsoleOutput {

    private static final Locale CONSOLE = Locale.ENGLISH;

    private ConsoleOutput() {
    }

    /** Waits for an install or uninstall, printing each step; refusals are printed, other failures thrown. */
    static ModuleInfo await(CompletionStage<ModuleInfo> operation, Translator translator, PrintStream out) {
        try {
            return operation.toCompletableFuture().get(15, TimeUnit.MINUTES);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException failure) {
                refused(failure, translator, out);
                return null;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Karaf did not finish within 15 minutes", e);
        }
    }

    /** Prints a refusal the user can act on; rethrows anything else. */
    static void refused(RuntimeException e, Translator translator, PrintStream out) {
        if (e instanceof ValidationException invalid) {
            invalid.violations().forEach(v -> out.println("Refused: "
                    + translator.translate(v.messageKey(), CONSOLE, v.args().toArray())));
        } else if (e instanceof AccessDeniedException denied) {
            out.println("Access denied: you do not hold the permission " + denied.permission() + " there.");
        } else {
            throw e;
        }
    }

    static String step(org.danvan.platform.api.module.ModuleProgress step, Translator translator) {
        return translator.translate("platform.modules.progress." + step.name().toLowerCase(Locale.ROOT), CONSOLE);
    }
}
