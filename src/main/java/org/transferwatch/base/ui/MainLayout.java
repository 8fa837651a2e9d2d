package org.transferwatch.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The shell around every view: a side menu of the routes the user's role may open (from their
 * {@code @Menu} annotations) and the user's name with a log-out button.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    /** The page's one main landmark (AppLayout's content area has none), so that screen readers can jump to it. */
    private final Main main = new Main();

    public MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        main.addClassName("app-main");
        setContent(main);

        var brand = new Span("TransferWatch");
        brand.addClassName("app-brand");
        var nav = new SideNav();
        nav.setId("main-menu");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(menuItem(entry)));
        addToDrawer(brand, nav);

        var user = new Span(authentication.getPrincipalName().orElse(""));
        user.setId("current-user");
        user.addClassName("app-user");
        var logout = new Button("Log out", event -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var spacer = new Div();
        var header = new HorizontalLayout(new DrawerToggle(), spacer, user, logout);
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(spacer);
        header.addClassName("app-header");
        addToNavbar(header);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    private static SideNavItem menuItem(MenuEntry entry) {
        var item = new SideNavItem(entry.title(), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

}
