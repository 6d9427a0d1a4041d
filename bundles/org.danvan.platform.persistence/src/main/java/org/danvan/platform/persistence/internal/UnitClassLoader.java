package org.danvan.platform.persistence.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The class loader EclipseLink gets for a unit: the owning bundle's loader first (entity classes), then this bundle's
 * and EclipseLink's own loaders. EclipseLink loads by name through the unit's loader not only entities but also the
 * classes named in properties (logger, archive factory, database platform), which an entity bundle neither contains
 * nor imports. Outside OSGi all of these are usually the same loader.
 */
final class UnitClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final List<ClassLoader> delegates;

    UnitClassLoader(ClassLoader unitLoader, ClassLoader... fallbacks) {
        super(null);
        Set<ClassLoader> unique = new LinkedHashSet<>();
        unique.add(unitLoader);
        for (ClassLoader fallback : fallbacks) {
            if (fallback != null) {
                unique.add(fallback);
            }
        }
        this.delegates = List.copyOf(unique);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader delegate : delegates) {
            try {
                return delegate.loadClass(name);
            } catch (ClassNotFoundException | NoClassDefFoundError e) {
                // next delegate
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassLoader delegate : delegates) {
            URL url = delegate.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        Set<URL> urls = new LinkedHashSet<>();
        for (ClassLoader delegate : delegates) {
            urls.addAll(Collections.list(delegate.getResources(name)));
        }
        return Collections.enumeration(new ArrayList<>(urls));
    }

    @Override
    public String toString() {
        return "UnitClassLoader" + delegates;
    }
}
