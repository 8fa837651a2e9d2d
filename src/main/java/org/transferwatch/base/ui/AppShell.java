package org.transferwatch.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/** Loads Lumo and our own stylesheet (served from {@code frontend/styles}) without a bundle build. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/app.css")
public class AppShell implements AppShellConfigurator {
}
