package org.danvan.sdk.testing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.SignedInUser;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

class UiHarnessTest {

    private static final UserPrincipal LAN = new UserPrincipal(7, "lan", "Nguyễn Thị Lan", 12L, "Xã Tiên Du",
            Set.of("mod.view"));

    /** A screen that opens a dialog whose confirm button lives in the dialog's footer. */
    static final class Screen extends VerticalLayout {
        final Span greeting = new Span();

        Screen() {
            greeting.setText(getTranslation("mod.hello", SignedInUser.get().map(UserPrincipal::fullName).orElse("?")));
            Button open = new Button("open", e -> {
                Dialog dialog = new Dialog();
                Button confirm = new Button("ok", c -> {
                    greeting.setText("confirmed");
                    dialog.close();
                });
                confirm.setId("confirm");
                dialog.getFooter().add(confirm);
                dialog.open();
            });
            open.setId("open");
            add(greeting, open);
        }
    }

    @Test
    void aScreenSeesTheSignedInUserAndItsDialogsCanBeUsed() {
        try (UiHarness harness = new UiHarness(LAN)) {
            Screen screen = harness.show(new Screen());
            assertEquals("!{mod.hello}!", screen.greeting.getText(), "no translation provider: the key shows");
            assertEquals(LAN, SignedInUser.get().orElseThrow());
            assertTrue(harness.findOptional("confirm", Button.class).isEmpty());
            harness.find("open", Button.class).click();
            harness.find("confirm", Button.class).click();
            assertEquals("confirmed", screen.greeting.getText());
            assertEquals("open", harness.findAll(Button.class).get(0).getId().orElseThrow());
        }
        assertTrue(SignedInUser.get().isEmpty(), "closed: nothing left on the thread");
    }
}
