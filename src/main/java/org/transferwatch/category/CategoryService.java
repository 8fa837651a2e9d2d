package org.transferwatch.category;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reference data: the categories a transfer can be classified under. */
@Service
@PreAuthorize("hasRole('VIEWER')")
@Transactional(readOnly = true)
public class CategoryService {

    private final CategoryRepository categories;

    /**
     * Categories are written only by migrations: read once and shared, immutable, by every session's category
     * fields, instead of a copy of them all per session.
     */
    private volatile @Nullable List<Category> all;

    CategoryService(CategoryRepository categories) {
        this.categories = categories;
    }

    /**
     * All categories, by scheme and the scheme's order; an immutable list. Once read, it needs no transaction,
     * nor a connection from the pool for one.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Category> findAll() {
        var cached = all;
        if (cached == null) {
            cached = List.copyOf(categories.findAll());
            all = cached;
        }
        return cached;
    }

    public Optional<Category> findByCode(String code) {
        return categories.findByCode(code);
    }

}
