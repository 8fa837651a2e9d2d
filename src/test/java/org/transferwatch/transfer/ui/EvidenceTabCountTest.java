package org.transferwatch.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferStatus;

@TransferWatchTest
@Transactional
class TransferDetailViewTest extends SpringBrowserlessTest {

    @Autowired
    TransferService transfers;

    @Test
    @WithDemoUser(Role.ANALYST)
    void adding_evidence_updates_the_count_on_the_evidence_tab_and_the_header() {
        var id = transfers.createDraft(new TransferDraft("PRK", "RUS", TransferKind.ARMS, "ML4",
                "KN-23 short-range ballistic missiles", null, Quantity.UNKNOWN, null, TransferStatus.DELIVERED, null, null,
                null, null, Confidence.MODERATE));
        var view = navigate(TransferDetailView.class, Map.of("id", Long.toString(id)));
        assertThat(view.tabs().getTabAt(1).getLabel()).isEqualTo("Evidence (0)");

        view.tabs().setSelectedIndex(1);
        var panel = find(EvidencePanel.class).single();
        panel.sourceChoice.setSelectedIndex(1);
        panel.newTitle.setValue("Ukraine says DPRK missiles hit Kharkiv");
        panel.newPublisher.setValue("Reuters");
        panel.newUrl.setValue("https://example.org/kn23-kharkiv");
        panel.quote.setValue("Debris of North Korean KN-23 missiles was found in Kharkiv.");
        panel.reliability.setValue('B');
        panel.credibility.setValue(2);
        test(panel.add).click();

        assertThat(view.tabs().getTabAt(1).getLabel()).isEqualTo("Evidence (1)");
        assertThat(find(Span.class).id("transfer-evidence").getText()).isEqualTo("Evidence: 1 source, best B2");
        assertThat(view.tabs().getSelectedIndex()).isEqualTo(1);
        assertThat(find(EvidencePanel.class).single()).isSameAs(panel);
    }

}
