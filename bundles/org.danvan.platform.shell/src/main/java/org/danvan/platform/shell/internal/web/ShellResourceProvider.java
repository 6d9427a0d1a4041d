package org.danvan.platform.shell.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;

import com.vaadin.flow.di.ResourceProvider;

/**
 * Finds Vaadin's application and client resources (the frontend build, {@code flow-build-info.json}) in the shell
 * bundle, whose class loader also sees the Vaadin runtime bundle.
 */
public class ShellResourceProvider implements ResourceProvider {

    private final ClassLoader loader = ShellResourceProvider.class.getClassLoader();

    @Override
    public URL getApplicationResource(String path) {
        return loader.getResource(path);
    }

    @Override
    public List<URL> getApplicationResources(String path) throws IOException {
        return Collections.list(loader.getResources(path));
    }

    @Override
    public URL getClientResource(String path) {
        return getApplicationResource(path);
    }

    @Override
    public InputStream getClientResourceAsStream(String path) throws IOException {
        URL url = getClientResource(path);
        if (url == null) {
            throw new IOException("No client resource " + path);
        }
        return url.openStream();
    }
}
