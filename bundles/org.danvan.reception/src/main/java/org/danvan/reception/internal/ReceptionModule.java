package org.danvan.reception.internal;

import org.danvan.platform.api.module.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

/** Announces citizen reception among the installed modules. */
@Component(service = ModuleDescriptor.class)
public class ReceptionModule implements ModuleDescriptor {

    @Override
    public String id() {
        return "reception";
    }

    @Override
    public String nameKey() {
        return "reception.module.name";
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
        return "reception.module.description";
    }
}
