package org.transferwatch.category;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reference data: the categories a transfer can be classified under. */
@Service
@PreAuthorize("hasRole('VIEWER')")
@Transactional(readOnly = true)
public class CategoryService {

    private final CategoryRepository categories;

    CategoryService(CategoryRepository categories) {
        this.categories = categories;
    }

    public List<Category> findAll() {
        return categories.findAll();
    }

    public Optional<Category> findByCode(String code) {
        return categories.findByCode(code);
    }

}
