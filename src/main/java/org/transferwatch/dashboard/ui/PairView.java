package org.transferwatch.dashboard.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ui.EChart;
import org.transferwatch.base.ui.Messages;
import org.transferwatch.base.ui.WatchButtons;
import org.transferwatch.dashboard.Briefing;
import org.transferwatch.dashboard.BriefingPdf;
import org.transferwatch.dashboard.BriefingService;
import org.transferwatch.dashboard.BriefingDocumentService;
import org.transferwatch.dashboard.BriefingGraphics;
import org.transferwatch.security.CurrentUser;
import org.transferwatch.dashboard.Charts;
import org.transferwatch.dashboard.Links;
import org.transferwatch.security.Role;
import org.transferwatch.transfer.TransferFilter;
import org.transferwatch.transfer.TransferListService;
import org.transferwatch.transfer.TransferRow;
import org.transferwatch.transfer.TransferSort;

/**
 * Everything between two states, both directions: counts, a timeline, the routes on a map, the transfers,
 * their parties and shipments, the sources and the provisions in play, printable as a briefing and
 * downloadable as a PDF.
 */
@Route("pairs/:a([A-Za-z0-9-]{3,16})/:b([A-Za-z0-9-]{3,16})")
@RolesAllowed(Role.VIEWER_NAME)
public class PairView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final BriefingService briefings;

    private final TransferListService listing;

    private @Nullable Briefing briefing;

    private final WatchButtons watchButtons;

    private final BriefingDocumentService documents;

    private final BriefingGraphics graphics;

    private final CurrentUser currentUser;

    private @Nullable BriefingBuilder builder;

    public PairView(BriefingService briefings, TransferListService listing, WatchButtons watchButtons,
            BriefingDocumentService documents, BriefingGraphics graphics, CurrentUser currentUser) {
        this.briefings = briefings;
        this.listing = listing;
        this.watchButtons = watchButtons;
        this.documents = documents;
        this.graphics = graphics;
        this.currentUser = currentUser;
        addClassName("pair-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var a = event.getRouteParameters().get("a").orElse("");
        var b = event.getRouteParameters().get("b").orElse("");
        try {
            briefing = briefings.pairPage(a, b);
        }
        catch (NotFoundException e) {
            Messages.error(e.getMessage());
            event.forwardTo(DashboardView.class);
            return;
        }
        render(briefing);
    }

    private void render(Briefing pair) {
        removeAll();
        var a = pair.a();
        var b = pair.b();
        var title = new H1("Briefing: " + pair.title());
        title.setId("pair-title");
        title.addClassName("view-title");
        var generated = new Paragraph("Generated " + DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .format(pair.generatedAt()) + " by " + pair.generatedBy() + ". Scope: " + pair.scope() + ".");
        generated.addClassName("pair-scope");

        var print = new Button("Print briefing", VaadinIcon.PRINT.create(),
                event -> getElement().executeJs("window.print()"));
        print.setId("pair-print");
        var pdf = new Anchor(DownloadHandler.fromInputStream(download -> {
            var bytes = new ByteArrayOutputStream();
            BriefingPdf.write(briefings.briefing(a.code(), b.code()), bytes);
            return new DownloadResponse(new ByteArrayInputStream(bytes.toByteArray()), fileName(pair), "application/pdf",
                    bytes.size());
        }), "Pair data sheet (PDF)");
        pdf.setId("pair-pdf");
        pdf.addClassName("button-link");
        var watch = watchButtons.button("pair", () -> a.code() + "/" + b.code(), () -> a.name() + " ⇄ " + b.name());
        var build = new Button("Build briefing", VaadinIcon.FILE_TEXT_O.create(), event -> {
            builder = new BriefingBuilder(documents, graphics, a, b, currentUser.has(Role.ANALYST), null);
            builder.open();
        });
        build.setId("pair-build-briefing");
        build.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.PRIMARY);
        var actions = new HorizontalLayout(build, watch, print, pdf);
        actions.addClassName("no-print");

        var header = new HorizontalLayout(title, actions);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.BASELINE);

        var counts = new Div();
        counts.setId("pair-counts");
        counts.addClassName("dashboard-figures");
        counts.add(DashboardView.figure("pair-a-to-b", a.name() + " → " + b.name(), pair.aToB(),
                Links.transfers(TransferFilter.pair(a.code(), b.code()))));
        counts.add(DashboardView.figure("pair-b-to-a", b.name() + " → " + a.name(), pair.bToA(),
                Links.transfers(TransferFilter.pair(b.code(), a.code()))));
        var both = TransferFilter.NONE.withPair(a.code(), b.code(), true);
        counts.add(DashboardView.figure("pair-both", "Both directions", pair.total(), Links.transfers(both)));
        counts.add(DashboardView.figure("pair-designated", "Designated party involved", pair.designatedParty(),
                Links.transfers(both.withDesignatedParty(true))));

        add(header, generated, counts);
        add(section("Timeline", timeline(pair)));
        add(section("Routes", BriefingParts.routes(pair, both)));
        add(section("Transfers", transfers(pair)));
        add(section("Parties", BriefingParts.parties(pair)));
        add(section("Shipments", BriefingParts.shipments(pair)));
        add(section("Sources that report them", sources(pair)));
        add(section("Sanctions provisions in play", provisions(pair)));
    }

    private static String fileName(Briefing pair) {
        return "briefing-" + pair.a().code() + "-" + pair.b().code() + "-" + FILE_DATE.format(LocalDate.now()) + ".pdf";
    }

    private Component timeline(Briefing pair) {
        var a = pair.a();
        var b = pair.b();
        var timeline = briefings.timeline(a.code(), b.code());
        if (timeline.isEmpty()) {
            return new Paragraph("No transfer between these states has a period.");
        }
        var chart = new EChart(false, Links::open);
        chart.setId("pair-timeline");
        chart.addClassName("timeline-chart");
        chart.setOption(Charts.pairTimeline(timeline.get().aToB(), timeline.get().bToA(), a.code(), a.name(), b.code(),
                b.name()));
        return chart;
    }

    /**
     * All the pair's transfers in a lazy grid, latest recorded first, fetched a page at a time as the user scrolls:
     * the list's own query by the pair's indexes, whatever the pair's size.
     */
    private Component transfers(Briefing pair) {
        var grid = BriefingParts.<TransferRow>listGrid("pair-transfers");
        grid.addColumn(TransferRow::pairLabel).setHeader("Supplier → recipient").setWidth("12rem").setFlexGrow(0);
        grid.addColumn(TransferRow::item).setHeader("Item").setFlexGrow(1);
        grid.addColumn(row -> row.quantity().label()).setHeader("Quantity").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(row -> row.period() == null ? "—" : row.period().label()).setHeader("Period").setWidth("7rem")
            .setFlexGrow(0);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(row -> row.confidence().label()).setHeader("Confidence").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.evidence().label()).setHeader("Evidence").setWidth("11rem").setFlexGrow(0);
        var both = TransferFilter.NONE.withPair(pair.a().code(), pair.b().code(), true);
        var total = pair.total();
        // Lazy: beyond a dozen rows, a window that fetches as it scrolls, not every row laid out on the page.
        grid.setAllRowsVisible(total <= 12);
        if (total > 12) {
            grid.setHeight("26rem");
        }
        grid.setPageSize(50);
        grid.setItems(query -> listing.page(both, TransferSort.NEWEST, query.getOffset(), query.getLimit()).stream(),
                query -> total);
        grid.addItemClickListener(event -> Links.open("transfers/" + event.getItem().id()));
        var box = new Div(grid);
        if (total > 0) {
            var all = new Anchor(Links.transfers(both), "open them in the list");
            all.setId("pair-transfers-in-list");
            box.add(new Paragraph(new Span(String.format(Locale.ENGLISH, "%,d %s, latest recorded first%s",
                    total, total == 1 ? "transfer" : "transfers", total > 12 ? ": scroll for more, or " : "; ")), all,
                    new Span(" to filter and sort them.")));
        }
        return box;
    }

    private static Component sources(Briefing pair) {
        var list = new Div();
        list.setId("pair-sources");
        if (pair.sources().isEmpty()) {
            list.add(new Paragraph("No source is linked to these transfers."));
        }
        for (var line : pair.sources()) {
            var source = line.source();
            var item = new Div();
            item.addClassName("pair-source");
            if (source.url() != null) {
                var link = new Anchor(source.url(), source.title(), AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer");
                item.add(link);
            }
            else {
                item.add(new Span(source.title()));
            }
            item.add(new Span(" — " + source.citation() + " · claims on " + line.transfers()
                    + (line.transfers() == 1 ? " transfer" : " transfers")));
            list.add(item);
        }
        return list;
    }

    private static Component provisions(Briefing pair) {
        var list = new Div();
        list.setId("pair-provisions");
        if (pair.provisions().isEmpty()) {
            list.add(new Paragraph("No provision is confirmed for these transfers."));
        }
        for (var count : pair.provisions()) {
            var provision = count.provision();
            var item = new Div();
            item.addClassNames("provision-card", "confirmed");
            var citation = provision.url() == null ? new Span(provision.citation())
                    : new Anchor(provision.url(), provision.citation(), AnchorTarget.BLANK);
            citation.addClassName("provision-citation");
            item.add(citation, new Span(" — confirmed for " + count.transfers()
                    + (count.transfers() == 1 ? " transfer" : " transfers")), new Paragraph(provision.summary()));
            list.add(item);
        }
        return list;
    }

    private static Div section(String heading, Component content) {
        var section = new Div(new H3(heading), content);
        section.addClassName("pair-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return (briefing == null ? "Country pair" : "Briefing: " + briefing.title()) + " · TransferWatch";
    }

    /** The briefing builder last opened, for tests. */
    @Nullable
    BriefingBuilder builder() {
        return builder;
    }

    /** The briefing shown, for tests. */
    @Nullable
    Briefing briefing() {
        return briefing;
    }

}
