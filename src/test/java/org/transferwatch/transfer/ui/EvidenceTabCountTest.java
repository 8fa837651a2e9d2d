package org.transferwatch.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.source.SourceService;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.Confidence;
import org.transferwatch.transfer.Quantity;
import org.transferwatch.transfer.TransferDraft;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferStatus;

/** The detail view's "Evidence (n)" tab follows the evidence added in its panel, without a reload. */
@TransferWatchTest
@Transactional
class EvidenceTabCountTest extends SpringBrowserlessTest {

    @Autowired
    TransferService transfers;

    @Autowired
    SourceService sources;

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
        panel.existingSource.setValue(sources.search("Yonhap", 1).getFirst());
        panel.quote.setValue("North Korea is reported to have supplied KN-23 missiles.");
        panel.reliability.setValue('B');
        panel.credibility.setValue(2);
        test(panel.add).click();

        assertThat(view.tabs().getTabAt(1).getLabel()).isEqualTo("Evidence (1)");
        assertThat(find(Span.class).id("transfer-evidence").getText()).isEqualTo("Evidence: 1 source, best B2");
        assertThat(view.tabs().getSelectedIndex()).isEqualTo(1);
        assertThat(find(EvidencePanel.class).single()).isSameAs(panel);
    }

}
