package org.danvan.grassroots.internal;

import org.danvan.platform.api.keys.Reencryption;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The comments' contacts for {@code danvan:key-reencrypt}, as a whiteboard {@link Reencryption}. */
@Component(service = Reencryption.class)
public class ContactReencryptionComponent implements Reencryption {

    private final Reencryption contacts;

    @Activate
    public ContactReencryptionComponent(@Reference GrassrootsServices core) {
        this.contacts = core.contactReencryption();
    }

    @Override
    public String purpose() {
        return contacts.purpose();
    }

    @Override
    public int reencryptAll() {
        return contacts.reencryptAll();
    }
}
