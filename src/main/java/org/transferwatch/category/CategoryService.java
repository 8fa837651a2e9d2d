package org.transferwatch.category;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.transferwatch.audit.AuditEntry;
import org.transferwatch.audit.AuditService;
import org.transferwatch.base.NotFoundException;
import org.transferwatch.base.ReferenceCache;
import org.transferwatch.base.ValidationException;
import org.transferwatch.security.AppUser;
import org.transferwatch.security.CurrentUser;

/**
 * Reference data: the categories a transfer can be classified under, and the keywords people name their goods
 * by. Administrators add and remove keywords; every change is audited and is seen at once by the pickers, the
 * import, the API and the intake assistant.
 */
@Service
@PreAuthorize("hasRole('VIEWER')")
@Transactional(readOnly = true)
public class CategoryService {

    private static final int MAX_KEYWORD_LENGTH = 100;

    private final CategoryRepository categories;

    private final AuditService audit;

    private final CurrentUser currentUser;

    /** Shared, immutable, by every session's category fields, instead of a copy of them all per session. */
    private final ReferenceCache<List<Category>> all;

    private final ReferenceCache<List<CategoryKeyword>> keywords;

    CategoryService(CategoryRepository categories, AuditService audit, CurrentUser currentUser) {
        this.categories = categories;
        this.audit = audit;
        this.currentUser = currentUser;
        this.all = new ReferenceCache<>(() -> List.copyOf(categories.findAll()));
        this.keywords = new ReferenceCache<>(() -> List.copyOf(categories.findAllKeywords()));
    }

    /**
     * All categories with their keywords, by scheme and the scheme's order; an immutable list. Once read, it
     * needs no transaction, nor a connection from the pool for one.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Category> findAll() {
        return all.get();
    }

    public Optional<Category> findByCode(String code) {
        return categories.findByCode(code);
    }

    /**
     * The category a typed word stands for: its code in any case ("ml3"), or one of its keywords in the
     * singular or the plural ("shells", "UAVs", "oil"). Empty when none does.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Category> resolve(String codeOrKeyword) {
        var typed = codeOrKeyword.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (typed.isEmpty() || typed.length() > MAX_KEYWORD_LENGTH) {
            return Optional.empty();
        }
        var categoriesNow = findAll();
        var byCode = categoriesNow.stream().filter(c -> c.code().equalsIgnoreCase(typed)).findFirst();
        if (byCode.isPresent()) {
            return byCode;
        }
        for (var form : forms(typed)) {
            var owner = categoriesNow.stream()
                .filter(c -> c.keywords().stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).equals(form)))
                .findFirst();
            if (owner.isPresent()) {
                return owner;
            }
        }
        return Optional.empty();
    }

    /** The typed word and the singulars its plural may come from ("shells" → "shell", "batteries" → "battery"). */
    private static List<String> forms(String typed) {
        var forms = new ArrayList<String>();
        forms.add(typed);
        if (typed.endsWith("ies") && typed.length() > 4) {
            forms.add(typed.substring(0, typed.length() - 3) + "y");
        }
        if (typed.endsWith("es") && typed.length() > 3) {
            forms.add(typed.substring(0, typed.length() - 2));
        }
        if (typed.endsWith("s") && typed.length() > 2) {
            forms.add(typed.substring(0, typed.length() - 1));
        }
        return forms;
    }

    /** Every keyword with its category and whether staff added it; an immutable list, the same until one changes. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<CategoryKeyword> keywords() {
        return keywords.get();
    }

    /**
     * Gives a category a keyword; administrators only. A keyword names one category: one that another category
     * has already is refused, saying which. Audited.
     *
     * @throws ValidationException saying what is wrong; nothing was added
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CategoryKeyword addKeyword(String categoryCode, String keyword) {
        AppUser me = currentUser.require();
        var word = keyword.strip().replaceAll("\\s+", " ");
        var category = categories.findByCode(categoryCode)
            .orElseThrow(() -> new ValidationException("Choose the category to add the keyword to."));
        if (word.length() < 2) {
            throw new ValidationException("Type a keyword of at least 2 characters.");
        }
        if (word.length() > MAX_KEYWORD_LENGTH) {
            throw new ValidationException("A keyword may have at most " + MAX_KEYWORD_LENGTH + " characters.");
        }
        var taken = categories.findKeyword(word);
        if (taken.isPresent()) {
            throw new ValidationException(taken.get().categoryCode().equals(category.code())
                    ? category.code() + " already has the keyword \"" + taken.get().keyword() + "\"."
                    : "\"" + taken.get().keyword() + "\" is already a keyword of " + taken.get().categoryCode()
                            + "; a keyword names one category. Remove it there first.");
        }
        long id;
        try {
            id = categories.insertKeyword(category.code(), word, me.id());
        }
        catch (DuplicateKeyException e) {
            throw new ValidationException("\"" + word + "\" was just added to a category by someone else.");
        }
        audit.record(new AuditEntry("category_keyword", Long.toString(id), "create", null, null,
                categories.keywordSnapshot(id)));
        forget();
        return categories.findKeyword(id).orElseThrow();
    }

    /** Removes a keyword from its category; administrators only. Audited. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeKeyword(long keywordId) {
        currentUser.require();
        if (categories.findKeyword(keywordId).isEmpty()) {
            throw new NotFoundException("This keyword was removed already.");
        }
        var before = categories.keywordSnapshot(keywordId);
        categories.deleteKeyword(keywordId);
        audit.record(new AuditEntry("category_keyword", Long.toString(keywordId), "delete", null, before, null));
        forget();
    }

    private void forget() {
        all.forget();
        keywords.forget();
    }

}
