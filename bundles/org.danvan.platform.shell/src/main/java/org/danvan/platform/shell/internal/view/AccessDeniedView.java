package org.danvan.platform.shell.internal.view;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import jakarta.servlet.http.HttpServletResponse;

/** Shown when a signed-in user opens a screen their roles do not allow. */
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedView.Denied> {

    private static final long serialVersionUID = 1L;

    /** Raised by the shell's navigation guard. */
    public static class Denied extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    public AccessDeniedView() {
        setId("access-denied");
        add(new H2(getTranslation("error.denied.title")), new Paragraph(getTranslation("error.denied.text")),
                new Anchor("/", getTranslation("error.backhome")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Denied> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
