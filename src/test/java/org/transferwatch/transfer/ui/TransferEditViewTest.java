package org.transferwatch.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.security.Role;
import org.transferwatch.support.TestData;
import org.transferwatch.support.TransferWatchTest;
import org.transferwatch.support.WithDemoUser;
import org.transferwatch.transfer.PeriodPrecision;
import org.transferwatch.transfer.TransferKind;
import org.transferwatch.transfer.TransferService;
import org.transferwatch.transfer.TransferStatus;

@TransferWatchTest
@Transactional
class TransferEditViewTest extends SpringBrowserlessTest {

    @Autowired
    TransferService transfers;

    @Autowired
    DSLContext dsl;

    private void fillValidForm(TransferForm form) {
        test(form.supplier).setFilter("Pyongyang");
        test(form.supplier).selectItem("North Korea (PRK)");
        test(form.recipient).setFilter("Moscow");
        test(form.recipient).selectItem("Russia (RUS)");
        form.kind.setValue(TransferKind.ARMS);
        test(form.item).setValue("KN-23 short-range ballistic missiles");
        form.status.setValue(TransferStatus.DELIVERED);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void an_analyst_creates_a_transfer_and_lands_on_its_page() {
        var view = navigate(TransferEditView.class);
        fillValidForm(view.form());
        test(view.form().save).click();
        assertThat(getCurrentView()).isInstanceOf(TransferDetailView.class);
        assertThat(dsl.fetchValue("select review_state from transfer where item = 'KN-23 short-range ballistic missiles'"))
            .isEqualTo("draft");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_transfer_to_itself_is_refused_in_the_form_and_nothing_is_saved() {
        var before = dsl.fetchCount(dsl.selectFrom("transfer"));
        var view = navigate(TransferEditView.class);
        fillValidForm(view.form());
        test(view.form().recipient).setFilter("DPRK");
        test(view.form().recipient).selectItem("North Korea (PRK)");
        test(view.form().save).click();
        assertThat(getCurrentView()).isInstanceOf(TransferEditView.class);
        assertThat(view.form().recipient.isInvalid()).isTrue();
        assertThat(view.form().recipient.getErrorMessage()).isEqualTo("The supplier and the recipient must differ.");
        assertThat(find(Div.class).id("form-problems").isVisible()).isTrue();
        assertThat(dsl.fetchCount(dsl.selectFrom("transfer"))).isEqualTo(before);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_missing_item_and_a_backwards_quantity_range_are_explained() {
        var view = navigate(TransferEditView.class);
        fillValidForm(view.form());
        test(view.form().item).setValue("");
        test(view.form().quantityLow).setValue(new BigDecimal("100"));
        test(view.form().quantityHigh).setValue(new BigDecimal("10"));
        test(view.form().save).click();
        assertThat(view.form().item.getErrorMessage()).isEqualTo("Describe the item (e.g. \"artillery shells\").");
        assertThat(view.form().quantityHigh.getErrorMessage()).isEqualTo("The lowest quantity must not exceed the highest.");
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_category_the_service_does_not_know_is_marked_on_the_category_field() {
        var before = dsl.fetchCount(dsl.selectFrom("transfer"));
        var view = navigate(TransferEditView.class);
        fillValidForm(view.form());
        // A category no transfer or provision uses, gone (within this test's transaction) after the form listed it.
        var gone = dsl.fetchValue("select code from category where code not in (select category_code from transfer"
                + " where category_code is not null) and code not in (select category_code from sanctions_provision_category)"
                + " order by code limit 1").toString();
        view.form().category.setValue(view.form().category.getListDataView().getItems()
            .filter(category -> category.code().equals(gone)).findFirst().orElseThrow());
        dsl.execute("delete from category where code = ?", gone);
        test(view.form().save).click();
        assertThat(getCurrentView()).isInstanceOf(TransferEditView.class);
        assertThat(view.form().category.isInvalid()).isTrue();
        assertThat(view.form().category.getErrorMessage()).isEqualTo("The category \"" + gone + "\" is not a known category.");
        assertThat(view.form().supplier.isInvalid()).isFalse();
        assertThat(view.form().item.isInvalid()).isFalse();
        assertThat(find(Div.class).id("form-problems").getElement().getTextRecursively())
            .contains("The category \"" + gone + "\" is not a known category.");
        assertThat(dsl.fetchCount(dsl.selectFrom("transfer"))).isEqualTo(before);
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void choosing_a_quarter_snaps_the_period_to_the_whole_quarter() {
        var view = navigate(TransferEditView.class);
        view.form().precision.setValue(PeriodPrecision.QUARTER);
        view.form().periodStart.setValue(LocalDate.of(2022, 11, 15));
        assertThat(view.form().periodStart.getValue()).isEqualTo(LocalDate.of(2022, 10, 1));
        assertThat(view.form().periodEnd.getValue()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    @WithDemoUser(Role.ANALYST)
    void a_save_after_someone_else_saved_shows_who_changed_it_and_keeps_the_users_input() {
        var id = transfers.createDraft(TestData.draft("PRK", "RUS", "KN-23 missiles"));
        navigate("transfers/" + id + "/edit", TransferEditView.class);
        var view = (TransferEditView) getCurrentView();
        TestData.as(Role.REVIEWER, () -> {
            transfers.update(id, transfers.details(id).transfer().version(),
                    TestData.draft("PRK", "RUS", "KN-24 missiles"));
            return null;
        });
        test(view.form().item).setValue("Hwasong-11 missiles");
        test(view.form().save).click();
        var conflict = find(Div.class).id("edit-conflict");
        assertThat(conflict.isVisible()).isTrue();
        assertThat(conflict.getElement().getTextRecursively()).startsWith("This transfer was changed by Demo reviewer at ")
            .contains("reload to see their change");
        assertThat(view.form().item.getValue()).isEqualTo("Hwasong-11 missiles");
        assertThat(transfers.details(id).transfer().fields().item()).isEqualTo("KN-24 missiles");
        test(find(Button.class).id("conflict-reload")).click();
        assertThat(view.form().item.getValue()).isEqualTo("KN-24 missiles");
    }

}
