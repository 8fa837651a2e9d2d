package org.transferwatch.monitoring.ui;

import java.time.ZoneOffset;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.transferwatch.base.DateFormats;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ValidationException;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.monitoring.EmailMode;
import org.transferwatch.monitoring.MailSettings;
import org.transferwatch.monitoring.Watch;
import org.transferwatch.monitoring.WatchService;
import org.transferwatch.security.Role;

/**
 * The user's watches: what each follows and matched since it was created, and renaming, pausing, choosing the
 * e-mail and deleting them. Says so when no mail server is configured.
 */
@Route(WatchingView.ROUTE)
@PageTitle("Watching · TransferWatch")
@Menu(title = "Watching", order = 9, icon = "vaadin:eye")
@RolesAllowed(Role.VIEWER_NAME)
public class WatchingView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "watching";

    private final WatchService watches;

    private final Div list = new Div();

    public WatchingView(WatchService watches, MailSettings mail) {
        this.watches = watches;
        var title = new H1("Watching");
        title.addClassName("view-title");
        add(title);
        if (!mail.configured()) {
            var notice = new Paragraph("No mail server is configured, so nothing is mailed: your notifications are "
                    + "in the Inbox. An administrator sets one up with the spring.mail settings.");
            notice.setId("watching-no-mail");
            add(notice);
        }
        var address = new TextField("Mail notifications to");
        address.setId("watching-mail-address");
        address.setPlaceholder("name@example.org");
        address.setWidth("22em");
        watches.mailAddress().ifPresent(address::setValue);
        var saveAddress = new Button("Save address", click -> act(() -> watches.setMailAddress(address.getValue()),
                address.getValue().isBlank() ? "Nothing will be mailed to you." : "Mail goes to " + address.getValue().strip() + "."));
        saveAddress.setId("watching-save-address");
        var mailRow = new HorizontalLayout(address, saveAddress);
        mailRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(mailRow);
        list.setId("watch-list");
        list.setWidthFull();
        add(list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        list.removeAll();
        var all = watches.watches();
        if (all.isEmpty()) {
            list.add(new Paragraph("You watch nothing yet. The Transfers list, a country pair, a transfer, a party, a "
                    + "provision and a designation each have a Watch button."));
        }
        all.forEach(watch -> list.add(card(watch)));
    }

    private Div card(Watch watch) {
        var card = new Div();
        card.addClassName("watch-card");
        card.setId("watch-" + watch.id());
        var open = new Anchor(WatchService.pageOf(watch), "Open");
        var heading = new H2(watch.name());
        heading.addClassName("section-title");
        var what = new Span(watch.kind().label() + " · matched " + watch.matched() + " change"
                + (watch.matched() == 1 ? "" : "s") + " since " + DateFormats.DAY.format(
                        watch.createdAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate())
                + (watch.unread() > 0 ? " · " + watch.unread() + " unread" : "") + (watch.paused() ? " · paused" : ""));
        what.addClassName("watch-summary");

        var name = new TextField("Name");
        name.setValue(watch.name());
        name.setMaxLength(200);
        var rename = new Button("Rename", click -> act(() -> watches.rename(watch.id(), name.getValue()), "Renamed."));
        var paused = new Checkbox("Paused", watch.paused());
        paused.addValueChangeListener(change -> act(() -> watches.setPaused(watch.id(), change.getValue()),
                change.getValue() ? "Paused: nothing is matched until you resume it." : "Resumed."));
        var email = new Select<EmailMode>();
        email.setLabel("E-mail");
        email.setItems(EmailMode.values());
        email.setItemLabelGenerator(EmailMode::label);
        email.setValue(watch.emailMode());
        email.addValueChangeListener(change -> act(() -> watches.setEmailMode(watch.id(), change.getValue()),
                "E-mail: " + change.getValue().label() + "."));
        var delete = new Button("Delete", click -> act(() -> watches.delete(watch.id()),
                "You no longer watch " + watch.name() + "."));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var controls = new HorizontalLayout(name, rename, paused, email, delete);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        // For a feed reader: the token goes in as the password (docs/monitoring.md, Subscribing in a feed reader).
        var feed = new Anchor("api/watches/" + watch.id() + "/atom", "Atom feed");
        feed.addClassName("watch-feed");
        feed.setRouterIgnore(true);
        feed.setTitle("Subscribe in a feed reader with your API token as the password");
        card.add(heading, new Div(what, new Span(" · "), open, new Span(" · "), feed), controls);
        return card;
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Messages.success(done);
        }
        catch (ValidationException | NotFoundException problem) {
            Messages.error(problem.getMessage());
        }
        show();
    }

}
