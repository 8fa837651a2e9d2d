// Works around two ARIA faults in the markup of Vaadin's own components that axe-core reports as critical:
// the tabs' scroll container is focusable (tabindex="-1") inside role="tablist", where only tabs may be; and a
// required select puts aria-required on its value button (role="button"), which buttons may not carry, so it
// becomes an aria-description that screen readers still announce.
(function () {
    if (window.twAccessibilityFixes) {
        return;
    }
    window.twAccessibilityFixes = true;

    function fix() {
        document.querySelectorAll('vaadin-tabs').forEach(tabs => {
            const scroll = tabs.shadowRoot && tabs.shadowRoot.querySelector('#scroll[tabindex]');
            if (scroll) {
                scroll.removeAttribute('tabindex');
            }
        });
        document.querySelectorAll('vaadin-select-value-button[aria-required]').forEach(button => {
            button.removeAttribute('aria-required');
            button.setAttribute('aria-description', 'required');
        });
    }

    let scheduled = false;
    new MutationObserver(() => {
        if (!scheduled) {
            scheduled = true;
            requestAnimationFrame(() => {
                scheduled = false;
                fix();
            });
        }
    }).observe(document.documentElement,
        {childList: true, subtree: true, attributes: true, attributeFilter: ['aria-required']});
    fix();
})();
