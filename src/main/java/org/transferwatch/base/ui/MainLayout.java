package org.transferwatch.base.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedRuntimeException;

/**
 * The shell around every view: a side menu of the routes the user's role may open (from their
 * {@code @Menu} annotations), with the counts features offer for them ({@link MenuCount}), and the user's name
 * with a log-out button.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The page's one main landmark (AppLayout's content area has none), so that screen readers can jump to it. */
    private final Main main = new Main();

    private final List<MenuCount> counts;

    /** The menu's items by their route's path, for the counts. */
    private final Map<String, SideNavItem> items = new HashMap<>();

    public MainLayout(AuthenticationContext authentication, ObjectProvider<MenuCount> counts) {
        this.counts = counts.orderedStream().toList();
        setPrimarySection(Section.DRAWER);
        main.addClassName("app-main");
        setContent(main);

        var brand = new Span("TransferWatch");
        brand.addClassName("app-brand");
        var nav = new SideNav();
        nav.setId("main-menu");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            var item = menuItem(entry);
            items.put(path(entry.path()), item);
            nav.addItem(item);
        });
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

    /** After every navigation (a draft published, a comment sent back), the counts as they are now. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        for (var count : counts) {
            var item = items.get(path(count.path()));
            if (item == null) {
                continue;
            }
            int value;
            try {
                value = count.count().orElse(0);
            }
            catch (NestedRuntimeException databaseFailure) {
                // A count is a hint: the page (or the page saying the database is down) opens without it.
                value = 0;
            }
            if (value <= 0) {
                item.setSuffixComponent(null);
                continue;
            }
            var badge = new Span(String.format(Locale.ENGLISH, "%,d", value));
            badge.setId("menu-count-" + path(count.path()).replace('/', '-'));
            badge.getElement().getThemeList().addAll(List.of("badge", "pill", "small", "contrast"));
            item.setSuffixComponent(badge);
        }
    }

    private static String path(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static SideNavItem menuItem(MenuEntry entry) {
        var item = new SideNavItem(entry.title(), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

}
