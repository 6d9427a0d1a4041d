package org.danvan.platform.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.persistence.jpa.Archive;
import org.eclipse.persistence.jpa.ArchiveFactory;

/**
 * Opens a unit's root URL for EclipseLink, which looks there for {@code META-INF/orm.xml}.
 * <p>
 * EclipseLink's own factory tries to read a root URL of unknown protocol as a jar stream; Felix refuses to open a
 * bundle's root ({@code bundle://…/}) and that IOException aborts the factory. This archive resolves entries relative
 * to the root and reports a missing one as absent, which works for {@code bundle:}, {@code file:} and {@code jar:}
 * roots alike. It lists no entries: units name their classes explicitly and never scan. Instantiated by EclipseLink by
 * class name ({@code eclipselink.archive.factory}), hence public with a public no-argument constructor.
 */
public final class UnitRootArchiveFactory implements ArchiveFactory {

    @Override
    public Archive createArchive(URL rootUrl, Map properties) {
        return createArchive(rootUrl, null, properties);
    }

    @Override
    public Archive createArchive(URL rootUrl, String descriptorLocation, Map properties) {
        return rootUrl == null ? null : new RootArchive(rootUrl, descriptorLocation);
    }

    private static final class RootArchive implements Archive {

        private final URL root;
        private final String descriptorLocation;

        RootArchive(URL root, String descriptorLocation) {
            this.root = root;
            this.descriptorLocation = descriptorLocation;
        }

        @Override
        public Iterator<String> getEntries() {
            return Collections.emptyIterator();
        }

        @Override
        public InputStream getEntry(String entryPath) throws IOException {
            try {
                return new URL(root, entryPath).openStream();
            } catch (IOException absent) {
                return null;
            }
        }

        @Override
        public URL getEntryAsURL(String entryPath) throws IOException {
            URL entry = new URL(root, entryPath);
            try (InputStream in = entry.openStream()) {
                return in == null ? null : entry;
            } catch (IOException absent) {
                return null;
            }
        }

        @Override
        public URL getRootURL() {
            return root;
        }

        @Override
        public InputStream getDescriptorStream() throws IOException {
            return descriptorLocation == null ? null : getEntry(descriptorLocation);
        }

        @Override
        public void close() {
            // nothing held open
        }
    }
}
