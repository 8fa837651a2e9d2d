// Glue between server-rendered options and Apache ECharts (loaded from its WebJar). The server passes
// the option as JSON text; clicks on items that carry a `link` go back to the server, which navigates.
window.twCharts = window.twCharts || {
    worldMap: null,
    render(element, optionJson, needsWorldMap) {
        const option = JSON.parse(optionJson);
        const draw = () => {
            const chart = echarts.getInstanceByDom(element) || echarts.init(element);
            chart.setOption(option, true);
            chart.off('click');
            chart.on('click', params => {
                const link = params.data && params.data.link;
                if (link && element.$server) {
                    element.$server.open(link);
                }
            });
            if (!element.twResizeObserver) {
                element.twResizeObserver = new ResizeObserver(() => chart.resize());
                element.twResizeObserver.observe(element);
            }
        };
        if (needsWorldMap && !echarts.getMap('world')) {
            this.worldMap = this.worldMap || fetch('maps/world.json')
                .then(response => response.json())
                .then(geometry => echarts.registerMap('world', geometry));
            this.worldMap.then(draw);
        } else {
            draw();
        }
    }
};
