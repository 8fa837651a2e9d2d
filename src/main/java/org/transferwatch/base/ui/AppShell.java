package org.transferwatch.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Loads Lumo and our own stylesheet (served from {@code frontend/styles}) without a bundle build, and names the
 * application's icon (browsers that ask for {@code /favicon.ico} regardless get the same one, from
 * {@code frontend}).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/app.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "images/icon.png", "32x32");
    }

}
