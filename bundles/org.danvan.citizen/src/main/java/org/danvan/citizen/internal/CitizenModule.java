package org.danvan.citizen.internal;

import org.danvan.platform.api.module.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

/** Announces the citizen status page among the installed modules. */
@Component(service = ModuleDescriptor.class)
public class CitizenModule implements ModuleDescriptor {

    @Override
    public String id() {
        return "citizen";
    }

    @Override
    public String nameKey() {
        return "citizen.module.name";
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
        return "citizen.module.description";
    }
}
