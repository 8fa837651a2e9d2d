-- The goods a provision names that a transfer's item names too: the longest of the terms found in
-- the text as whole words (plurals and hyphenated or spaced forms alike: "iron-ore", "vessels"),
-- or null. The one definition of "the item names the provision's goods", for a transfer's
-- suggestions and for a provision's list of the transfers it may concern.
create function sanctions_goods_term(goods text, terms text[]) returns text
    language sql
    immutable
    parallel safe
return (select t
        from unnest(terms) as t
        where goods ~* ('\m' || regexp_replace(regexp_replace(btrim(t), '([.*+?^{}()$|\[\]\\])', '\\\1', 'g'),
                                                '[\s-]+', '[\s-]+', 'g') || '(s|es)?\M')
        order by length(t) desc, t
        limit 1);
