package org.transferwatch.base.ui;

import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart or map drawn by Apache ECharts, loaded at run time from its WebJar (no bundle build). The
 * option is built on the server and passed as a parameter, never spliced into script text. Data items
 * with a {@code link} (an app route with query parameters) navigate there when clicked.
 */
public class EChart extends Div {

    static final String ECHARTS = "context://webjars/echarts/5.3.1/dist/echarts.min.js";

    static final String GLUE = "context://scripts/tw-charts.js";

    /** Only routes of our own, so a crafted option cannot send the user elsewhere. */
    private static final Pattern LINK = Pattern.compile("(transfers|pairs/[A-Z0-9-]+/[A-Z0-9-]+)(\\?[A-Za-z0-9=&%._-]*)?");

    private final boolean worldMap;

    private final Consumer<String> navigator;

    private @Nullable String optionJson;

    public EChart(boolean worldMap, Consumer<String> navigator) {
        this.worldMap = worldMap;
        this.navigator = navigator;
        addClassName("echart");
    }

    public void setOption(ObjectNode option) {
        optionJson = option.toString();
        if (isAttached()) {
            render();
        }
    }

    /** The option as JSON, for tests. */
    public @Nullable String optionJson() {
        return optionJson;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().addJavaScript(ECHARTS);
        event.getUI().getPage().addJavaScript(GLUE);
        render();
    }

    private void render() {
        if (optionJson != null) {
            getElement().executeJs("window.twCharts.render(this, $0, $1)", optionJson, worldMap);
        }
    }

    @ClientCallable
    public void open(String link) {
        if (LINK.matcher(link).matches()) {
            navigator.accept(link);
        }
    }

}
