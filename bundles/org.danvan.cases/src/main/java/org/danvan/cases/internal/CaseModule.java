package org.danvan.cases.internal;

import org.danvan.platform.api.module.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

/** Announces the case engine among the installed modules. */
@Component(service = ModuleDescriptor.class)
public class CaseModule implements ModuleDescriptor {

    @Override
    public String id() {
        return "cases";
    }

    @Override
    public String nameKey() {
        return "case.module.name";
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
        return "case.module.description";
    }
}
