package org.danvan.noticeboard.internal;

import org.danvan.platform.api.module.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

/** Announces the notice board among the installed modules. */
@Component(service = ModuleDescriptor.class)
public class NoticeBoardModule implements ModuleDescriptor {

    @Override
    public String id() {
        return "noticeboard";
    }

    @Override
    public String nameKey() {
        return "noticeboard.module.name";
    }

    @Override
    public String vendor() {
        return "DanVan";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public String descriptionKey() {
        return "noticeboard.module.description";
    }
}
