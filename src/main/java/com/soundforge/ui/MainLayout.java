package com.soundforge.ui;

import com.soundforge.security.CurrentUser;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;

@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser) {
        Span brand = new Span("Sound Forge Alchemy");
        brand.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Span who = new Span(currentUser.require().username());
        who.setId("current-user");
        Button signOut = new Button("Sign out", e -> currentUser.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        signOut.setId("sign-out");
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), brand, who, signOut);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(brand);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);
        addToDrawer(menu());
    }

    private static SideNav menu() {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
        return nav;
    }
}
