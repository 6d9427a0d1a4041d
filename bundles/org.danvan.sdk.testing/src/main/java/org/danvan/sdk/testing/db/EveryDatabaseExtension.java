package org.danvan.sdk.testing.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** The extension behind {@link OnEveryDatabase}: one class run per database, a fresh database per test. */
public final class EveryDatabaseExtension implements ClassTemplateInvocationContextProvider {

    /** System property narrowing the databases, e.g. {@code h2}. */
    public static final String DATABASES_PROPERTY = "danvan.test.databases";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
            .create(EveryDatabaseExtension.class);

    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
        return selectedKinds().stream().map(DatabaseRun::new);
    }

    static List<DatabaseKind> selectedKinds() {
        String wanted = System.getProperty(DATABASES_PROPERTY, "h2,mariadb");
        List<DatabaseKind> kinds = new ArrayList<>();
        for (String name : wanted.split(",")) {
            String trimmed = name.trim().toUpperCase(Locale.ROOT);
            if (!trimmed.isEmpty()) {
                kinds.add(DatabaseKind.valueOf(trimmed));
            }
        }
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException(DATABASES_PROPERTY + " names no database: " + wanted);
        }
        return kinds;
    }

    /** One run of the class on one kind of database. */
    private record DatabaseRun(DatabaseKind kind) implements ClassTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return kind.productName();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new DatabaseParameter(kind));
        }
    }

    /** Resolves {@link TestDatabase} (fresh per test, shared by its lifecycle methods) and {@link DatabaseKind}. */
    private record DatabaseParameter(DatabaseKind kind) implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == TestDatabase.class || type == DatabaseKind.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            if (parameter.getParameter().getType() == DatabaseKind.class) {
                return kind;
            }
            // a class-level database (from @BeforeAll) is found in the parent store and shared
            return context.getStore(NAMESPACE)
                    .getOrComputeIfAbsent(TestDatabase.class, k -> new OpenDatabase(TestDatabase.create(kind)),
                            OpenDatabase.class)
                    .database();
        }
    }

    /** Closes the database when JUnit closes the context it was made for. */
    private record OpenDatabase(TestDatabase database) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            database.close();
        }
    }
}
